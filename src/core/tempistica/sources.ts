/**
 * The two sources that win over the Tempistica text: the phase's Inizio/Fine cells and the
 * months marked in a scheda's CRONOPROGRAMMA grid.
 */
import type { RawValue } from '../model';
import { readDate } from '../values';
import { fromYearMonth, monthIndex, runs, sortUnique, type MonthIndex } from './months';
import { readTempistica } from './read';
import type { Schedule, TempisticaContext } from './types';
import { contextYears } from './years';

/** A month read from an Inizio/Fine cell; `explicit` is false when the year came from context. */
export interface CellMonth {
  month: MonthIndex;
  day: number | null;
  explicit: boolean;
}

/**
 * A cell as a month: a date (cell, serial with a date format, or text like `30/06/2025`,
 * `marzo 2025`), else a Tempistica text (`I trimestre`): its first month for Inizio, its last
 * for Fine. Null when empty or unreadable.
 */
export function readCellMonth(raw: RawValue | null, edge: 'inizio' | 'fine', ctx: TempisticaContext): CellMonth | null {
  if (!raw || raw.v === null || raw.v === undefined) return null;
  const base = contextYears(ctx)[0] ?? null;
  const d = readDate(raw.v, raw.fmt);
  if (d) {
    const year = d.year ?? base;
    if (year === null) return null;
    return { month: monthIndex(year, d.month), day: d.day, explicit: d.year !== null };
  }
  if (typeof raw.v !== 'string') return null;
  const s = readTempistica(raw.v, ctx);
  const ms = s.months.map(fromYearMonth).filter((m): m is MonthIndex => m !== null);
  if (ms.length === 0) return null;
  const month = edge === 'inizio' ? ms[0] : ms[ms.length - 1];
  const day = edge === 'fine' && s.deadlineDate ? Number(s.deadlineDate.slice(8, 10)) : null;
  return { month, day, explicit: /(19|20)\d\d/.test(raw.v) };
}

/** Inizio and Fine, with a yearless Fine before Inizio moved to the next year. */
export function readInizioFine(
  inizio: RawValue | null,
  fine: RawValue | null,
  ctx: TempisticaContext,
): { start: CellMonth | null; end: CellMonth | null } {
  const start = readCellMonth(inizio, 'inizio', ctx);
  const end = readCellMonth(fine, 'fine', ctx);
  if (start && end && end.month < start.month) {
    if (!end.explicit) while (end.month < start.month) end.month += 12;
    else if (!start.explicit) while (end.month < start.month) start.month -= 12;
  }
  return { start, end };
}

/** The valid `YYYY-MM` marks of a cronoprogramma grid, sorted; empty when none. */
export function markedMonths(marks: string[] | null | undefined): MonthIndex[] {
  if (!Array.isArray(marks)) return [];
  return sortUnique(marks.map((m) => (typeof m === 'string' ? fromYearMonth(m.trim()) : null)).filter((m): m is MonthIndex => m !== null));
}

/** True when the months form one bar. */
export function isOneBar(months: MonthIndex[]): boolean {
  return runs(months).length === 1;
}

/** The text's deadlines that fall inside the given months. */
export function deadlinesWithin(s: Schedule, months: MonthIndex[]): MonthIndex[] {
  const inside = new Set(months);
  return s.deadlines.map(fromYearMonth).filter((m): m is MonthIndex => m !== null && inside.has(m));
}
