import { planCronoprogramma, DEADLINE_MARK } from '../../src/core/plans/cronoprogramma';
import { isValidSheetName } from '../../src/core/plans/sheetNames';
import type { PlanCell, SheetPlan } from '../../src/core/plans/types';
import { analysis, fase, obiettivo, result, schedule } from './builders';

const LONG = "SETTORE TECNICO MANUTENTIVO, PATRIMONIO, AMBIENTE ED ATTIVITA' PRODUTTIVE";

function textAt(p: SheetPlan, row: number, col: number): string | undefined {
  const c = p.cells.find((x) => x.row === row && x.col === col && x.value);
  return c?.value?.t === 'text' ? c.value.v : undefined;
}

function rowOf(p: SheetPlan, text: string): number {
  const c = p.cells.find((x) => x.value?.t === 'text' && x.value.v === text);
  if (!c) throw new Error(`not found: ${text}`);
  return c.row;
}

function monthCells(p: SheetPlan, row: number): PlanCell[] {
  return p.cells.filter((c) => c.row === row && c.col >= 3 && c.col < 15);
}

function sample() {
  const tutti = obiettivo({ settore: 'TUTTI', numero: 1, titolo: '=Trasparenza', fasi: [fase(1, 'Pubblicazioni', 'Da gennaio a marzo 2021')] });
  const fin = obiettivo({
    settore: 'FINANZIARIO',
    numero: 1,
    peso: 60,
    fasi: [fase(1, 'Proposta', 'Entro il 15/03/2021'), fase(2, 'Controllo', 'trimestrale'), fase(3, 'Chiusura', 'Da novembre 2021 a febbraio 2022')],
  });
  const tec = obiettivo({ settore: LONG, numero: 1, peso: 60, fasi: [fase(1, 'Lavori', 'Entro giugno')] });
  const results = [
    result(tutti, { schedules: [schedule(['2021-01', '2021-02', '2021-03'])] }),
    result(fin, {
      schedules: [
        schedule(['2021-03'], ['2021-03'], { outOfOrder: true }),
        schedule([]),
        schedule(['2021-11', '2021-12', '2022-01', '2022-02'], ['2022-02']),
      ],
    }),
    result(tec, { schedules: [schedule(['2021-06'], ['2021-06'])] }),
  ];
  return analysis([tutti, fin, tec], { results });
}

describe('cronoprogramma', () => {
  test('one sheet per year with TUTTI in their own block, months filled and deadlines marked', () => {
    const [p] = planCronoprogramma(sample());
    expect(p.name).toBe('Cronoprogramma 2021');
    // TUTTI block first, shown once.
    const tuttiBlock = rowOf(p, 'OBIETTIVI TRASVERSALI — assegnati a tutti i settori');
    expect(tuttiBlock).toBeLessThan(rowOf(p, 'FINANZIARIO'));
    expect(p.cells.filter((c) => c.value?.t === 'text' && c.value.v === '=Trasparenza')).toHaveLength(1);
    const pubb = rowOf(p, 'Pubblicazioni');
    expect(monthCells(p, pubb).filter((c) => c.style === 'monthOn').map((c) => c.col)).toEqual([3, 4, 5]);
    const proposta = rowOf(p, 'Proposta');
    const mar = monthCells(p, proposta).find((c) => c.col === 5)!;
    expect(mar.value).toEqual({ t: 'text', v: DEADLINE_MARK });
    expect(textAt(p, proposta, 15)).toContain('fuori ordine');
    const controllo = rowOf(p, 'Controllo');
    expect(textAt(p, controllo, 15)).toContain('«trimestrale»');
    expect(monthCells(p, controllo).every((c) => c.style === 'month')).toBe(true);
    // Months of another year are not shown; the note says so.
    const chiusura = rowOf(p, 'Chiusura');
    expect(monthCells(p, chiusura).filter((c) => c.style !== 'month').map((c) => c.col)).toEqual([13, 14]);
    expect(textAt(p, chiusura, 15)).toContain('2022');
    expect(p.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, titleRows: { from: 0, to: 3 } });
    expect(p.freeze).toEqual({ rows: 4, cols: 2 });
  });

  test('a phase spanning two years shows up on both year sheets only when the objective counts in both', () => {
    const a = sample();
    a.piano.obiettivi[1].anni = [2021, 2022];
    const sheets = planCronoprogramma(a);
    expect(sheets.map((s) => s.name)).toEqual(['Cronoprogramma 2021', 'Cronoprogramma 2022']);
    const p22 = sheets[1];
    const chiusura = rowOf(p22, 'Chiusura');
    expect(monthCells(p22, chiusura).filter((c) => c.style !== 'month').map((c) => c.col)).toEqual([3, 4]);
  });

  test('fogli mode: one valid sheet per settore, each opening with the TUTTI objectives', () => {
    const sheets = planCronoprogramma(sample(), { mode: 'fogli' });
    expect(sheets.map((s) => s.name)).toEqual(['Crono 2021 FINANZIARIO', 'Crono 2021 TECNICO MANUTENTIVO']);
    for (const s of sheets) {
      expect(isValidSheetName(s.name)).toBe(true);
      expect(s.cells.some((c) => c.value?.t === 'text' && c.value.v === '=Trasparenza')).toBe(true);
    }
  });

  test('user text is always a text value, never a formula', () => {
    const [p] = planCronoprogramma(sample());
    expect(p.cells.some((c) => c.value?.t === 'formula')).toBe(false);
  });
});
