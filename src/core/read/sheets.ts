import type { SheetGrid, WorkbookGrid } from '../grid';
import { normalizeHeader } from '../values';

/**
 * The first user sheet whose normalised name is the word or starts with it as a whole word
 * (`Obiettivi`, ` OBIETTIVI`, `Obiettivi 2025`, `Obiettivi_2025`). Generated sheets are skipped:
 * they belong to the tool and would otherwise shadow the user's register.
 */
export function findSheet(grid: WorkbookGrid, word: string): SheetGrid | null {
  const want = normalizeHeader(word);
  for (const sheet of grid.sheets ?? []) {
    if (!sheet || sheet.generated) continue;
    const name = normalizeHeader(String(sheet.name ?? ''));
    if (name === want || name.startsWith(`${want} `)) return sheet;
  }
  return null;
}

/** Rows of a sheet as an array even when an adapter gave something odd. */
export function sheetRows(sheet: SheetGrid): SheetGrid['rows'] {
  return Array.isArray(sheet.rows) ? sheet.rows : [];
}
