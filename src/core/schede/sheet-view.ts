/**
 * A read-only view of one sheet for the schede reader: text of a cell, merged ranges resolved to
 * their top-left cell (the only one that holds the value), and the raw value with its address.
 */
import { a1, cellAt, parseA1, type Cell, type SheetGrid } from '../grid';
import type { RawValue } from '../model';
import { isEmptyValue, readText } from '../values';

interface Range {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseRange(ref: string): Range | null {
  const [from, to] = ref.split(':');
  const p1 = parseA1(from);
  const p2 = to ? parseA1(to) : p1;
  if (!p1 || !p2) return null;
  return {
    r1: Math.min(p1.row, p2.row),
    c1: Math.min(p1.col, p2.col),
    r2: Math.max(p1.row, p2.row),
    c2: Math.max(p1.col, p2.col),
  };
}

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  private readonly merges: Range[];

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    this.merges = (sheet.merges ?? []).map(parseRange).filter((r): r is Range => r !== null);
  }

  width(row: number): number {
    return this.sheet.rows[row]?.length ?? 0;
  }

  /** The merged range holding (row, col), or null. */
  mergeAt(row: number, col: number): Range | null {
    return this.merges.find((m) => row >= m.r1 && row <= m.r2 && col >= m.c1 && col <= m.c2) ?? null;
  }

  /** Last column (inclusive) a cell spans: its merge's right edge, or itself. */
  spanEnd(row: number, col: number): number {
    return this.mergeAt(row, col)?.c2 ?? col;
  }

  /** The cell that holds the value shown at (row, col): a merge's top-left cell. */
  owner(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.r1, col: m.c1 } : { row, col };
  }

  cell(row: number, col: number): Cell | null {
    const o = this.owner(row, col);
    return cellAt(this.sheet, o.row, o.col);
  }

  /** True when (row, col) is a covered (not top-left) cell of a merge. */
  covered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== null && (m.r1 !== row || m.c1 !== col);
  }

  text(row: number, col: number): string | null {
    const c = cellAt(this.sheet, row, col);
    return c ? readText(c.v, c.fmt) : null;
  }

  isEmpty(row: number, col: number): boolean {
    const c = cellAt(this.sheet, row, col);
    return !c || isEmptyValue(c.v);
  }

  /** The value at (row, col) as a RawValue with its address; null when empty. */
  raw(row: number, col: number): RawValue | null {
    const o = this.owner(row, col);
    const c = cellAt(this.sheet, o.row, o.col);
    if (!c || isEmptyValue(c.v)) return null;
    const r: RawValue = { v: c.v, cell: a1(o.row, o.col) };
    if (c.fmt !== undefined) r.fmt = c.fmt;
    return r;
  }

  /** Columns of the non-empty, non-covered cells of a row, left to right. */
  filledColumns(row: number, from = 0, to = Number.POSITIVE_INFINITY): number[] {
    const out: number[] = [];
    const end = Math.min(this.width(row) - 1, to);
    for (let c = from; c <= end; c++) if (!this.isEmpty(row, c)) out.push(c);
    return out;
  }

  rowIsEmpty(row: number): boolean {
    return this.filledColumns(row).length === 0;
  }
}
