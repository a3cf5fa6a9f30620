/**
 * ExcelJS 4.4.0 checks every new merge against every merge already on the sheet
 * (`Worksheet#_mergeCellsInternal`), so a sheet with M merges costs O(M²): the schede have ~86
 * merges per objective, and 300 objectives took minutes to read or build. Every cell of a merged
 * range is marked (`isMerged`: the master counts its slaves, slaves have the Merge type) and every
 * master is keyed in `_merges` (which also covers 1×1 merges, whose master has no slaves), so
 * looking at the new range's own cells finds the same overlaps in O(cells of the new range).
 * The rest (master, slave bookkeeping, index) is what ExcelJS does.
 *
 * Installed once, on import, only when the method has the expected shape: with another ExcelJS
 * version the library is left alone (slow, never wrong).
 */
import ExcelJS from 'exceljs';

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface InternalCell {
  address: string;
  isMerged: boolean;
  merge(master: InternalCell, ignoreStyle?: boolean): void;
}

interface InternalRow {
  findCell(col: number): InternalCell | undefined;
}

interface InternalWorksheet {
  _merges: Record<string, MergeRange | undefined>;
  findRow(row: number): InternalRow | undefined;
  getCell(row: number, col: number): InternalCell;
  _mergeCellsInternal(dimensions: MergeRange, ignoreStyle?: boolean): void;
}

/** The same message ExcelJS throws, so callers that match it keep working. */
const ALREADY_MERGED = 'Cannot merge already merged cells';

function fastMergeCellsInternal(this: InternalWorksheet, dimensions: MergeRange, ignoreStyle?: boolean): void {
  for (let i = dimensions.top; i <= dimensions.bottom; i++) {
    const row = this.findRow(i);
    if (!row) continue;
    for (let j = dimensions.left; j <= dimensions.right; j++) {
      const cell = row.findCell(j);
      if (cell && (cell.isMerged || this._merges[cell.address])) throw new Error(ALREADY_MERGED);
    }
  }
  const master = this.getCell(dimensions.top, dimensions.left);
  for (let i = dimensions.top; i <= dimensions.bottom; i++) {
    for (let j = dimensions.left; j <= dimensions.right; j++) {
      if (i > dimensions.top || j > dimensions.left) this.getCell(i, j).merge(master, ignoreStyle);
    }
  }
  this._merges[master.address] = dimensions;
}

/** Whether the prototype's method is the 4.4.0 one this module replaces. */
function hasExpectedShape(proto: Partial<InternalWorksheet>, sample: Partial<InternalWorksheet>): boolean {
  const original = proto._mergeCellsInternal;
  if (typeof original !== 'function' || original.length !== 2) return false;
  if (typeof proto.findRow !== 'function' || typeof proto.getCell !== 'function') return false;
  if (typeof sample._merges !== 'object' || sample._merges === null) return false;
  const source = Function.prototype.toString.call(original);
  return source.includes(ALREADY_MERGED) && source.includes('intersects');
}

let state: 'installed' | 'skipped' | 'restored' | undefined;
let original: InternalWorksheet['_mergeCellsInternal'] | undefined;

/** Installs the linear merge check once; returns whether ExcelJS is now patched. */
export function installFastMerges(): boolean {
  if (state === undefined || state === 'restored') {
    const sample = new ExcelJS.Workbook().addWorksheet('probe') as unknown as InternalWorksheet;
    const proto = Object.getPrototypeOf(sample) as InternalWorksheet;
    if (state === 'restored' || hasExpectedShape(proto, sample)) {
      original ??= proto._mergeCellsInternal;
      proto._mergeCellsInternal = fastMergeCellsInternal;
      state = 'installed';
    } else {
      state = 'skipped';
    }
  }
  return state === 'installed';
}

/** Puts ExcelJS's own check back (for the tests that compare both). */
export function restoreExcelJsMerges(): void {
  if (state !== 'installed' || !original) return;
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as InternalWorksheet;
  proto._mergeCellsInternal = original;
  state = 'restored';
}
