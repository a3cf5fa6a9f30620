/**
 * Reads the workbook into the core's grid under Excel on the web's 5 MB response limit:
 *
 * 1. sheets, protection and defined names (the generated-sheet markers);
 * 2. the size of each user sheet's used range, and its merged areas (ExcelApi 1.13); in the same sync,
 *    how far the user prepared the sheet without values: Excel's used range with formatting, and
 *    the cells with a data validation or a conditional format (ExcelApi 1.9), which Excel's used
 *    range may leave out; computed columns go after them;
 * 3. the cells, in row chunks packed under a response budget: values, number formats and value
 *    types, and which cells hold formulas through `getSpecialCells('Formulas')` (a list of areas
 *    instead of the whole formulas matrix). A chunk Excel still finds too big is split and retried.
 *
 * Generated sheets are not read: the core never needs their cells.
 */
import { reservedWidthOf, type SheetGrid, type WorkbookGrid } from '../core/grid';
import { generatedSheets } from '../core/plans/markers';
import { HostError } from '../host/workbookHost';
import { MAX_CELLS_PER_READ, RESPONSE_BUDGET_BYTES } from './limits';
import type { RunExcel } from './run';
import type { Supports } from './support';
import { deadline } from './sync';
import { localAreas, toSheetGrid, topLeft, type LoadedRange } from './toGrid';
import { queueWorkbookState, type WorkbookState } from './workbookState';

/** Estimated response bytes per cell for values + number format + value type (short texts). */
const BYTES_PER_CELL = 48;

export interface ReadOptions {
  /** Estimated response bytes per sync. */
  budget?: number;
}

