/**
 * ExcelJS cell → grid cell. Only ExcelJS *types* are used here; the library itself is loaded by
 * `read.ts`, the one module that owns reading.
 */
import type * as ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../core/grid';

type Scalar = number | string | boolean | Date | { error: string } | null | undefined;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richTextToString(v: unknown): string | null {
  if (isObject(v) && Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  }
  return null;
}

function scalar(v: Scalar): CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isObject(v) && typeof v.error === 'string') return { error: v.error };
  return null;
}

/**
 * The value a user sees in the cell, and whether it comes from a formula. `formulaResult` is the
 * cached result read from the cell itself: ExcelJS's `cell.value` drops falsy results (0, FALSE,
 * empty text), which would turn a formula giving 0 into an empty cell.
 */
export function convertValue(raw: ExcelJS.CellValue, formulaResult?: unknown): { v: CellValue; formula: boolean } {
  if (!isObject(raw)) return { v: scalar(raw as Scalar), formula: false };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = formulaResult !== undefined ? formulaResult : ((raw as ExcelJS.CellFormulaValue).result as unknown);
    const text = richTextToString(result);
    return { v: text ?? scalar(result as Scalar), formula: true };
  }
  const rich = richTextToString(raw);
  if (rich !== null) return { v: rich, formula: false };
  if ('hyperlink' in raw) {
    const text = (raw as { text?: unknown }).text;
    return { v: typeof text === 'string' ? text : richTextToString(text) ?? null, formula: false };
  }
  return { v: scalar(raw as Scalar), formula: false };
}

const WHITE = /^(ff)?ffffff$/i;

/** A visible fill: any solid or gradient fill that is not plain white. */
export function hasVisibleFill(fill: ExcelJS.Fill | undefined): boolean {
  if (!fill) return false;
  if (fill.type === 'gradient') return true;
  if (fill.type !== 'pattern' || fill.pattern !== 'solid') return false;
  const argb = fill.fgColor?.argb;
  return !(typeof argb === 'string' && WHITE.test(argb));
}

/** Null for a cell with nothing a reader could use (no value, no fill). */
export function convertCell(cell: ExcelJS.Cell): Cell | null {
  // Cells covered by a merge report the master's value in ExcelJS; in the file they are empty.
  const covered = cell.isMerged && cell.master !== cell;
  const { v, formula } = covered ? { v: null, formula: false } : convertValue(cell.value, (cell as { result?: unknown }).result);
  const filled = hasVisibleFill(cell.fill);
  if (v === null && !formula && !filled) return null;
  const out: Cell = { v };
  if (cell.numFmt) out.fmt = cell.numFmt;
  if (formula) out.formula = true;
  if (filled) out.filled = true;
  return out;
}
