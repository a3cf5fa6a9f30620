/**
 * From resolved segments to months, deadlines and a kind (docs/tempistica.md#tipi-di-lettura).
 */
import { monthIndex, runs, span, type MonthIndex } from './months';
import type { DatedPoint, DatedSegment } from './years';
import type { TempisticaKind } from './types';

/** Beyond this many months a text is not a plan's timing but a misreading. */
export const MAX_MONTHS = 240;

export interface Deadline {
  month: MonthIndex;
  day: number | null;
  /** True when the deadline is a date (a day, `fine giugno`, or after `entro`), not just a bar's end. */
  dated: boolean;
}

export interface Built {
  kind: TempisticaKind;
  months: MonthIndex[];
  deadlines: Deadline[];
}

const first = (p: DatedPoint): MonthIndex => monthIndex(p.year, p.first);
const last = (p: DatedPoint): MonthIndex => monthIndex(p.year, p.last);
const isMoment = (p: DatedPoint): boolean => p.precision === 'day' || p.edge;

interface Piece {
  months: MonthIndex[];
  deadline: Deadline | null;
  /** A bar (range or part of the year) rather than a point in time. */
  bar: boolean;
}

function pieceOf(s: DatedSegment): Piece | null {
  if (s.kind === 'range') {
    const start = first(s.a);
    const end = s.b ? last(s.b) : monthIndex(s.a.year, 12);
    if (end < start || end - start >= MAX_MONTHS) return null;
    const dated = s.b !== null && isMoment(s.b);
    return { months: span(start, end), deadline: { month: end, day: s.b?.day ?? null, dated }, bar: true };
  }
  if (s.kind === 'by') {
    return { months: [last(s.p)], deadline: { month: last(s.p), day: s.p.day, dated: true }, bar: false };
  }
  const p = s.p;
  const months = span(first(p), last(p));
  if (isMoment(p)) return { months, deadline: { month: last(p), day: p.day, dated: true }, bar: false };
  if (p.precision === 'period' || p.precision === 'year') {
    return { months, deadline: { month: last(p), day: null, dated: false }, bar: true };
  }
  return { months, deadline: null, bar: false };
}

function kindOfOne(s: DatedSegment): TempisticaKind {
  if (s.kind === 'range') return 'intervallo';
  if (s.kind === 'by') return 'scadenza';
  if (isMoment(s.p)) return 'scadenza';
  return s.p.precision === 'month' ? 'mesi' : 'intervallo';
}

/** Months, deadlines and kind of one reading (one base year) of a text; null when it does not hold. */
export function build(segs: DatedSegment[]): Built | null {
  const pieces: Piece[] = [];
  for (const s of segs) {
    const piece = pieceOf(s);
    if (!piece) return null;
    pieces.push(piece);
  }
  const months = pieces.flatMap((p) => p.months);
  if (pieces.length === 1) {
    const deadline = pieces[0].deadline;
    return { kind: kindOfOne(segs[0]), months, deadlines: deadline ? [deadline] : [] };
  }
  // Bars that join into one (`I e II trimestre`) are one interval, with its end as deadline.
  if (pieces.every((p) => p.bar) && runs(months).length === 1) {
    const end = Math.max(...months);
    const byEnd = pieces.find((p) => p.deadline?.month === end)?.deadline ?? { month: end, day: null, dated: false };
    return { kind: 'intervallo', months, deadlines: [byEnd] };
  }
  const deadlines = pieces.flatMap((p) => (p.deadline ? [p.deadline] : []));
  return { kind: 'mesi', months, deadlines };
}

/** Recurrence points of a span: every month, or the ends of the calendar's N-month parts. */
export function recurrencePoints(months: MonthIndex[], every: number): MonthIndex[] {
  return months.filter((m) => ((m % 12) + 1) % every === 0);
}
