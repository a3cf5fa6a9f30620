/**
 * `.xls` (BIFF, Excel 97-2003) and `.ods` (OpenDocument) into the core's grid, through SheetJS
 * Community Edition 0.20.3 (`@e965/xlsx`, a mirror of the SheetJS CDN build: it carries the fixes
 * for CVE-2023-30533 and CVE-2024-22363, which the stale `xlsx@0.18.5` on npm lacks). Loaded only
 * when such a file arrives (`read.ts` imports this module lazily), so the web page does not pay
 * for it otherwise. Reading only: the tool never writes these formats.
 */
import * as XLSX from '@e965/xlsx';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../core/grid';
import { generatedSheets } from '../../core/plans/markers';
import { isDateFormat } from '../../core/values';
import { serialToDate } from '../cells';
import { MAX_ZIP_ENTRIES, checkDeclared } from '../zipLimits';
import { WorkbookReadError } from '../errors';
import { sniffContainer } from '../sniff';
import { withoutConsole } from './quiet';

/** An OpenDocument file is a zip: the same zip-bomb limits apply before SheetJS inflates it. */
function checkOdsZip(bytes: Uint8Array, name: string): void {
  const verdict = checkDeclared(bytes);
  if (verdict.ok) return;
  if (verdict.problem === 'troppi-elementi') throw new WorkbookReadError('troppi-elementi', name, { size: verdict.entries, limit: MAX_ZIP_ENTRIES });
  if (verdict.problem === 'troppo-decompresso') throw new WorkbookReadError('troppo-decompresso', name, { size: verdict.bytes, limit: verdict.limit });
  throw new WorkbookReadError('danneggiato', name);
}

const WHITE = /^(?:[0-9a-f]{2})?ffffff$/i;

/** A visible solid fill, as far as SheetJS reports styles for the format (`.xls` only). */
function isFilled(cell: XLSX.CellObject): boolean {
  const s = cell.s as { patternType?: string; fgColor?: { rgb?: string } } | undefined;
  if (!s || s.patternType !== 'solid') return false;
  const rgb = s.fgColor?.rgb;
  return !(typeof rgb === 'string' && WHITE.test(rgb));
}

function valueOf(cell: XLSX.CellObject, date1904: boolean): CellValue {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v === true;
    case 'e':
      // SheetJS keeps the error code in `v` and its text in `w`.
      return { error: typeof cell.w === 'string' ? cell.w : '#N/A' };
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'n': {
      const n = typeof cell.v === 'number' ? cell.v : Number.NaN;
      if (!Number.isFinite(n)) return null;
      if (isDateFormat(typeof cell.z === 'string' ? cell.z : undefined)) return serialToDate(n, date1904) ?? n;
      return n;
    }
    default:
      return null;
  }
}

function toCell(cell: XLSX.CellObject, date1904: boolean): Cell | null {
  const v = valueOf(cell, date1904);
  const formula = typeof cell.f === 'string' && cell.f.length > 0;
  const filled = isFilled(cell);
  if (v === null && !formula && !filled) return null;
  const out: Cell = { v };
  const fmt = typeof cell.z === 'string' ? cell.z : undefined;
  if (fmt !== undefined && !/^general$/i.test(fmt)) out.fmt = fmt;
  if (formula) out.formula = true;
  if (filled) out.filled = true;
  return out;
}

const EMPTY_ROW: (Cell | null)[] = Object.freeze([]) as unknown as (Cell | null)[];

function sheetGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean): SheetGrid {
  const rows: (Cell | null)[][] = [];
  for (const addr of Object.keys(ws)) {
    if (addr.startsWith('!')) continue;
    const c = toCell(ws[addr] as XLSX.CellObject, date1904);
    if (!c) continue;
    const { r, c: col } = XLSX.utils.decode_cell(addr);
    (rows[r] ??= [])[col] = c;
  }
  const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
  // Covered cells of a merge are not shown: keep their fill only, as the package reader does.
  for (const m of ws['!merges'] ?? []) {
    for (let r = m.s.r; r <= m.e.r && r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.s.c; c <= m.e.c && c < row.length; c++) {
        if ((r === m.s.r && c === m.s.c) || !row[c]) continue;
        row[c] = row[c]!.filled ? { v: null, filled: true } : null;
      }
    }
  }
  const dense: (Cell | null)[][] = [];
  let pending = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let len = row === undefined ? 0 : row.length;
    while (len > 0 && !row[len - 1]) len--;
    if (len === 0) {
      pending++;
      continue;
    }
    for (; pending > 0; pending--) dense.push(EMPTY_ROW);
    row.length = len;
    for (let c = 0; c < len; c++) if (row[c] === undefined) row[c] = null;
    dense.push(row);
  }
  const sheet: SheetGrid = { name, rows: dense };
  if (merges.length > 0) sheet.merges = merges;
  return sheet;
}

function isPasswordError(e: unknown): boolean {
  // SheetJS: "File is password-protected", "Unsupported password protection", "Password is incorrect".
  return e instanceof Error && /password/i.test(e.message);
}

/** `.xls`/`.ods` bytes → grid. Throws `WorkbookReadError` with the Italian message. */
export async function readLegacyGrid(bytes: Uint8Array, name: string): Promise<WorkbookGrid> {
  const ods = sniffContainer(bytes) === 'ods';
  if (ods) checkOdsZip(bytes, name);
  let wb: XLSX.WorkBook;
  try {
    // SheetJS's English notes on the console would reach the user's stderr: they stay in here.
    wb = withoutConsole(() => XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true, cellDates: false, cellHTML: false, cellText: true }));
  } catch (cause) {
    throw new WorkbookReadError(isPasswordError(cause) ? 'protetto' : 'danneggiato', name, { cause });
  }
  if (wb.SheetNames.length === 0) throw new WorkbookReadError('danneggiato', name);
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const names = (wb.Workbook?.Names ?? []).map((n) => ({ name: n.Name, formula: n.Ref, sheetScoped: n.Sheet !== undefined && n.Sheet !== null }));
  const generated = generatedSheets(wb.SheetNames, names);
  return {
    sheets: wb.SheetNames.map((sheetName) => {
      const sheet = sheetGrid(sheetName, wb.Sheets[sheetName] ?? {}, date1904);
      if (generated.has(sheetName.toLowerCase())) sheet.generated = true;
      return sheet;
    }),
  };
}
