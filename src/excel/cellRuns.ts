/**
 * Groups plan cells into runs of contiguous cells (one row, consecutive columns), and runs of one
 * style into rectangles, so a plan becomes a few hundred range writes instead of one per cell.
 */
import type { PlanCell, PlanRange, PlanValue } from '../core/plans/types';

export interface Run<T> {
  row: number;
  col: number;
  items: T[];
}

/** Contiguous runs by row; `key` splits a run where it changes (undefined: never). */
export function rowRuns<T extends { row: number; col: number }>(cells: T[], key?: (c: T) => string): Run<T>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run<T>[] = [];
  let cur: Run<T> | null = null;
  for (const c of sorted) {
    const last: T | undefined = cur?.items[cur.items.length - 1];
    if (cur && last && c.row === cur.row && c.col === last.col + 1 && (!key || key(c) === key(last))) {
      cur.items.push(c);
    } else if (cur && last && c.row === cur.row && c.col === last.col) {
      cur.items[cur.items.length - 1] = c; // a cell listed twice: the later one wins
    } else {
      cur = { row: c.row, col: c.col, items: [c] };
      runs.push(cur);
    }
  }
  return runs;
}

/** The rectangles covered by each style: same-span runs in consecutive rows are merged. */
export function styleRectangles(cells: PlanCell[]): { style: string; range: PlanRange }[] {
  const styled = cells.filter((c): c is PlanCell & { style: string } => typeof c.style === 'string');
  const out: { style: string; range: PlanRange }[] = [];
  const open = new Map<string, { style: string; range: PlanRange }>();
  for (const run of rowRuns(styled, (c) => c.style)) {
    const c2 = run.col + run.items.length - 1;
    const style = run.items[0].style;
    const key = `${style}|${run.col}|${c2}`;
    const prev = open.get(key);
    if (prev && prev.range.r2 === run.row - 1) {
      prev.range.r2 = run.row;
    } else {
      const rect = { style, range: { r1: run.row, c1: run.col, r2: run.row, c2 } };
      out.push(rect);
      open.set(key, rect);
    }
  }
  return out;
}

const EPOCH = Date.UTC(1899, 11, 30);

/** `YYYY-MM-DD` → Excel serial date. */
export function dateSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`data non valida: ${iso}`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / 86_400_000;
}

export const TEXT_FORMAT = '@';

/**
 * What to put in `Range.formulas` and `Range.numberFormat` for one plan value. Text gets the text
 * format `@`, set before the value, so a title starting with `=`, `+`, `-` or `@` stays text.
 */
export function cellWrite(value: PlanValue | null | undefined, styleFormat: string | undefined): { input: string | number | boolean; format: string } {
  if (!value) return { input: '', format: styleFormat ?? 'General' };
  switch (value.t) {
    case 'text':
      return { input: value.v, format: TEXT_FORMAT };
    case 'number':
      return { input: value.v, format: styleFormat ?? 'General' };
    case 'bool':
      return { input: value.v, format: styleFormat ?? 'General' };
    case 'date':
      return { input: dateSerial(value.v), format: styleFormat ?? 'dd/mm/yyyy' };
    case 'formula':
      return { input: value.f, format: styleFormat && styleFormat !== TEXT_FORMAT ? styleFormat : 'General' };
  }
}
