import type { WorkbookGrid } from '../../src/core/grid';
import { planColumns } from '../../src/core/plans/columns';
import { analysis, indicatore, obiettivo, result } from './builders';

function setup(columns: Record<string, number>) {
  const o1 = obiettivo({ settore: 'FINANZIARIO', numero: 1, source: { sheet: 'Obiettivi', row: 2, cells: {} }, indicatori: [indicatore({ source: { sheet: 'Indicatori', row: 5, cells: {} } })] });
  const o2 = obiettivo({ settore: 'FINANZIARIO', numero: 2, source: { sheet: 'Obiettivi', row: 3, cells: {} } });
  const a = analysis([o1, o2], {
    results: [
      result(o1, { valoreRaggiunto: 87.5, rispettoTempi: null, indicatori: [{ index: 0, fromFase: false, kind: 'numero', tempo: false, grado: 90, scostamento: -10, scostamentoUnita: 'punti %', stato: 'misurato' }] }),
      result(o2, { valoreRaggiunto: 50, rispettoTempi: 100 }),
    ],
  });
  a.piano.sheets = [
    { kind: 'obiettivi', name: 'Obiettivi', headerRow: 0, lastRow: 2, columns, width: 6 },
    { kind: 'indicatori', name: 'Indicatori', headerRow: 3, lastRow: 4, columns: {}, width: 8 },
  ];
  return a;
}

describe('computed columns', () => {
  test('appended after the last header when missing; values as fractions with a % format', () => {
    const w = planColumns(setup({ settore: 0, numero: 1, peso: 2 }));
    expect(w.map((x) => [x.sheet, x.col, x.header, x.appended, x.headerRow])).toEqual([
      ['Obiettivi', 6, 'Valore raggiunto %', true, 0],
      ['Obiettivi', 7, 'Rispetto tempi %', true, 0],
      ['Indicatori', 8, 'Scostamento', true, 3],
    ]);
    expect(w[0].cells).toEqual([
      { row: 1, value: { t: 'number', v: 0.875 } },
      { row: 2, value: { t: 'number', v: 0.5 } },
    ]);
    expect(w[1].cells[0]).toEqual({ row: 1, value: null });
    expect(w[2].cells).toEqual([{ row: 4, value: { t: 'number', v: -10 }, numberFormat: '[=-1]"-1 punto %";[<0]-0.0#" punti %";0" punti %"' }]);
  });

  test('a scostamento\'s format follows the sign of its value: one step singular, two conditions at most', () => {
    const formatOf = (scostamento: number, scostamentoUnita: string) => {
      const a = setup({ settore: 0, numero: 1, peso: 2 });
      a.obiettivi[0].indicatori[0] = { ...a.obiettivi[0].indicatori[0], scostamento, scostamentoUnita };
      return planColumns(a)[2].cells[0].numberFormat;
    };
    expect(formatOf(-1, 'livelli')).toBe('[=-1]"-1 livello";[<0]-0" livelli";0" livelli"');
    expect(formatOf(-3, 'livelli')).toBe('[=-1]"-1 livello";[<0]-0" livelli";0" livelli"');
    expect(formatOf(1, 'giorni')).toBe('[=1]"+1 giorno";[>0]+0" giorni";0" giorni"');
    expect(formatOf(0, 'giorni')).toBe('[=1]"+1 giorno";[>0]+0" giorni";0" giorni"');
    // A plain number has no unit: the column's format.
    expect(formatOf(4, '')).toBeUndefined();
  });

  test('updated where present; a user formula in the column is left alone', () => {
    const grid: WorkbookGrid = { sheets: [{ name: 'Obiettivi', rows: [[], [null, null, null, { v: 1, formula: true }]] }] };
    const w = planColumns(setup({ settore: 0, numero: 1, peso: 2, valoreRaggiunto: 3, rispettoTempi: 4 }), grid);
    expect(w[0]).toMatchObject({ col: 3, appended: false });
    expect(w[0].cells.map((c) => c.row)).toEqual([2]);
    expect(w[1]).toMatchObject({ col: 4, appended: false });
  });
});
