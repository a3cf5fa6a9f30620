/** The synthetic plan written as .xlsx reads back, through the file adapter, as the same grid values. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { generatePlan } from '../../src/bench/generate';
import { writeGridXlsx } from '../../src/bench/xlsx';
import type { Cell, CellValue } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/xlsx/node';

const plain = (v: CellValue | undefined): unknown => (v instanceof Date ? v.toISOString() : v ?? null);
/** Row values without trailing empties: adapters may pad a row to the sheet's width. */
const values = (row: (Cell | null)[]) => {
  const out = row.map((c) => plain(c?.v));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};

describe('writeGridXlsx', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-bench-test-'));
  const file = path.join(dir, 'piano.xlsx');
  const plan = generatePlan({ obiettivi: 60, seed: 5 });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every value, date and number format, as ExcelJS reads them', async () => {
    await writeGridXlsx(plan.grid, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.grid.sheets.map((s) => s.name));
    for (const sheet of plan.grid.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.rowCount).toBe(sheet.rows.length);
      sheet.rows.forEach((row, r) => {
        row.forEach((c: Cell | null, col) => {
          const got = ws.getCell(r + 1, col + 1);
          expect(plain(got.value as CellValue)).toEqual(plain(c?.v));
          if (c?.fmt) expect(got.numFmt).toBe(c.fmt);
        });
      });
    }
  });

  it('reads back through the file adapter with the same values', async () => {
    await writeGridXlsx(plan.grid, file);
    const grid = await readWorkbookFile(file);
    for (const sheet of plan.grid.sheets) {
      const back = grid.sheets.find((s) => s.name === sheet.name)!;
      expect(back.rows.map(values)).toEqual(sheet.rows.map(values));
    }
  });
});