interface Chunk {
  sheet: number;
  /** Absolute 0-based first row and column, and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface ChunkData {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  formulaAreas: string[];
}

interface UsedSize {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Rows of `size` split into chunks of at most `cellsPerChunk` cells (at least one row each). */
export function rowChunks(sheet: number, size: UsedSize, cellsPerChunk: number): Chunk[] {
  const rowsPer = Math.max(1, Math.min(Math.floor(cellsPerChunk / Math.max(1, size.cols)), Math.floor(MAX_CELLS_PER_READ / Math.max(1, size.cols))));
  const out: Chunk[] = [];
  for (let r = 0; r < size.rows; r += rowsPer) out.push({ sheet, row: size.row + r, col: size.col, rows: Math.min(rowsPer, size.rows - r), cols: size.cols });
  return out;
}

/**
 * 1 + the last column the user prepared without values, when it lies right of the values' used
 * range (otherwise it adds nothing and the grid stays as the values alone give it).
 */
function preparedWidth(s: { formatted: Excel.Range; prepared: Excel.RangeAreas[] }, size: UsedSize | null): number | undefined {
  const addresses = [s.formatted, ...s.prepared].filter((r) => !r.isNullObject).map((r) => r.address);
  const width = reservedWidthOf(addresses.join(','));
  return width > (size ? size.col + size.cols : 0) ? width : undefined;
}

const isResponseTooBig = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';

export interface ReadResult {
  grid: WorkbookGrid;
  state: WorkbookState;
}

/** Reads inside a batch the caller runs (Genera reads and writes in one). */
export async function readGridIn(ctx: Excel.RequestContext, supports: Supports, settings?: Record<string, string>, opts: ReadOptions = {}): Promise<ReadResult> {
  const budget = opts.budget ?? RESPONSE_BUDGET_BYTES;
  const readState = queueWorkbookState(ctx);
  await deadline(ctx.sync());
  const state = readState();
  const sheetNames = state.sheets.map((s) => s.name);
  const generated = generatedSheets(sheetNames, state.names);

  // Merged areas need ExcelApi 1.13; without them the grid simply has no `merges`.
  const withMerges = supports('ExcelApi', '1.13');
  const withSpecial = supports('ExcelApi', '1.9');
  const sized = sheetNames.map((name) => {
    if (generated.has(name.toLowerCase())) return null;
    const ws = ctx.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,rowCount,columnCount');
    const formatted = ws.getUsedRangeOrNullObject(false);
    formatted.load('address');
    const whole = withSpecial || withMerges ? ws.getRange() : null;
    const prepared: Excel.RangeAreas[] = [];
    if (whole && withSpecial) {
      for (const type of ['DataValidations', 'ConditionalFormats'] as const) {
        const areas = whole.getSpecialCellsOrNullObject(type);
        areas.load('address');
        prepared.push(areas);
      }
    }
    let merges: Excel.RangeAreas | null = null;
    if (whole && withMerges) {
      // Each area's own address: some Excel versions give only top-left cells in the joined one.
      merges = whole.getMergedAreasOrNullObject();
      merges.load('areas/items/address');
    }
    return { ws, used, formatted, prepared, merges };
  });
  await deadline(ctx.sync());

  const sizes: (UsedSize | null)[] = sized.map((s) => {
    if (!s || s.used.isNullObject) return null;
    return { ...topLeft(s.used.address), rows: s.used.rowCount, cols: s.used.columnCount };
  });
  let cellsPerChunk = Math.floor(budget / BYTES_PER_CELL);
  let pending: Chunk[] = sizes.flatMap((size, i) => (size ? rowChunks(i, size, cellsPerChunk) : []));
  const data = new Map<Chunk, ChunkData>();

  while (pending.length > 0) {
    // As many chunks as the budget allows in one sync (always at least one).
    const round: Chunk[] = [];
    let cells = 0;
    while (pending.length > 0 && (round.length === 0 || cells + pending[0].rows * pending[0].cols <= cellsPerChunk)) {
      const c = pending.shift() as Chunk;
      round.push(c);
      cells += c.rows * c.cols;
    }
    const loads = round.map((c) => {
      const range = (sized[c.sheet] as { ws: Excel.Worksheet }).ws.getRangeByIndexes(c.row, c.col, c.rows, c.cols);
      range.load('values,numberFormat,valueTypes');
      const formulas = range.getSpecialCellsOrNullObject('Formulas');
      formulas.load('address');
      return { c, range, formulas };
    });
    try {
      await deadline(ctx.sync());
    } catch (err) {
      if (!isResponseTooBig(err)) throw err;
      if (round.every((c) => c.rows === 1)) {
        throw new HostError(`Il foglio «${sheetNames[round[0].sheet]}» ha righe troppo grandi per essere lette da Excel in una volta.`, { cause: err });
      }
      // Smaller chunks, and a smaller budget for the rest of the read.
      cellsPerChunk = Math.max(1, Math.floor(cellsPerChunk / 2));
      pending = [...round.flatMap((c) => rowChunks(c.sheet, c, Math.max(c.cols, Math.floor((c.rows * c.cols) / 2)))), ...pending];
      continue;
    }
    for (const { c, range, formulas } of loads) {
      if (range.values === null || range.values === undefined) {
        throw new HostError(`Il foglio «${sheetNames[c.sheet]}» è troppo grande per essere letto da Excel.`);
      }
      data.set(c, {
        values: range.values,
        numberFormat: range.numberFormat,
        valueTypes: range.valueTypes as string[][],
        formulaAreas: formulas.isNullObject ? [] : localAreas(formulas.address),
      });
    }
  }

  const byChunkSheet = new Map<number, [Chunk, ChunkData][]>();
  for (const [c, d] of data) byChunkSheet.set(c.sheet, [...(byChunkSheet.get(c.sheet) ?? []), [c, d]]);

  const sheets: SheetGrid[] = sheetNames.map((name, i) => {
    if (generated.has(name.toLowerCase())) return toSheetGrid(name, null, { generated: true });
    const size = sizes[i];
    const s = sized[i];
    const merges = s?.merges && !s.merges.isNullObject ? s.merges.areas.items.flatMap((a) => localAreas(a.address)) : undefined;
    const reserved = s ? preparedWidth(s, size) : undefined;
    if (!size) return toSheetGrid(name, null, { merges, reservedColumns: reserved });
    const chunks = (byChunkSheet.get(i) ?? []).sort((a, b) => a[0].row - b[0].row);
    const range: LoadedRange = {
      row: size.row,
      col: size.col,
      values: chunks.flatMap(([, d]) => d.values),
      numberFormat: chunks.flatMap(([, d]) => d.numberFormat),
      valueTypes: chunks.flatMap(([, d]) => d.valueTypes),
      formulaAreas: chunks.flatMap(([, d]) => d.formulaAreas),
    };
    return toSheetGrid(name, range, { merges, reservedColumns: reserved });
  });
  const grid: WorkbookGrid = { sheets };
  if (settings && Object.keys(settings).length > 0) grid.settings = settings;
  return { grid, state };
}

export async function readWorkbookGrid(run: RunExcel, supports: Supports, settings?: Record<string, string>, opts: ReadOptions = {}): Promise<WorkbookGrid> {
  return run(async (ctx) => (await readGridIn(ctx, supports, settings, opts)).grid);
}
