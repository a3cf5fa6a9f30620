/**
 * Writes a synthetic plan's grid as an `.xlsx` file with ExcelJS, the way a user's register
 * looks: plain values, dates and percentages with their number formats, a bold header row.
 */
import ExcelJS from 'exceljs';
import { isCellError, type Cell, type WorkbookGrid } from '../core/grid';

function excelValue(c: Cell | null): ExcelJS.CellValue {
  if (!c || c.v === null) return null;
  if (isCellError(c.v)) return { error: c.v.error as ExcelJS.CellErrorValue['error'] };
  return c.v;
}

export function gridToWorkbook(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'peg bench';
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      const added = ws.addRow(row.map(excelValue));
      if (r === 0) added.font = { bold: true };
      row.forEach((c, col) => {
        if (c?.fmt) added.getCell(col + 1).numFmt = c.fmt;
      });
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return wb;
}

export async function writeGridXlsx(grid: WorkbookGrid, file: string): Promise<void> {
  await gridToWorkbook(grid).xlsx.writeFile(file);
}
