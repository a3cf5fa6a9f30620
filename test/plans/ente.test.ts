/**
 * The ENTE row counts each objective once (docs/regole.md, Settore and ente), on a Caluso-shaped
 * register: 29 objectives, 4 TUTTI worth 40 and six settori worth 60 each. Summing the settore rows
 * counts 25 + 6 × 4 = 49; the ente has 29. Every objective has a deadline met (Tempo, 100) and a
 * Quantità indicator at 80 of 100, so each objective has valore 80, tempi 100, punteggio 90, and
 * so does every settore and the ente.
 */
import { analyze } from '../../src/core/analyze';
import { planRiepilogo, RIEPILOGO_COLUMNS as C } from '../../src/core/plans/riepilogo';
import { CALUSO_SETTORI, calusoGrid } from '../fixtures/caluso';

function grid() {
  const g = calusoGrid();
  const ind = g.sheets.find((s) => s.name === 'Indicatori')!;
  for (const s of CALUSO_SETTORI) {
    s.pesi.forEach((_, i) => {
      ind.rows.push([{ v: 2021 }, { v: s.settore }, { v: i + 1 }, { v: 'Quantità' }, { v: 'Pratiche evase' }, { v: 100 }, { v: 80 }]);
    });
  }
  return g;
}

describe('the ente row on a Caluso-shaped register', () => {
  const g = grid();
  const a = analyze(g, { verifica: 'finale' });

  test('29 objectives once: 25 of the settori and 4 TUTTI, while the settore rows add up to 49', () => {
    expect(a.settori).toHaveLength(6);
    const sumOfRows = a.settori.reduce((n, s) => n + s.esiti.raggiunti + s.esiti.parziali + s.esiti.nonRaggiunti + s.esiti.daRilevare, 0);
    expect(sumOfRows).toBe(49);
    const [e] = a.ente;
    expect(e).toMatchObject({ anno: 2021, obiettivi: 29, obiettiviPropri: 25, obiettiviTutti: 4 });
    // Punteggio 90 = the soglia: every objective is raggiunto.
    expect(e.esiti).toEqual({ raggiunti: 29, parziali: 0, nonRaggiunti: 0, daRilevare: 0 });
  });

  test('the three percentages of the ente: 80, 100 and 90', () => {
    const [e] = a.ente;
    expect(e.valoreRaggiunto).toBeCloseTo(80, 2);
    expect(e.rispettoTempi).toBeCloseTo(100, 2);
    expect(e.punteggio).toBeCloseTo(90, 2);
  });

  test('the Riepilogo ENTE row shows them: 25 + 4 objectives, 29 raggiunti, 80,0% / 100,0% / 90,0%', () => {
    const { plan } = planRiepilogo(a, g);
    const label = plan.cells.find((c) => c.col === C.settore && c.value?.t === 'text' && c.value.v.startsWith('ENTE'))!;
    const at = (col: number) => plan.cells.find((c) => c.row === label.row && c.col === col)?.value;
    expect(at(C.propri)).toEqual({ t: 'number', v: 25 });
    expect(at(C.tutti)).toEqual({ t: 'number', v: 4 });
    expect(at(C.raggiunti)).toEqual({ t: 'number', v: 29 });
    expect(at(C.valore)).toEqual({ t: 'number', v: 0.8 });
    expect(at(C.tempi)).toEqual({ t: 'number', v: 1 });
    const score = at(C.punteggio);
    expect(score?.t === 'formula' && score.f.startsWith('=IFERROR(AVERAGE(') && Math.abs((score.result as number) - 0.9) < 1e-9).toBe(true);
    expect(plan.styles[plan.cells.find((c) => c.row === label.row && c.col === C.valore)!.style!].numberFormat).toBe('0.0%');
  });
});
