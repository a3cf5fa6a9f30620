import type { Cell, WorkbookGrid } from '../../src/core/grid';
import type { SheetInfo } from '../../src/core/model';
import { planRiepilogo, RIEPILOGO_COLUMNS as C, RIEPILOGO_HEADER_ROW } from '../../src/core/plans/riepilogo';
import type { PlanValue } from '../../src/core/plans/types';
import { analysis, obiettivo, result, settore } from './builders';

const INFO: SheetInfo = { kind: 'obiettivi', name: 'Obiettivi 2021', headerRow: 0, lastRow: 4, columns: { anno: 0, settore: 1, numero: 2, peso: 3 }, width: 4 };

type Raw = [Cell['v'], Cell['v'], number, Cell['v'], string?];

/** A register grid and the matching analysis: rows are Anno, Settore, N., Peso (format). */
function setup(rows: Raw[], pesi: number[], anni: number[][]) {
  const grid: WorkbookGrid = {
    sheets: [
      {
        name: 'Obiettivi 2021',
        rows: [
          [{ v: 'Anno' }, { v: 'Settore' }, { v: 'N.' }, { v: 'Peso' }],
          ...rows.map((r) => [{ v: r[0] }, { v: r[1] }, { v: r[2] }, { v: r[3], ...(r[4] ? { fmt: r[4] } : {}) }]),
        ],
      },
    ],
  };
  const obiettivi = rows.map((r, i) =>
    obiettivo({
      settore: String(r[1]).trim(),
      numero: r[2],
      peso: pesi[i],
      anni: anni[i],
      source: { sheet: 'Obiettivi 2021', row: i + 2, cells: { peso: `D${i + 2}` } },
    }),
  );
  const a = analysis(obiettivi, { settori: [settore(2021, 'FINANZIARIO', { sommaPesi: pesi.reduce((x, y) => x + y, 0) })] });
  a.piano.sheets = [INFO];
  return { a, grid };
}

function weightCell(p: ReturnType<typeof planRiepilogo>['plan']): PlanValue | undefined {
  return p.cells.find((c) => c.col === C.pesi && c.value?.t === 'formula')?.value;
}

describe('riepilogo weight formula', () => {
  test('a clean register gets SUMIFS over the Anno, Settore and Peso columns, TUTTI spelled as written', () => {
    const { a, grid } = setup(
      [
        [2021, 'TUTTI', 1, 40],
        [2021, 'FINANZIARIO', 1, 60],
      ],
      [40, 60],
      [[2021], [2021]],
    );
    const r = planRiepilogo(a, grid);
    expect(r.weightKinds[0].kind).toBe('sumifs');
    const f = weightCell(r.plan);
    expect(f).toEqual({
      t: 'formula',
      f: "=SUMIFS('Obiettivi 2021'!$D:$D,'Obiettivi 2021'!$A:$A,2021,'Obiettivi 2021'!$B:$B,\"FINANZIARIO\")+SUMIFS('Obiettivi 2021'!$D:$D,'Obiettivi 2021'!$A:$A,2021,'Obiettivi 2021'!$B:$B,\"TUTTI\")",
      result: 100,
    });
    const status = r.plan.cells.find((c) => c.col === C.stato && c.value?.t === 'formula')!.value!;
    expect(status.t === 'formula' && status.f.startsWith('=IF(ABS(F6-100)<=0.01,"OK"')).toBe(true);
  });

  test('awkward rows: the formula adds the counted Peso cells, each converted as the core reads it', () => {
    const { a, grid } = setup(
      [
        [2021, 'TUTTI', 1, 0.4, '0%'],
        ['2021-2022', 'FINANZIARIO', 1, '30%'],
        [2021, 'FINANZIARIO ', 2, 30],
      ],
      [40, 30, 30],
      [[2021], [2021, 2022], [2021]],
    );
    const r = planRiepilogo(a, grid);
    expect(r.weightKinds[0].kind).toBe('celle');
    const f = weightCell(r.plan);
    // Own rows first (text peso, trailing space), then the TUTTI row stored as 0,4 with a % format.
    expect(f?.t === 'formula' && f.f).toBe(
      `=NUMBERVALUE(SUBSTITUTE('Obiettivi 2021'!$D$3,"%",""),",",".")+'Obiettivi 2021'!$D$4+'Obiettivi 2021'!$D$2*100`,
    );
  });

  test.each(['FINANZIARIO*', '=FINANZIARIO', '<>AREA', '> TECNICO'])(
    'a settore SUMIFS would read as a wildcard or a comparison (%s) never goes into a criterion',
    (name) => {
      const { a, grid } = setup(
        [
          [2021, name, 1, 50],
          [2021, name, 2, 50],
        ],
        [50, 50],
        [[2021], [2021]],
      );
      a.settori[0].settore = name;
      expect(planRiepilogo(a, grid).weightKinds[0].kind).toBe('celle');
    },
  );

  test('a row SUMIFS would also pick (same settore typed again with another peso) forces cell references', () => {
    const { a, grid } = setup(
      [
        [2021, 'FINANZIARIO', 1, 100],
        [2021, 'FINANZIARIO', 2, 'dieci'],
      ],
      [100, 0],
      [[2021], [2021]],
    );
    // The core ignores the unreadable peso (null): SUMIFS ignores text too, so it stays exact.
    a.piano.obiettivi[1].peso = null;
    a.settori[0].sommaPesi = 100;
    expect(planRiepilogo(a, grid).weightKinds[0].kind).toBe('sumifs');
    (grid.sheets[0].rows[2] as Cell[])[3] = { v: 7 };
    expect(planRiepilogo(a, grid).weightKinds[0].kind).toBe('celle');
  });

  test.each([
    ['2021', 'celle'],
    ['2020', 'sumifs'],
    [' 2021 ', 'celle'],
  ] as const)('an uncounted row with Anno written as text %j: SUMIFS may read it as the year, so %s', (anno, kind) => {
    const { a, grid } = setup(
      [
        [2021, 'FINANZIARIO', 1, 100],
        [anno, 'finanziario', 2, 5],
      ],
      [100, 5],
      [[2021], [2021]],
    );
    // The second row is not an objective the core counts (as if its Anno were unreadable).
    a.piano.obiettivi.pop();
    a.settori[0].sommaPesi = 100;
    expect(planRiepilogo(a, grid).weightKinds[0].kind).toBe(kind);
  });

  test('an uncounted row of another year or settore, or with a zero peso, leaves SUMIFS exact', () => {
    const { a, grid } = setup(
      [
        [2021, 'FINANZIARIO', 1, 100],
        [2022, 'FINANZIARIO', 2, 5],
        [2021, 'TECNICO', 1, 5],
        [2021, 'Finanziario', 3, 0],
      ],
      [100, 5, 5, 0],
      [[2021], [2022], [2021], [2021]],
    );
    a.piano.obiettivi.splice(1);
    a.settori[0].sommaPesi = 100;
    expect(planRiepilogo(a, grid).weightKinds[0].kind).toBe('sumifs');
  });

  test('settore names and responsabili are text values', () => {
    const { a, grid } = setup([[2021, '=FINANZIARIO', 1, 100]], [100], [[2021]]);
    a.settori[0].settore = '=FINANZIARIO';
    const p = planRiepilogo(a, grid).plan;
    expect(p.cells.find((c) => c.col === C.settore && c.row === RIEPILOGO_HEADER_ROW + 1)?.value).toEqual({ t: 'text', v: '=FINANZIARIO' });
  });
});

