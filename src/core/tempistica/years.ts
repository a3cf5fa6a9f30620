/**
 * Which year each point of a text falls in. A year written on one point carries over to its
 * neighbours (`Da gennaio a maggio 2026`, `marzo e aprile 2025`); a range whose end month comes
 * before its start crosses the year end (`da ottobre a marzo`); what is still missing takes the
 * base year (the objective's, or the plan's), once per year of a multi-year objective.
 */
import { monthIndex } from './months';
import type { Point, Segment } from './segments';
import type { TempisticaContext } from './types';

/** The years a text without a year of its own covers: the objective's, else the plan year. */
export function contextYears(ctx: TempisticaContext): number[] {
  const years = (ctx.years ?? []).filter((y) => Number.isInteger(y));
  if (years.length > 0) return [...new Set(years)].sort((a, b) => a - b);
  return typeof ctx.planYear === 'number' && Number.isInteger(ctx.planYear) ? [ctx.planYear] : [];
}

/** A point with a year for sure. */
export interface DatedPoint extends Point {
  year: number;
  /** False when the year was inferred rather than written. */
  explicit: boolean;
}

export type DatedSegment =
  | { kind: 'range'; a: DatedPoint; b: DatedPoint | null }
  | { kind: 'by'; p: DatedPoint }
  | { kind: 'single'; p: DatedPoint };

function pointsOfSegments(segs: Segment[]): Point[] {
  return segs.flatMap((s) => (s.kind === 'range' ? (s.b ? [s.a, s.b] : [s.a]) : [s.p]));
}

/** True when no point of the segments has a year written on it. */
export function hasNoYear(segs: Segment[]): boolean {
  return pointsOfSegments(segs).every((p) => p.year === null);
}

const crosses = (a: Point, b: Point): boolean => b.last < a.first;

/**
 * The segments with every year resolved, using `base` for what the text leaves open; null when
 * a year is still missing (no base) or a range written with both years runs backwards.
 */
export function resolveYears(segs: Segment[], base: number | null): DatedSegment[] | null {
  // Work on copies: the same segments are resolved once per base year.
  const copy = new Map<Point, { year: number | null; explicit: boolean }>();
  for (const p of pointsOfSegments(segs)) copy.set(p, { year: p.year, explicit: p.year !== null });
  const y = (p: Point) => copy.get(p) as { year: number | null; explicit: boolean };

  for (const s of segs) {
    if (s.kind !== 'range' || !s.b) continue;
    const a = y(s.a);
    const b = y(s.b);
    if (a.year === null && b.year !== null) a.year = b.year - (crosses(s.a, s.b) ? 1 : 0);
    else if (b.year === null && a.year !== null) b.year = a.year + (crosses(s.a, s.b) ? 1 : 0);
  }

  const ordered = pointsOfSegments(segs);
  ordered.forEach((p, i) => {
    if (y(p).year !== null) return;
    const next = ordered.slice(i + 1).find((q) => y(q).year !== null);
    const prev = ordered.slice(0, i).reverse().find((q) => y(q).year !== null);
    y(p).year = (next && y(next).year) ?? (prev && y(prev).year) ?? base;
  });
  if (ordered.some((p) => y(p).year === null)) return null;

  const dated = (p: Point): DatedPoint => ({ ...p, year: y(p).year as number, explicit: y(p).explicit });
  const out: DatedSegment[] = [];
  for (const s of segs) {
    if (s.kind !== 'range') {
      out.push({ kind: s.kind, p: dated(s.p) });
      continue;
    }
    const a = dated(s.a);
    const b = s.b ? dated(s.b) : null;
    if (b && monthIndex(b.year, b.last) < monthIndex(a.year, a.first)) {
      if (!b.explicit) b.year = a.year + (crosses(a, b) ? 1 : 0);
      else if (!a.explicit) a.year = b.year - (crosses(a, b) ? 1 : 0);
      if (monthIndex(b.year, b.last) < monthIndex(a.year, a.first)) return null;
    }
    out.push({ kind: 'range', a, b });
  }
  return out;
}
