/**
 * In Excel, the add-in finds the columns a user prepared without values in the read's second sync
 * (no extra round trip): Excel's used range with formatting, and the cells with a data validation
 * or a conditional format (ExcelApi 1.9), which Excel's used range leaves out. The computed columns
 * go after them, and Genera writes them there.
 */
import { analyze } from '../../src/core/analyze';
import { planBuild } from '../../src/core/plans';
import { planColumns } from '../../src/core/plans/columns';
import { applyWorkbookPlan } from '../../src/excel/applyPlan';
import { generateWorkbook } from '../../src/excel/generate';
import { readWorkbookGrid } from '../../src/excel/readGrid';
import { FakeWorkbook, fakeExcel, supportsUpTo } from './fake/fakeExcel';

/** A register with its header in A–E; nothing typed right of it. */
function register(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Obiettivi', [
    ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'],
    [2025, 'FINANZIARIO', 1, 'Bilancio', 60],
    [2025, 'FINANZIARIO', 2, 'Tributi', 40],
  ]);
  return wb;
}

async function appendedAt(wb: FakeWorkbook, version = '1.9') {
  const excel = fakeExcel(wb);
  const grid = await readWorkbookGrid(excel.run, supportsUpTo(version));
  const cols = planColumns(analyze(grid), grid)
    .filter((w) => w.sheet === 'Obiettivi' && w.appended)
    .map((w) => w.col);
  return { grid, cols, syncs: excel.syncs };
}

describe('columns prepared without values, in Excel', () => {
  it('nothing prepared: the grid is as before and the computed columns follow the header (F, G)', async () => {
    const { grid, cols, syncs } = await appendedAt(register());
    expect(grid.sheets[0].reservedColumns).toBeUndefined();
    expect(cols).toEqual([5, 6]);
    expect(syncs).toBe(3);
  });

  it('a data validation on H2:H5: the computed columns go to I and J, still in three syncs', async () => {
    const wb = register();
    wb.sheets[0].validations.push({ address: 'H2:H5', rule: { decimal: { formula1: 0.5, operator: 'GreaterThan' } } });
    const { grid, cols, syncs } = await appendedAt(wb);
    expect(grid.sheets[0].reservedColumns).toBe(8);
    expect(cols).toEqual([8, 9]);
    expect(syncs).toBe(3);
  });

  it('a conditional format on J2:J5 (outside Excel’s used range): K and L', async () => {
    const wb = register();
    wb.sheets[0].conditionalFormats.push({ address: 'J2:J5', formula: '=J2<0', format: { 'fill.color': '#FFC7CE' } });
    expect((await appendedAt(wb)).cols).toEqual([10, 11]);
  });

  it('a fill on L9, with no value: M and N (Excel’s used range with formatting)', async () => {
    const wb = register();
    wb.sheets[0].formats.push({ address: 'L9', prop: 'fill.color', value: '#FFFF00' });
    expect((await appendedAt(wb)).cols).toEqual([12, 13]);
  });

  it('a fill over whole columns leaves Excel’s used range alone: F and G', async () => {
    const wb = register();
    wb.sheets[0].formats.push({ address: 'P1:P1048576', prop: 'fill.color', value: '#FFFF00' });
    expect((await appendedAt(wb)).cols).toEqual([5, 6]);
  });

  it('before ExcelApi 1.9 a validation is not seen (no getSpecialCells), a fill still is', async () => {
    const wb = register();
    wb.sheets[0].validations.push({ address: 'H2:H5', rule: {} });
    expect((await appendedAt(wb, '1.8')).cols).toEqual([5, 6]);
    wb.sheets[0].formats.push({ address: 'L9', prop: 'fill.color', value: '#FFFF00' });
    expect((await appendedAt(wb, '1.8')).cols).toEqual([12, 13]);
  });

  it('Genera writes the headers after the prepared column and leaves the user rule on its own column', async () => {
    const wb = register();
    wb.sheets[0].validations.push({ address: 'H2:H5', rule: { decimal: { formula1: 0.5, operator: 'GreaterThan' } } });
    const excel = fakeExcel(wb);
    const supports = supportsUpTo('1.9');
    const grid = await readWorkbookGrid(excel.run, supports);
    const planned = planBuild(analyze(grid), grid, {});
    await applyWorkbookPlan(excel.run, supports, planned.plan);
    const ob = wb.sheet('Obiettivi')!;
    expect(ob.at('H1')).toBeUndefined();
    expect(ob.at('I1')?.value).toBe('Valore raggiunto %');
    expect(ob.at('J1')?.value).toBe('Rispetto tempi %');
    expect(ob.validations.map((v) => v.address)).toEqual(['H2:H5']);
  });

  it('a validation added between the check and Genera moves the computed columns (the plan is made again)', async () => {
    const wb = register();
    const excel = fakeExcel(wb);
    const supports = supportsUpTo('1.9');
    const checked = await readWorkbookGrid(excel.run, supports);
    const replan = (g: typeof checked) => planBuild(analyze(g), g, {}).plan;
    const plan = replan(checked);
    expect(plan.columnWrites.filter((w) => w.sheet === 'Obiettivi').map((w) => w.col)).toEqual([5, 6]);
    wb.sheets[0].validations.push({ address: 'F2:F5', rule: {} });
    const result = await generateWorkbook(excel.run, supports, plan, { basis: { grid: checked, replan } });
    expect(result.note).toMatch(/era cambiata dopo il controllo/);
    const ob = wb.sheet('Obiettivi')!;
    expect(ob.at('F1')).toBeUndefined();
    expect(ob.at('G1')?.value).toBe('Valore raggiunto %');
    expect(ob.at('H1')?.value).toBe('Rispetto tempi %');
  });
});
