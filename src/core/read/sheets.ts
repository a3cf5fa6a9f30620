import type { SheetGrid, WorkbookGrid } from '../grid';
import { normalizeHeader } from '../values';

/**
 * The first user sheet whose normalised name is the word or starts with it as a whole word
 * (`Obiettivi`, ` OBIETTIVI`, `Obiettivi 2025`, `Obiettivi_2025`). Generated sheets are skipped:
 * they belong to the tool and would otherwise shadow the user's register.
 */
export function findSheet(grid: WorkbookGrid, word: string): SheetGrid | null {
  return findSheets(grid, word)[0] ?? null;
}

/** Every user sheet whose name starts with the word, in workbook order. */
export function findSheets(grid: WorkbookGrid, word: string): SheetGrid[] {
  const want = normalizeHeader(word);
  return (grid.sheets ?? []).filter((sheet) => {
    if (!sheet || sheet.generated) return false;
    const name = normalizeHeader(String(sheet.name ?? ''));
    return name === want || name.startsWith(`${want} `);
  });
}

/** Rows of a sheet as an array even when an adapter gave something odd. */
export function sheetRows(sheet: SheetGrid): SheetGrid['rows'] {
  return Array.isArray(sheet.rows) ? sheet.rows : [];
}
