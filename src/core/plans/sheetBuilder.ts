/** A small helper to assemble a `SheetPlan` row by row; the plan builders share it. */
import type { CellStyle, GeneratedKind, PlanCell, PlanRange, PlanValue, PrintSetup, SheetPlan } from './types';

export function text(v: string | null | undefined): PlanValue | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  return { t: 'text', v };
}

const LABELS = new Map<string, PlanValue>();

/**
 * A fixed label's value (`SETTORE`, a month's name), one shared object however many cells repeat
 * it: the schede repeat a score of them per objective. Plan values are never changed in place.
 */
export function label(v: string): PlanValue {
  let value = LABELS.get(v);
  if (value === undefined) LABELS.set(v, (value = { t: 'text', v }));
  return value;
}

export function num(v: number | null | undefined): PlanValue | undefined {
  if (v === null || v === undefined || !Number.isFinite(v)) return undefined;
  return { t: 'number', v };
}

export class SheetBuilder {
  readonly plan: SheetPlan;

  constructor(name: string, kind: GeneratedKind, styles: Record<string, CellStyle>, print: PrintSetup) {
    this.plan = {
      name,
      kind,
      replaces: null,
      cells: [],
      styles,
      merges: [],
      columnWidths: [],
      rowHeights: [],
      print,
      validations: [],
      conditionalFormats: [],
    };
  }

  set(row: number, col: number, value: PlanValue | undefined, style?: string): void {
    if (value === undefined && style === undefined) return;
    // Plans hold millions of cells: whole literals (no spreading, no properties added later, which
    // would give each object a second allocation), keys in the same order in every shape.
    const cell: PlanCell = value ? (style ? { row, col, value, style } : { row, col, value }) : { row, col, style };
    this.plan.cells.push(cell);
  }

  /** Writes a value into a merged range, styling every cell of it so borders show on all sides. */
  merged(row: number, c1: number, c2: number, value: PlanValue | undefined, style?: string, r2 = row): void {
    const area = c2 > c1 || r2 > row;
    // One object for the merge and its style rectangle (plans are read, never changed in place).
    const rect: PlanRange = { r1: row, c1, r2, c2 };
    if (area && style) {
      // One rectangle, not one cell per covered cell: most cells of the schede exist only for
      // these borders, and their objects (and garbage) dominated the build's profile.
      (this.plan.styleRanges ??= []).push({ range: rect, style });
      if (value) this.set(row, c1, value, style);
    } else {
      for (let r = row; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) this.set(r, c, r === row && c === c1 ? value : undefined, style);
      }
    }
    if (area) this.plan.merges.push(rect);
  }

  widths(widths: number[]): void {
    this.plan.columnWidths = widths.map((width, col) => ({ col, width }));
  }

  height(row: number, height: number): void {
    this.plan.rowHeights.push({ row, height });
  }

  conditional(range: PlanRange, formula: string, style: string): void {
    this.plan.conditionalFormats.push({ range, rules: [{ type: 'expression', formula, style }] });
  }
}

/**
 * Row height (points) for wrapped text in a merged area about `widthChars` characters wide:
 * Excel does not auto-fit merged cells, so the plans size them.
 */
export function wrappedHeight(value: string | null | undefined, widthChars: number, lineHeight = 13.5, minLines = 1): number {
  if (!value) return lineHeight * minLines + 2;
  let lines = 0;
  for (const para of value.split(/\r?\n/)) lines += Math.max(1, Math.ceil((para.length * 1.1) / Math.max(widthChars, 1)));
  return Math.min(409, Math.max(minLines, lines) * lineHeight + 2);
}
