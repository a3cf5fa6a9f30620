/**
 * The header of the column a previewed cell is in: a diagnostic on `Obiettivi!H12` is easier to
 * act on when the preview says that column H is «Peso». Uses the core's own header search, so
 * the preview names the header the checks read.
 */
import { cellAt, type SheetGrid } from '../core/grid';
import type { SheetKind } from '../core/model';
import { findHeader } from '../core/read/header';
import { SHEET_WORDS } from '../core/read/fields';
import { cellText } from './cellText';

export interface ColumnHeader {
  /** 0-based row of the header. */
  row: number;
  /** The header's text in that column ('' when the column has none). */
  text: string;
}

/** Register kinds to try: the one the sheet's name says first, then the others. */
function kindsFor(name: string): SheetKind[] {
  const all = Object.keys(SHEET_WORDS) as SheetKind[];
  const lower = name.trim().toLowerCase();
  const named = all.filter((k) => lower.startsWith(SHEET_WORDS[k].toLowerCase()));
  return [...named, ...all.filter((k) => !named.includes(k))];
}

/** The header above `row` in column `col`, or null when the sheet has no register header above it. */
export function columnHeader(sheet: SheetGrid, row: number, col: number): ColumnHeader | null {
  for (const kind of kindsFor(sheet.name)) {
    const found = findHeader(sheet, kind);
    if (found.headerRow === null) continue;
    if (row <= found.headerRow) return null;
    return { row: found.headerRow, text: cellText(cellAt(sheet, found.headerRow, col)).trim() };
  }
  return null;
}
