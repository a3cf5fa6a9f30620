/**
 * Reads an `.xlsx` held in memory into the core's plain grid. This is the one module that loads
 * ExcelJS for reading, so the library can be replaced here alone. No `fs`: it runs in the browser
 * too; reading from a path is `readFile.ts` (Node only).
 */
import ExcelJS from 'exceljs';
import type { Cell, SheetGrid, WorkbookGrid } from '../core/grid';
import { GENERATED_NAME_PREFIX } from '../core/plans/types';
import { convertCell } from './cells';
import { MAX_WORKBOOK_BYTES, WorkbookReadError } from './errors';
import { installFastMerges } from './fastMerges';
import { sniffContainer } from './sniff';
import { MAX_ZIP_ENTRIES, checkZipLimits } from './zipLimits';

// Merges checked in linear time (see fastMerges.ts) before any workbook is loaded or written.
installFastMerges();

export type WorkbookBytes = Uint8Array | ArrayBuffer;

export interface ReadWorkbookOptions {
  /** The file name shown in messages; default `cartella di lavoro`. */
  name?: string;
}

function asUint8(data: WorkbookBytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

async function checkContainer(bytes: Uint8Array, name: string): Promise<void> {
  if (bytes.length > MAX_WORKBOOK_BYTES) throw new WorkbookReadError('troppo-grande', name, { size: bytes.length });
  switch (sniffContainer(bytes)) {
    case 'vuoto':
      throw new WorkbookReadError('vuoto', name);
    case 'ods':
      throw new WorkbookReadError('ods', name);
    case 'ole-protetto':
      throw new WorkbookReadError('protetto', name);
    case 'ole':
      throw new WorkbookReadError('xls', name);
    case 'sconosciuto':
      throw new WorkbookReadError('non-xlsx', name);
    case 'zip':
      return checkZip(bytes, name);
  }
}

/** The zip-bomb guard runs before ExcelJS inflates anything. */
async function checkZip(bytes: Uint8Array, name: string): Promise<void> {
  const verdict = await checkZipLimits(bytes);
  if (verdict.ok) return;
  switch (verdict.problem) {
    case 'troppi-elementi':
      throw new WorkbookReadError('troppi-elementi', name, { size: verdict.entries, limit: MAX_ZIP_ENTRIES });
    case 'troppo-decompresso':
      throw new WorkbookReadError('troppo-decompresso', name, { size: verdict.bytes, limit: verdict.limit });
    case 'illeggibile':
    case 'dimensioni-false':
      throw new WorkbookReadError('danneggiato', name);
  }
}

/** `'Cronoprogramma 2025'!$A$1` → `Cronoprogramma 2025`. */
export function sheetOfReference(ref: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^!']+)!/.exec(ref);
  return bare ? bare[1] : null;
}

function generatedSheets(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const dn of wb.definedNames.model ?? []) {
    if (!dn.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX)) continue;
    for (const ref of dn.ranges ?? []) {
      const sheet = sheetOfReference(ref);
      if (sheet) out.add(sheet.toLowerCase());
    }
  }
  return out;
}

/**
 * The rows and cells ExcelJS actually holds. Its `includeEmpty` iterators create an object for
 * every row up to the last one (and every cell up to the last column), so a stray value at
 * row 1,048,576 would cost a million rows; its sparse internal arrays skip the holes. We need
 * empty-valued cells too (a filled cell without a value marks a month in the schede), which the
 * public non-empty iterators would skip.
 */
function existingRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const internal = (ws as unknown as { _rows?: unknown })._rows;
  if (Array.isArray(internal)) return (internal as (ExcelJS.Row | undefined)[]).filter((r): r is ExcelJS.Row => r !== undefined);
  const out: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => void out.push(row));
  return out;
}

function existingCells(row: ExcelJS.Row): ExcelJS.Cell[] {
  const internal = (row as unknown as { _cells?: unknown })._cells;
  if (Array.isArray(internal)) return (internal as (ExcelJS.Cell | undefined)[]).filter((c): c is ExcelJS.Cell => c !== undefined);
  const out: ExcelJS.Cell[] = [];
  row.eachCell({ includeEmpty: true }, (cell) => void out.push(cell));
  return out;
}

/**
 * The merged ranges (`A1:B2`). `ws.model` lists them too, but it serialises the whole sheet to do
 * so; the merge index it reads from is enough.
 */
function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: unknown })._merges;
  if (typeof internal === 'object' && internal !== null) {
    return Object.values(internal as Record<string, { range: string } | undefined>)
      .filter((m): m is { range: string } => m !== undefined)
      .map((m) => m.range);
  }
  return (ws.model as { merges?: string[] }).merges ?? [];
}

function toSheetGrid(ws: ExcelJS.Worksheet, generated: boolean): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  let width = 0;
  for (const row of existingRows(ws)) {
    const cells: SheetGrid['rows'][number] = [];
    for (const cell of existingCells(row)) {
      const c = convertCell(cell);
      if (c) cells[Number(cell.col) - 1] = c;
    }
    if (cells.length > 0) {
      rows[row.number - 1] = cells;
      width = Math.max(width, cells.length);
    }
  }
  // Dense rows of equal width: holes become null, trailing empty rows and columns are gone.
  // Empty rows share one frozen row: a stray value at row 1,048,576 must not cost a million arrays.
  const emptyRow: (Cell | null)[] = Object.freeze(Array.from({ length: width }, () => null)) as (Cell | null)[];
  const dense = Array.from(rows, (r) => (r ? Array.from({ length: width }, (_, i) => r[i] ?? null) : emptyRow));
  const sheet: SheetGrid = { name: ws.name, rows: dense };
  const merges = mergeRanges(ws);
  if (merges.length > 0) sheet.merges = [...merges];
  if (generated) sheet.generated = true;
  return sheet;
}

/**
 * `.xlsx` bytes → a loaded ExcelJS workbook, after the container and zip-bomb checks. Throws
 * `WorkbookReadError` (Italian message) when the bytes are not a readable workbook.
 */
export async function loadCheckedWorkbook(data: WorkbookBytes, opts: ReadWorkbookOptions = {}): Promise<ExcelJS.Workbook> {
  const name = opts.name ?? 'cartella di lavoro';
  const bytes = asUint8(data);
  await checkContainer(bytes, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw new WorkbookReadError('danneggiato', name, { cause });
  }
  // A zip without `xl/workbook.xml` (a .docx, any archive) loads as a workbook with no sheets.
  if (wb.worksheets.length === 0) throw new WorkbookReadError('non-xlsx', name);
  return wb;
}

/** The grid of a loaded workbook (read before any change is applied to it). */
export function gridOfWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  const generated = generatedSheets(wb);
  return { sheets: wb.worksheets.map((ws) => toSheetGrid(ws, generated.has(ws.name.toLowerCase()))) };
}

/** `.xlsx` bytes → grid. Throws `WorkbookReadError` (Italian message) when the bytes are not a readable workbook. */
export async function readWorkbookGrid(data: WorkbookBytes, opts: ReadWorkbookOptions = {}): Promise<WorkbookGrid> {
  return gridOfWorkbook(await loadCheckedWorkbook(data, opts));
}
