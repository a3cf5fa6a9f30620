/**
 * Test workbooks built with ExcelJS from plain rows, and temporary folders to put them in.
 *
 *   const buf = await xlsx([{ name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, 'Bilancio', 100]] }]);
 *   const grid = await gridOf([...same sheets...]);          // through the real file adapter
 *   const file = await writeXlsx(dir, 'piano.xlsx', sheets); // on disk, for the CLI
 *
 * A row value may be a plain value (string, number, boolean, Date, null) or a cell spec
 * `{ v, fmt: '0%', formula: 'A1*2', fill: 'FFCC00', richText: ['a', 'b'], hyperlink: 'https://…', bold }`;
 * `{ error: '#REF!' }` writes an error value. See `src/xlsx/fromRows.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/core/grid';
import { xlsxFromSpec, type SheetSpec, type WorkbookSpec } from '../../src/xlsx/fromRows';
import { readWorkbookGrid } from '../../src/xlsx/read';

export type { CellSpec, RowValue, SheetSpec, WorkbookSpec } from '../../src/xlsx/fromRows';

function toSpec(input: SheetSpec[] | WorkbookSpec): WorkbookSpec {
  return Array.isArray(input) ? { sheets: input } : input;
}

/** `.xlsx` bytes of the given sheets (or full workbook spec, with defined names). */
export function xlsx(input: SheetSpec[] | WorkbookSpec): Promise<Buffer> {
  return xlsxFromSpec(toSpec(input));
}

/** The grid the core would get from this workbook, read back through the real file adapter. */
export async function gridOf(input: SheetSpec[] | WorkbookSpec): Promise<WorkbookGrid> {
  return readWorkbookGrid(await xlsx(input), { name: 'test.xlsx' });
}

/** Writes the workbook as `dir/name` and returns the full path. */
export async function writeXlsx(dir: string, name: string, input: SheetSpec[] | WorkbookSpec): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await xlsx(input));
  return file;
}

/** Writes raw bytes (bad files: empty, random, OLE headers…) and returns the full path. */
export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/**
 * A fresh temporary folder for one test file; call `cleanup()` in `afterAll`.
 *   const tmp = tempDir(); afterAll(() => tmp.cleanup());
 */
export function tempDir(prefix = 'peg-test-'): { path: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { path: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
