import type { WorkbookGrid } from '../../src/core/grid';
import { assignNames, planBuild } from '../../src/core/plans/build';
import type { SheetPlan } from '../../src/core/plans/types';
import { analysis, obiettivo } from './builders';

function plan(name: string): SheetPlan {
  return { name, kind: 'riepilogo', replaces: null, cells: [], styles: {}, merges: [], columnWidths: [], rowHeights: [], print: { orientation: 'portrait', paper: 'A4', fitToWidth: true }, validations: [], conditionalFormats: [] };
}

describe('naming against the workbook', () => {
  test('a generated sheet is replaced, a user sheet is never: the new one takes (2), and keeps it next time', () => {
    const p1 = [plan('Riepilogo'), plan('Schede 2021')];
    assignNames(p1, [
      { name: 'RIEPILOGO', generated: false },
      { name: 'Schede 2021', generated: true },
    ]);
    expect(p1.map((p) => [p.name, p.replaces])).toEqual([
      ['Riepilogo (2)', null],
      ['Schede 2021', 'Schede 2021'],
    ]);
    const p2 = [plan('Riepilogo')];
    assignNames(p2, [
      { name: 'RIEPILOGO', generated: false },
      { name: 'Riepilogo (2)', generated: true },
    ]);
    expect(p2.map((p) => [p.name, p.replaces])).toEqual([['Riepilogo (2)', 'Riepilogo (2)']]);
  });

  test('generated sheets no longer wanted are removed, only for the parts being rebuilt', () => {
    const a = analysis([obiettivo({ settore: 'FINANZIARIO', numero: 1, peso: 100 })]);
    const grid: WorkbookGrid = {
      sheets: [
        { name: 'Obiettivi', rows: [] },
        { name: 'Cronoprogramma 2020', rows: [], generated: true },
        { name: 'Schede 2020', rows: [], generated: true },
        { name: 'Cronoprogramma 2019', rows: [] },
      ],
    };
    const only = planBuild(a, grid, { only: ['cronoprogramma'] });
    expect(only.plan.removeSheets).toEqual(['Cronoprogramma 2020']);
    expect(only.plan.columnWrites).toEqual([]);
    const all = planBuild(a, grid);
    expect(all.plan.removeSheets.sort()).toEqual(['Cronoprogramma 2020', 'Schede 2020']);
    expect(all.sheets.map((s) => s.name)).toEqual(['Riepilogo', 'Cronoprogramma 2021', 'Schede 2021']);
  });
});
