/**
 * One data row of a register sheet: typed access to its mapped cells, with the diagnostics for
 * Excel errors and unreadable values, so row readers stay short.
 */
import { diagnose, type Diagnostic, type DiagnosticCode, type DiagnosticParams } from '../diagnostics';
import { a1, isCellError, type Cell, type CellValue, type SheetGrid } from '../grid';
import type { RawValue, Source } from '../model';
import { isEmptyValue, readText } from '../values';
import type { ColumnMap, Merge } from './header';
import { sheetRows } from './sheets';

export interface FieldValue {
  v: CellValue;
  fmt?: string;
  cell: string;
}

/** Text of any value for a message, shortened so a huge cell does not flood the report. */
export function shown(v: CellValue): string {
  let t: string;
  if (isCellError(v)) t = v.error;
  else if (v instanceof Date) t = readText(v) ?? '';
  else t = String(v);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/**
 * Excel never yields NaN, infinities or invalid dates; an adapter bug might. They are read as the
 * error Excel would show (#NUM!), so they are reported like any error instead of leaking into the model.
 */
function sane(v: CellValue): CellValue {
  if (typeof v === 'number' && !Number.isFinite(v)) return { error: '#NUM!' };
  if (v instanceof Date && Number.isNaN(v.getTime())) return { error: '#NUM!' };
  return v;
}

const mergeCache = new WeakMap<ColumnMap, Map<number, Merge[]>>();

/** Data-area merges whose top-left cell is in column `col`, indexed once per sheet. */
function mergesStartingIn(map: ColumnMap, col: number): Merge[] {
  let byCol = mergeCache.get(map);
  if (!byCol) {
    byCol = new Map();
    for (const m of map.merges) {
      if (m.r1 <= map.headerEnd) continue;
      const list = byCol.get(m.c1) ?? [];
      list.push(m);
      byCol.set(m.c1, list);
    }
    mergeCache.set(map, byCol);
  }
  return byCol.get(col) ?? [];
}

export class RowReader {
  constructor(
    readonly sheet: SheetGrid,
    readonly row: number,
    readonly map: ColumnMap,
    readonly diagnostics: Diagnostic[],
  ) {}

  has(field: string): boolean {
    return field in this.map.columns;
  }

  address(field: string): string | undefined {
    const col = this.map.columns[field];
    return col === undefined ? undefined : a1(this.row, col);
  }

  /** `Obiettivi!H12`, for messages. */
  where(field: string): string {
    return `${this.sheet.name}!${this.address(field) ?? a1(this.row, 0)}`;
  }

  label(field: string): string {
    return this.map.labels[field] ?? field;
  }

  source(): Source {
    const cells: Record<string, string> = {};
    for (const [field, col] of Object.entries(this.map.columns)) cells[field] = a1(this.row, col);
    return { sheet: this.sheet.name, row: this.row + 1, cells };
  }

  report<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, field?: string): void {
    const cell = field !== undefined ? this.address(field) : undefined;
    this.diagnostics.push(diagnose(code, params, { sheet: this.sheet.name, cell: cell ?? a1(this.row, 0) }));
  }

  /**
   * The cell of a field, null when the column is missing or the cell is empty. An empty cell inside
   * a range merged down its column (a Settore written once for several objectives) has the
   * range's value, with the range's address, unless `own` asks for the cell alone.
   */
  value(field: string, own = false): FieldValue | null {
    const col = this.map.columns[field];
    if (col === undefined) return null;
    let row = this.row;
    let c: Cell | null | undefined = sheetRows(this.sheet)[row]?.[col];
    if (!own && (!c || typeof c !== 'object' || isEmptyValue(c.v))) {
      const m = mergesStartingIn(this.map, col).find((x) => x.r1 < this.row && this.row <= x.r2);
      if (m) {
        row = m.r1;
        c = sheetRows(this.sheet)[row]?.[col];
      }
    }
    if (!c || typeof c !== 'object' || isEmptyValue(c.v)) return null;
    const out: FieldValue = { v: sane(c.v), cell: a1(row, col) };
    if (typeof c.fmt === 'string') out.fmt = c.fmt;
    return out;
  }

  /** The cell's value, or null after reporting VALORE_ERRORE when Excel shows an error. */
  usable(field: string): FieldValue | null {
    const fv = this.value(field);
    if (fv && isCellError(fv.v)) {
      this.report('VALORE_ERRORE', { errore: fv.v.error, dove: this.where(field), campo: this.label(field) }, field);
      return null;
    }
    return fv;
  }

  text(field: string): string | null {
    const fv = this.usable(field);
    return fv ? readText(fv.v, fv.fmt) : null;
  }

  /**
   * A value the rules interpret (atteso, raggiunto, dates), kept as written. An Excel error is
   * reported here and kept, so the rules see that something is there but unusable.
   */
  raw(field: string): RawValue | null {
    const fv = this.value(field);
    if (!fv) return null;
    if (isCellError(fv.v)) this.usable(field);
    const out: RawValue = { v: fv.v, cell: fv.cell };
    if (fv.fmt !== undefined) out.fmt = fv.fmt;
    return out;
  }

  /** True when no input cell of the row holds anything (computed columns and merged-down values do not count). */
  isBlank(inputFields: string[]): boolean {
    return inputFields.every((f) => this.value(f, true) === null);
  }
}
