/**
 * The Riepilogo's formulas, recalculated by LibreOffice from scratch (cached results removed),
 * give the core's own figures: somma dei pesi, stato, ente punteggio, counts.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { RIEPILOGO_COLUMNS as C } from '../../src/core/plans/riepilogo';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { buildCaluso, type CalusoOptions } from './caluso';
import { convertWithLibreOffice, sofficePath } from './libreoffice';

const maybe = sofficePath() ? describe : describe.skip;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'peg-lo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function resultOf(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return (v as ExcelJS.CellSharedFormulaValue).result;
  return v;
}

async function recalculated(name: string, opts: CalusoOptions) {
  const input = new Uint8Array((await buildCaluso(opts).xlsx.writeBuffer()) as ArrayBuffer);
  const built = await buildWorkbookBytes(input, { name, only: ['riepilogo'] });
  const riepilogoName = built.applied.created[0];
  // Remove every cached result: LibreOffice must compute the numbers itself.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(built.bytes as unknown as ArrayBuffer);
  let formulas = 0;
  wb.getWorksheet(riepilogoName)!.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) {
        cell.value = { formula: (v as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue;
        formulas++;
      }
    }),
  );
  expect(formulas).toBeGreaterThan(0);
  const file = path.join(dir, `${name}.xlsx`);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const out = convertWithLibreOffice(file, path.join(dir, `out-${name}`), 'xlsx');
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  return { built, sheet: back.getWorksheet(riepilogoName)! };
}

maybe('LibreOffice recalculation of the Riepilogo', () => {
  for (const [name, opts, kinds] of [
    ['pulito', { userFeatures: true }, ['sumifs']],
    ['sporco', { dirty: true, titleRow: true }, ['sumifs', 'celle']],
  ] as const) {
    test(`${name}: weights, status and ente punteggio equal the core's`, async () => {
      const { built, sheet } = await recalculated(name, opts);
      const { analysis, planned } = built;
      expect(planned.weightKinds.length).toBe(analysis.settori.length);
      expect([...new Set(planned.weightKinds.map((k) => k.kind))].sort()).toEqual([...kinds].sort());
      for (const k of planned.weightKinds) {
        const s = analysis.settori.find((x) => x.anno === k.year && x.settore === k.sector)!;
        const row = sheet.getRow(k.row + 1);
        expect(row.getCell(C.anno + 1).value).toBe(k.year);
        const weight = resultOf(row.getCell(C.pesi + 1).value);
        expect(typeof weight).toBe('number');
        expect(weight as number).toBeCloseTo(s.sommaPesi, 2);
        expect(resultOf(row.getCell(C.stato + 1).value)).toBe(s.statoPesi);
      }
      // Ente rows: the averaged punteggio per year.
      for (const e of analysis.ente) {
        let found = false;
        sheet.eachRow((row) => {
          const label = row.getCell(C.settore + 1).value;
          if (row.getCell(C.anno + 1).value === e.anno && typeof label === 'string' && label.startsWith('ENTE')) {
            found = true;
            const v = resultOf(row.getCell(C.punteggio + 1).value);
            if (e.punteggio === null) expect(v === '' || v === null || v === undefined).toBe(true);
            // A percentage cell: the core's 85.7 is stored as 0.857.
            else expect(v as number).toBeCloseTo(e.punteggio / 100, 4);
            // The ente counts each objective once (a TUTTI objective is not one per settore).
            expect(resultOf(row.getCell(C.raggiunti + 1).value)).toBe(e.esiti.raggiunti);
          }
        });
        expect(found).toBe(true);
      }
      // The dirty workbook really exercises the awkward rows.
      if (name === 'sporco') expect(analysis.settori.some((s) => s.statoPesi !== 'OK')).toBe(true);
    }, 240_000);
  }
});
