/**
 * Workarounds for ExcelJS round-trip faults found by testing, applied before saving a workbook
 * that was loaded from a user's file (see the report in the tests: test/build/roundtrip.test.ts).
 */
import type ExcelJS from 'exceljs';

interface TableModel {
  style?: Record<string, unknown> | null;
}

/**
 * Tables saved by LibreOffice (and some other producers) have no `tableStyleInfo`: ExcelJS loads
 * them with `style: null` and then crashes on save. An empty style writes the same "no style" table.
 */
export function repairTablesForWrite(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
    for (const t of Object.values(tables)) {
      if (t.table && (t.table.style === null || t.table.style === undefined)) t.table.style = {};
    }
  }
}
