/**
 * Months as plain integers (`year * 12 + month - 1`) so that ranges, sorting and "the month
 * after" are arithmetic; converted to `YYYY-MM` only at the edges.
 */
import { daysInMonth } from '../values';
import type { YearMonth } from './types';

export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(i: MonthIndex): number {
  return Math.floor(i / 12);
}

export function monthOf(i: MonthIndex): number {
  return (i % 12) + 1;
}

export function toYearMonth(i: MonthIndex): YearMonth {
  return `${yearOf(i)}-${String(monthOf(i)).padStart(2, '0')}`;
}

/** `YYYY-MM` → index, or null when the text is not a valid year-month. */
export function fromYearMonth(ym: string): MonthIndex | null {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? monthIndex(Number(m[1]), month) : null;
}

/** Every month from `a` to `b`, inclusive (empty when b < a). */
export function span(a: MonthIndex, b: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

export function sortUnique(xs: Iterable<MonthIndex>): MonthIndex[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** `YYYY-MM-DD` of a day in a month; the month's last day when `day` is null. */
export function isoDate(i: MonthIndex, day: number | null): string {
  const y = yearOf(i);
  const m = monthOf(i);
  const d = day ?? daysInMonth(y, m);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Maximal runs of consecutive months, as [first, last] pairs, in order. */
export function runs(months: MonthIndex[]): Array<[MonthIndex, MonthIndex]> {
  const sorted = sortUnique(months);
  const out: Array<[MonthIndex, MonthIndex]> = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else out.push([m, m]);
  }
  return out;
}
