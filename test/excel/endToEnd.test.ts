/**
 * The adapter with the real core: a workbook in the fake Excel → grid (3 syncs) → analyze →
 * planBuild → applied back, chunked under the request limit, touching only what the plan owns.
 */
import { analyze } from '../../src/core/analyze';
import type { WorkbookGrid } from '../../src/core/grid';
import { planBuild } from '../../src/core/plans';
import { applyWorkbookPlan } from '../../src/excel/applyPlan';
import { readWorkbookGrid } from '../../src/excel/readGrid';
import { demoGrid } from '../../src/ui/preview/demoGrid';
import { FakeWorkbook, fakeExcel, REQUEST_LIMIT, supportsUpTo } from './fake/fakeExcel';

const supports = supportsUpTo('1.9');

function toFake(grid: WorkbookGrid): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const s of grid.sheets) {
    wb.addSheet(s.name, s.rows.map((r) => r.map((c) => (c ? { v: c.v, fmt: c.fmt } : null))));
  }
  return wb;
}

function userCells(wb: FakeWorkbook, sheet: string, skipCols: number[]) {
  const s = wb.sheet(sheet)!;
  return [...s.cells.entries()].filter(([k]) => !skipCols.includes(Number(k.split(',')[1]))).map(([k, v]) => `${k}=${JSON.stringify(v)}`).sort();
}

async function build(excel: ReturnType<typeof fakeExcel>) {
  const grid = await readWorkbookGrid(excel.run, supports);
  const analysis = analyze(grid, { verifica: 'finale' });
  const planned = planBuild(analysis, grid, {});
  return { grid, analysis, planned };
}

describe('end to end on the fake Excel', () => {
  it('reads, builds and writes the demo plan; a second build replaces instead of adding', async () => {
    const grid = demoGrid();
    // A user title that looks like a formula, typed as text (text format), as Excel keeps it.
    grid.sheets[0].rows[8][5] = { v: '=Carta d’identità elettronica', fmt: '@' };
    const wb = toFake(grid);
    const excel = fakeExcel(wb);
    const before = { ob: userCells(wb, 'Obiettivi', [7, 8]), fasi: userCells(wb, 'Fasi', []), ind: userCells(wb, 'Indicatori', [9]) };

    const first = await build(excel);
    expect(excel.syncs).toBe(3);
    expect(first.analysis.diagnostics.map((d) => d.code)).toContain('PESO_TOTALE');
    const syncsBefore = excel.syncs;
    const result = await applyWorkbookPlan(excel.run, supports, first.planned.plan);
    expect(result.created).toEqual(['Riepilogo', 'Cronoprogramma 2025', 'Schede 2025']);
    // One sync to look at the workbook, then the ~3,300 cells in as few requests as fit.
    expect(excel.syncs - syncsBefore).toBeLessThanOrEqual(3);
    for (const b of excel.payloads) expect(b).toBeLessThanOrEqual(REQUEST_LIMIT);

    for (const name of result.created) {
      for (const cell of wb.sheet(name)!.cells.values()) {
        if (cell.formula) expect(cell.formula).not.toMatch(/^=Carta/);
      }
    }
    const schede = [...wb.sheet('Schede 2025')!.cells.values()];
    expect(schede.some((c) => c.value === '=Carta d’identità elettronica' && c.numberFormat === '@')).toBe(true);

    expect(userCells(wb, 'Obiettivi', [7, 8])).toEqual(before.ob);
    expect(userCells(wb, 'Fasi', [])).toEqual(before.fasi);
    expect(userCells(wb, 'Indicatori', [9])).toEqual(before.ind);
    expect(wb.sheet('Obiettivi')!.at('H2')?.value).toBe('Valore raggiunto %');

    const second = await build(excel);
    expect(second.grid.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(['Riepilogo', 'Cronoprogramma 2025', 'Schede 2025']);
    const again = await applyWorkbookPlan(excel.run, supports, second.planned.plan);
    expect(again.created).toEqual([]);
    expect(again.replaced).toEqual(['Riepilogo', 'Cronoprogramma 2025', 'Schede 2025']);
    // One hidden marker per generated sheet: the old ones dropped, fresh ones recording kind and year.
    expect(wb.names.map((n) => [n.sheet, n.name.replace(/^_PEG_GEN_\d+_([a-z]+_\d+)_.*$/, '$1'), n.visible])).toEqual([
      ['Riepilogo', 'riepilogo_0', false],
      ['Cronoprogramma 2025', 'cronoprogramma_2025', false],
      ['Schede 2025', 'schede_2025', false],
    ]);
  });

  it('a 2,000-objective plan: check in 3 syncs, build chunked under 4 MB per request', async () => {
    const rows: unknown[][] = [['Anno', 'Settore', 'Responsabile', 'N.', 'Obiettivo', 'Peso']];
    const ind: unknown[][] = [['Anno', 'Settore', 'N.', 'Indicatore', 'Atteso', 'Raggiunto']];
    const fasi: unknown[][] = [['Anno', 'Settore', 'N.', 'Attività', 'Tempistica']];
    for (let s = 0; s < 100; s++) {
      for (let n = 1; n <= 20; n++) {
        rows.push([2025, `SETTORE ${s + 1}`, `Responsabile ${s + 1}`, n, `Obiettivo ${n} del settore ${s + 1}: miglioramento dei servizi`, 5]);
        ind.push([2025, `SETTORE ${s + 1}`, n, 'Pratiche evase', 100, 80 + (n % 30)]);
        fasi.push([2025, `SETTORE ${s + 1}`, n, 'Istruttoria', 'Da gennaio a giugno 2025']);
        fasi.push([2025, `SETTORE ${s + 1}`, n, 'Conclusione', 'Entro 31/12/2025']);
      }
    }
    const wb = new FakeWorkbook();
    wb.addSheet('Obiettivi', rows);
    wb.addSheet('Fasi', fasi);
    wb.addSheet('Indicatori', ind);
    const excel = fakeExcel(wb);
    const grid = await readWorkbookGrid(excel.run, supports);
    expect(excel.syncs).toBe(3);
    const analysis = analyze(grid, { verifica: 'finale' });
    // Schede (one printable sheet block per objective) are left out to keep the test quick: the
    // synthetic 2,000-objective plan of applyPlan.test.ts covers a plan of that size.
    const planned = planBuild(analysis, grid, {});
    expect(analysis.piano.obiettivi).toHaveLength(2000);
    const start = excel.syncs;
    const progress: string[] = [];
    await applyWorkbookPlan(excel.run, supports, planned.plan, { onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    const writes = excel.payloads.slice(excel.payloads.length - (excel.syncs - start));
    for (const b of writes) expect(b).toBeLessThanOrEqual(REQUEST_LIMIT);
    expect(writes.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(`${writes.length - 1}/${writes.length - 1}`);
    // For the report: requests and their sizes.
    console.log(`2.000 obiettivi: ${writes.length} richieste, max ${(Math.max(...writes) / 1048576).toFixed(2)} MB`);
  }, 180_000);
});
