/**
 * Reads a workbook held in memory into the core's plain grid, from the package's parts (see
 * `package/`): no object model, so nothing is materialised that the core does not read. No `fs`:
 * it runs in the browser too; reading from a path is `readFile.ts` (Node only). `.xls` and `.ods`
 * go through `legacy/`, loaded only when such a file arrives.
 */
import { reservedWidthOf, type Cell, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { generatedSheets } from '../core/plans/markers';
import { SETTINGS_KEY, settingsMapFrom } from '../host/documentSettings';
import { convertCell, type CellContext } from './cells';
import { MAX_WORKBOOK_BYTES, WorkbookReadError } from './errors';
import { isLegacyFormat } from './legacy/detect';
import { openWorkbookPackage, type OpenedWorkbook } from './package/open';
import { readRelationships, relOfKind } from './package/rels';
import { documentSetting, readDocumentSettings } from './package/settings';
import { parseSharedStrings } from './package/sharedStrings';
import { parseSheet } from './package/sheet';
import { parseStyles } from './package/styles';
import type { SheetInfo, WorkbookInfo } from './package/workbook';
import { XmlError } from './package/xml';
import { excelLockFileOf } from './sniff';
import type { ZipPackage } from './package/zip';

export { sheetOfReference } from '../core/plans/markers';

export type WorkbookBytes = Uint8Array | ArrayBuffer;

export interface ReadWorkbookOptions {
  /** The file name shown in messages; default `cartella di lavoro`. */
  name?: string;
}

const DEFAULT_NAME = 'cartella di lavoro';

function asUint8(data: WorkbookBytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Malformed XML in any part read is a damaged file, named to the user. */
function guarded<T>(pkg: ZipPackage, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof XmlError) throw new WorkbookReadError('danneggiato', pkg.fileName, { cause });
    throw cause;
  }
}

/** The shared strings and cell formats every sheet refers to; both parts are optional. */
function cellContext(pkg: ZipPackage, wb: WorkbookInfo): CellContext {
  const rels = wb.rels.length > 0 ? wb.rels : readRelationships(pkg, wb.part);
  const sst = relOfKind(rels, 'sharedStrings');
  const styles = relOfKind(rels, 'styles');
  const sstText = sst ? pkg.text(sst.target) : null;
  const stylesText = styles ? pkg.text(styles.target) : null;
  return {
    sharedStrings: sstText !== null ? guarded(pkg, () => parseSharedStrings(sstText)) : [],
    styles: stylesText !== null ? guarded(pkg, () => parseStyles(stylesText)) : [],
    date1904: wb.date1904,
  };
}

/** One empty row shared by every row without cells: a value at row 1,048,576 must not cost a million arrays. */
const EMPTY_ROW: (Cell | null)[] = Object.freeze([]) as unknown as (Cell | null)[];

/** `B2:C3` → 0-based bounds; null when malformed. A single cell (`A1`) is a 1×1 range. */
function rangeBounds(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const a = { r: Number(m[2]) - 1, c: col(m[1]) };
  const b = m[3] ? { r: Number(m[4]) - 1, c: col(m[3]) } : a;
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}

/**
 * The cells of one worksheet part as grid rows. Only cells that carry something are kept; rows
 * are as long as their last such cell (no common width), holes are null, empty rows share one
 * frozen empty array.
 */
function sheetGrid(pkg: ZipPackage, info: SheetInfo, ctx: CellContext): SheetGrid {
  const rows: (Cell | null)[][] = [];
  const merges: string[] = [];
  let reserved = 0;
  const xml = info.part ? pkg.text(info.part) : null;
  if (xml !== null) {
    guarded(pkg, () =>
      parseSheet(xml, {
        cell(raw) {
          const c = convertCell(raw, ctx);
          if (!c) return;
          (rows[raw.row] ??= [])[raw.col] = c;
        },
        merge(ref) {
          merges.push(ref);
        },
        prepared(sqref) {
          reserved = Math.max(reserved, reservedWidthOf(sqref));
        },
      }),
    );
  }
  // A merge shows only its top-left cell: values stored in covered cells are not shown by Excel.
  for (const ref of merges) {
    const b = rangeBounds(ref);
    if (!b) continue;
    for (let r = b.r0; r <= b.r1 && r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      const last = Math.min(b.c1, row.length - 1);
      for (let c = b.c0; c <= last; c++) {
        if (r === b.r0 && c === b.c0) continue;
        const cell = row[c];
        if (!cell) continue;
        if (cell.filled) row[c] = { v: null, ...(cell.fmt !== undefined ? { fmt: cell.fmt } : {}), filled: true };
        else row[c] = null;
      }
    }
  }
  // A fresh packed array: `rows` was filled out of order and may be a slow dictionary array.
  const dense: (Cell | null)[][] = [];
  let pendingEmpty = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    // Trim nulls left at the end by covered cells, then fill the holes.
    let len = row === undefined ? 0 : row.length;
    while (len > 0 && !row[len - 1]) len--;
    if (len === 0) {
      pendingEmpty++;
      continue;
    }
    for (; pendingEmpty > 0; pendingEmpty--) dense.push(EMPTY_ROW);
    row.length = len;
    for (let c = 0; c < len; c++) if (row[c] === undefined) row[c] = null;
    dense.push(row);
  }
  const sheet: SheetGrid = { name: info.name, rows: dense };
  if (merges.length > 0) sheet.merges = merges;
  if (reserved > 0) sheet.reservedColumns = reserved;
  return sheet;
}

/** The add-in's settings stored in the file, read the way the add-in reads them from Office. */
function documentSettingsOf(pkg: ZipPackage): Record<string, string> | undefined {
  const stored = readDocumentSettings(pkg);
  if (stored.length === 0) return undefined;
  const settings = settingsMapFrom(documentSetting(stored, SETTINGS_KEY));
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** The grid of an opened package (the writer opens once and reads the grid from the same package). */
export function gridOfPackage({ pkg, workbook }: OpenedWorkbook): WorkbookGrid {
  const worksheets = workbook.sheets.filter((s) => s.kind === 'worksheet');
  if (worksheets.length === 0) throw new WorkbookReadError('non-xlsx', pkg.fileName);
  const ctx = cellContext(pkg, workbook);
  const generated = generatedSheets(
    workbook.sheets.map((s) => s.name),
    workbook.definedNames.map((d) => ({ name: d.name, formula: d.text, sheetScoped: d.localSheetId !== undefined })),
  );
  const grid: WorkbookGrid = {
    sheets: worksheets.map((info) => {
      const sheet = sheetGrid(pkg, info, ctx);
      if (generated.has(info.name.toLowerCase())) sheet.generated = true;
      return sheet;
    }),
  };
  const settings = documentSettingsOf(pkg);
  if (settings) grid.settings = settings;
  return grid;
}

/** Bytes → grid. Throws `WorkbookReadError` (Italian message) when the bytes are not a readable workbook. */
export async function readWorkbookGrid(data: WorkbookBytes, opts: ReadWorkbookOptions = {}): Promise<WorkbookGrid> {
  const name = opts.name ?? DEFAULT_NAME;
  const bytes = asUint8(data);
  if (excelLockFileOf(name) !== null) throw new WorkbookReadError('blocco', name);
  if (bytes.length > MAX_WORKBOOK_BYTES) throw new WorkbookReadError('troppo-grande', name, { size: bytes.length });
  if (isLegacyFormat(bytes)) {
    const { readLegacyGrid } = await import('./legacy/read');
    return readLegacyGrid(bytes, name);
  }
  return gridOfPackage(openWorkbookPackage(bytes, name));
}
