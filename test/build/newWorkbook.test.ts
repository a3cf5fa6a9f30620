/** New workbooks written by the package serializer: Excel-valid register sheets with tables, read back by the product and by openpyxl. */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import * as path from 'path';
import { planTemplate } from '../../src/core/plans/template';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { newWorkbookBytes } from '../../src/xlsx/write/newWorkbook';
import { tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

const tmp = tempDir('peg-new-');
afterAll(() => tmp.cleanup());

test('the nuovo modello: every register sheet, in order, nothing marked as generated', async () => {
  const plan = planTemplate({ anno: 2026, ente: 'Comune di Prova' }, 2026);
  const { bytes, report } = newWorkbookBytes(plan);
  expect(report.created).toEqual(plan.sheets.map((s) => s.name));
  const grid = await readWorkbookGrid(bytes, { name: 'modello.xlsx' });
  expect(grid.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  expect(grid.sheets.some((s) => s.generated)).toBe(false);
  // The same plan gives the same bytes (the CLI and the standalone page agree).
  expect(Buffer.from(newWorkbookBytes(plan).bytes).equals(Buffer.from(bytes))).toBe(true);
});

describeWith(hasOpenpyxl(), 'openpyxl')('openpyxl reads the nuovo modello', () => {
  it('with its tables and drop-down lists', () => {
    const plan = planTemplate({ anno: 2026, ente: null }, 2026);
    const file = path.join(tmp.path, 'modello.xlsx');
    writeFileSync(file, newWorkbookBytes(plan).bytes);
    const out = execFileSync(
      PYTHON,
      ['-c', 'import sys,openpyxl;wb=openpyxl.load_workbook(sys.argv[1]);print("|".join(f"{ws.title}:{len(ws.tables)}:{len(ws.data_validations.dataValidation)}:{ws.freeze_panes}" for ws in wb.worksheets))', file],
      { encoding: 'utf8' },
    ).trim();
    for (const s of plan.sheets) {
      const [, tables, lists, freeze] = out.split('|').find((x) => x.startsWith(`${s.name}:`))!.split(':');
      expect(Number(tables)).toBe(s.table ? 1 : 0);
      expect(Number(lists)).toBe(s.validations.length);
      expect(freeze).toBe(s.freeze ? `A${s.freeze.rows + 1}` : 'None');
    }
  });
});
