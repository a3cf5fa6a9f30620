/**
 * Groups the points of a text into segments: ranges (`da X a Y`, `X/Y`, `X - Y`), deadlines
 * (`entro X`, `fino a X`, `al 15/07`) and single points (`Marzo 2025`, `30/06`). Prose between
 * two points breaks the link between them.
 */
import type { Conn, PointToken, Token } from './tokens';

export interface Point extends PointToken {
  /** The connector written right before the point, if any. */
  pre: Conn | null;
  /**
   * A bare year inside prose (`bilancio di previsione 2026`, `dati preconsuntivo 2020`): it
   * names a thing, not the phase's time, so it is left to the note.
   */
  prose: boolean;
}

export type Segment =
  | { kind: 'range'; a: Point; b: Point | null }
  | { kind: 'by'; p: Point }
  | { kind: 'single'; p: Point };

const LISTS: ReadonlySet<Conn> = new Set(['and', 'dash', 'slash']);

/** The points in order, each with the connector that introduces it. */
export function pointsOf(tokens: Token[]): Point[] {
  const out: Point[] = [];
  let pending: Conn | null = null;
  let afterProse = false;
  for (const t of tokens) {
    if (t.type === 'filler') continue;
    if (t.type === 'conn') {
      pending = t.conn;
      continue;
    }
    if (t.type === 'point') {
      const prev = out[out.length - 1] as Point | undefined;
      const isYear = t.precision === 'year';
      const listedAfterProse = prev?.prose === true && pending !== null && LISTS.has(pending);
      out.push({ ...t, pre: pending, prose: isYear && ((afterProse && pending === null) || listedAfterProse) });
    }
    pending = null;
    afterProse = t.type === 'word' && !t.vague;
  }
  return out;
}

const isYear = (p: Point): boolean => p.precision === 'year';
const sameClass = (p: Point, q: Point): boolean => isYear(p) === isYear(q);
const ENDS_A_RANGE: ReadonlySet<Conn> = new Set(['to', 'until', 'by', 'dash', 'slash']);
const LINKS: ReadonlySet<Conn> = new Set(['dash', 'slash']);

/** A point read as a deadline: after `entro`/`fino a`, or after `a`/`al` when it names a day. */
function isDeadline(p: Point): boolean {
  return p.pre === 'by' || p.pre === 'until' || (p.pre === 'to' && (p.precision === 'day' || p.edge));
}

export function segmentsOf(points: Point[]): Segment[] {
  const out: Segment[] = [];
  let j = 0;
  while (j < points.length) {
    const p = points[j];
    const q = points[j + 1] as Point | undefined;
    if (p.pre === 'from' || p.pre === 'between') {
      const closes = q && sameClass(p, q) && q.pre !== null && (ENDS_A_RANGE.has(q.pre) || (p.pre === 'between' && q.pre === 'and'));
      if (closes) {
        out.push({ kind: 'range', a: p, b: q });
        j += 2;
      } else {
        out.push({ kind: 'range', a: p, b: null });
        j += 1;
      }
      continue;
    }
    if (p.pre === 'until' && p.precision === 'month' && !p.edge) {
      // `fino a giugno 2025`: the work runs from January up to that month (a range, not a date).
      out.push({ kind: 'range', a: { ...p, first: 1, last: 1, pre: 'from' }, b: p });
      j += 1;
      continue;
    }
    if (isDeadline(p)) {
      // `Entro 31/12/2025 - 31/12/2026`: the deadline word covers the points linked to it.
      out.push({ kind: 'by', p });
      j += 1;
      while (j < points.length && points[j].pre !== null && LINKS.has(points[j].pre as Conn)) out.push({ kind: 'by', p: points[j++] });
      continue;
    }
    if (q && sameClass(p, q) && (q.pre === 'to' || q.pre === 'until')) {
      out.push({ kind: 'range', a: p, b: q });
      j += 2;
      continue;
    }
    // Points linked by dashes or slashes: two make a range (`giugno-luglio`, `2025/2027`), more
    // make a list (`Luglio - Agosto - Settembre`). Two day-dates with a slash are a list too
    // (`30 giugno / 31 dicembre`): a slash between full dates reads as "or".
    let k = j + 1;
    while (k < points.length && points[k].pre !== null && LINKS.has(points[k].pre as Conn)) k++;
    const group = points.slice(j, k);
    const pair = group.length === 2 && q !== undefined && sameClass(p, q);
    const bothDays = pair && p.precision === 'day' && q?.precision === 'day';
    const datesWithSlash = bothDays && q?.pre === 'slash';
    // `31/12/2025 - 31/12/2026`: the same day of different years is a yearly deadline, not a span.
    const sameDayEachYear = bothDays && q !== undefined && q.day === p.day && q.first === p.first;
    if (pair && !datesWithSlash && !sameDayEachYear && q) {
      out.push({ kind: 'range', a: p, b: q });
    } else {
      for (const g of group) out.push({ kind: 'single', p: g });
    }
    j = k;
  }
  return out;
}
