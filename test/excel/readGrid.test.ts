import { readWorkbookGrid, rowChunks } from '../../src/excel/readGrid';
import { FakeWorkbook, fakeExcel, RESPONSE_LIMIT, supportsUpTo } from './fake/fakeExcel';

function seeded() {
  const wb = new FakeWorkbook();
  wb.addSheet('Obiettivi', [
    ['Comune di Prova'],
    [],
    ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso', 'Scadenza'],
    [2025, 'FINANZIARIO', 1, 'Bilancio', { v: 0.4, fmt: '0%' }, { v: 45838, fmt: 'dd/mm/yyyy' }],
    [2025, 'FINANZIARIO', 2, { error: '#REF!' }, { v: 60, f: '=100-40' }, null],
  ]);
  const shifted = wb.addSheet('Indicatori');
  shifted.cells.set(shifted.key(3, 2), { value: 'Atteso' });
  shifted.cells.set(shifted.key(4, 3), { value: 'SI' });
  wb.addSheet('Vuoto');
  wb.addSheet('Cronoprogramma', [['generato']]);
  wb.addMarker('_PEG_GEN_1', 'Cronoprogramma');
  return wb;
}

describe('readWorkbookGrid', () => {
  it('reads every sheet in three syncs: sheets and names, sizes, cells', async () => {
    const excel = fakeExcel(seeded());
    const grid = await readWorkbookGrid(excel.run, supportsUpTo('1.9'), { Soglia: '80' });
    expect(excel.syncs).toBe(3);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Indicatori', 'Vuoto', 'Cronoprogramma']);
    expect(grid.settings).toEqual({ Soglia: '80' });
  });

  it('keeps numbers with their formats, errors as {error}, formulas flagged', async () => {
    const grid = await readWorkbookGrid(fakeExcel(seeded()).run, supportsUpTo('1.9'));
    const ob = grid.sheets[0];
    expect(ob.rows[0][0]).toEqual({ v: 'Comune di Prova' });
    expect(ob.rows[1]).toEqual([]);
    expect(ob.rows[3][4]).toEqual({ v: 0.4, fmt: '0%' });
    expect(ob.rows[3][5]).toEqual({ v: 45838, fmt: 'dd/mm/yyyy' });
    expect(ob.rows[4][3]).toEqual({ v: { error: '#REF!' } });
    expect(ob.rows[4][4]).toEqual({ v: 60, formula: true });
    expect(ob.rows[4]).toHaveLength(5);
  });

  it('places a used range that does not start at A1 where it is', async () => {
    const grid = await readWorkbookGrid(fakeExcel(seeded()).run, supportsUpTo('1.9'));
    const ind = grid.sheets[1];
    expect(ind.rows).toHaveLength(5);
    expect(ind.rows[3][2]).toEqual({ v: 'Atteso' });
    expect(ind.rows[3][0]).toBeNull();
    expect(ind.rows[4][3]).toEqual({ v: 'SI' });
  });

  it('marks generated sheets and does not load them; empty sheets have no rows', async () => {
    const excel = fakeExcel(seeded());
    const grid = await readWorkbookGrid(excel.run, supportsUpTo('1.9'));
    expect(grid.sheets[3]).toEqual({ name: 'Cronoprogramma', rows: [], generated: true });
    expect(grid.sheets[2]).toEqual({ name: 'Vuoto', rows: [] });
  });

  it('reads merged areas when ExcelApi 1.13 is there, still in three syncs', async () => {
    const wb = seeded();
    wb.sheets[0].merges.push('A1:F1');
    const excel = fakeExcel(wb);
    const grid = await readWorkbookGrid(excel.run, supportsUpTo('1.13'));
    expect(grid.sheets[0].merges).toEqual(['A1:F1']);
    expect(excel.syncs).toBe(3);
  });

  it('reads each merged area by its own address, where Excel gives only top-left cells in the joined one', async () => {
    const wb = seeded();
    wb.sheets[0].merges.push('A1:F1', 'B3:C4');
    wb.mergedAddressTopLeftOnly = true;
    const grid = await readWorkbookGrid(fakeExcel(wb).run, supportsUpTo('1.13'));
    expect(grid.sheets[0].merges).toEqual(['A1:F1', 'B3:C4']);
  });

  it('the fake refuses a read before load, like Office.js', async () => {
    const excel = fakeExcel(seeded());
    await expect(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Obiettivi');
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('address');
        await ctx.sync();
        expect(used.address).toBe('Obiettivi!A1:F5');
        return used.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });
});

describe('reads under Excel on the web’s 5 MB response limit', () => {
  it('a sheet of long texts Excel refuses to send at once is read again in smaller chunks', async () => {
    const wb = new FakeWorkbook();
    const text = (r: number, c: number) => `${r}-${c} ` + 'x'.repeat(1500);
    wb.addSheet('Obiettivi', Array.from({ length: 2000 }, (_, r) => [text(r, 0), text(r, 1), text(r, 2)]));
    const excel = fakeExcel(wb);
    const grid = await readWorkbookGrid(excel.run, supportsUpTo('1.9'));
    // About 9 MB of text: one refusal at least, then chunks that fit.
    expect(excel.syncs).toBeGreaterThan(4);
    expect(Math.max(...excel.responses.filter((b) => b <= RESPONSE_LIMIT))).toBeGreaterThan(1024 * 1024);
    const rows = grid.sheets[0].rows;
    expect(rows).toHaveLength(2000);
    expect(rows[1999][2]).toEqual({ v: text(1999, 2) });
    expect(rows[0][0]).toEqual({ v: text(0, 0) });
  });
});

describe('row chunks', () => {
  it('never ask Excel for more than 5 million cells at once, whatever the budget', () => {
    const chunks = rowChunks(0, { row: 0, col: 0, rows: 1_048_576, cols: 16_384 }, Number.MAX_SAFE_INTEGER);
    for (const c of chunks) expect(c.rows * c.cols).toBeLessThanOrEqual(5_000_000);
    expect(chunks.reduce((n, c) => n + c.rows, 0)).toBe(1_048_576);
    expect(chunks[0]).toMatchObject({ row: 0, col: 0, cols: 16_384 });
  });
});