describe('riepilogo as a document the Nucleo signs', () => {
  const texts = (p: ReturnType<typeof planRiepilogo>['plan']) => p.cells.flatMap((c) => (c.value?.t === 'text' ? [c.value.v] : []));

  test('the header says the verifica, its date, the generation date and the SMVP rules; no rebuild note', () => {
    const a = analysis([obiettivo({ settore: 'FINANZIARIO', numero: 1, peso: 100 })], { settori: [settore(2021, 'FINANZIARIO')] });
    a.verifica = 'intermedia';
    a.piano.impostazioni = { ...a.piano.impostazioni, dataVerificaIntermedia: new Date(Date.UTC(2021, 6, 15)), soglia: 85, pesiTutti: 'quota', quotaTutti: 35 };
    const p = planRiepilogo(a, undefined, { generatoIl: new Date(Date.UTC(2022, 1, 3)) }).plan;
    const t = texts(p);
    expect(t).toContain('Verifica intermedia al 15/07/2021 — generato il 03/02/2022');
    const rules = t.find((x) => x.startsWith('Regole del Sistema di misurazione e valutazione (SMVP) applicate: '))!;
    expect(rules).toContain('soglia di raggiungimento 85%');
    expect(rules).toContain('obiettivi TUTTI come quota fissa del 35% del punteggio di ogni settore');
    expect(t.some((x) => /ricostruire|rigenerare/i.test(x))).toBe(false);
    expect(t).toEqual(expect.arrayContaining(['Il Nucleo di Valutazione', 'Presidente', 'Componente']));
  });

  test('punteggi are percentages (87,3%), and a validated plan shows the computed punteggio beside', () => {
    const o = obiettivo({ settore: 'FINANZIARIO', numero: 1, peso: 100 });
    const a = analysis([o], {
      results: [result(o, { punteggio: 90, punteggioCalcolato: 80, punteggioValidato: 90 })],
      settori: [settore(2021, 'FINANZIARIO', { punteggio: 87.25, punteggioCalcolato: 80 })],
    });
    const p = planRiepilogo(a).plan;
    const row = RIEPILOGO_HEADER_ROW + 1;
    const score = p.cells.find((c) => c.row === row && c.col === C.punteggio)!;
    expect(score.value).toEqual({ t: 'number', v: 0.8725 });
    expect(p.styles[score.style!].numberFormat).toBe('0.0%');
    const header = p.cells.find((c) => c.row === RIEPILOGO_HEADER_ROW && c.value?.t === 'text' && c.value.v.startsWith('Punteggio calcolato'))!;
    expect(p.cells.find((c) => c.row === row && c.col === header.col)?.value).toEqual({ t: 'number', v: 0.8 });
  });
});
