import { planSchede } from '../../src/core/plans/schede';
import type { SheetPlan } from '../../src/core/plans/types';
import { analysis, fase, indicatore, obiettivo, result, schedule } from './builders';

function texts(p: SheetPlan): string[] {
  return p.cells.flatMap((c) => (c.value?.t === 'text' ? [c.value.v] : []));
}

function sample() {
  const a = obiettivo({ settore: 'TUTTI', numero: 1, titolo: '=SOMMA(A1)', peso: 40, fasi: [fase(1, 'Prima', 'Entro marzo')], indicatori: [indicatore()] });
  const b = obiettivo({
    settore: 'FINANZIARIO',
    numero: 2,
    peso: 60,
    responsabile: 'DR. BERTOLDI',
    indicatori: [indicatore({ gruppo: 'Tempo', descrizione: 'Entro il', atteso: { v: new Date(Date.UTC(2021, 2, 15)), fmt: 'dd/mm/yyyy' }, raggiunto: null })],
    personale: [
      { categoria: 'D', nominativo: 'Rossi Maria', partecipazione: 30, source: { sheet: 'Personale', row: 2, cells: {} } },
      { categoria: 'C', nominativo: 'Verdi Luca', partecipazione: 20, source: { sheet: 'Personale', row: 3, cells: {} } },
    ],
  });
  const results = [
    result(a, { valoreRaggiunto: 80, rispettoTempi: 100, indicatori: [{ index: 0, fromFase: false, kind: 'numero', tempo: false, grado: 90, scostamento: -10, scostamentoUnita: '', stato: 'misurato' }], schedules: [schedule(['2021-01', '2021-02', '2021-03'], ['2021-03'])] }),
    result(b, { valoreRaggiunto: null, rispettoTempi: null, punteggio: null }),
  ];
  return analysis([b, a], { results: [results[1], results[0]], impostazioni: { ente: 'Comune di Prova' } });
}

describe('schede', () => {
  test('one sheet per year, TUTTI first, a page break after each scheda, portrait and fit to width', () => {
    const [p, ...rest] = planSchede(sample());
    expect(rest).toHaveLength(0);
    expect(p.name).toBe('Schede 2021');
    expect(p.print).toMatchObject({ orientation: 'portrait', fitToWidth: true });
    expect(p.print.rowBreaks).toHaveLength(1);
    const t = texts(p);
    const first = t.findIndex((x) => x.includes('n° 1'));
    const second = t.findIndex((x) => x.includes('n° 2'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(second);
    expect(t).toContain('Comune di Prova — ANNO 2021 - Obiettivo strategico n° 1');
    expect(t).toContain('PESO: 40');
    // The break sits between the two schede.
    const headerRow2 = p.cells.find((c) => c.value?.t === 'text' && c.value.v.includes('n° 2'))!.row;
    expect(p.print.rowBreaks![0]).toBe(headerRow2 - 1);
  });

  test('the classic sections are all there, with user text as text', () => {
    const [p] = planSchede(sample());
    const t = texts(p);
    for (const s of [
      'SETTORE', 'RESPONSABILE DI SERVIZIO', 'OBIETTIVO', 'Descrizione delle fasi di attuazione', 'INDICI DI RISULTATO',
      'Indici di Quantità', 'Indici di Tempo', 'Indici di Costo', 'Indici di Qualità', 'CRONOPROGRAMMA',
      'MEDIA VALORE RAGGIUNTO %', 'MEDIA RISPETTO DEI TEMPI %', "PERSONALE COINVOLTO NELL'OBIETTIVO", 'totale partecipazione agli obiettivi',
    ]) {
      expect(t).toContain(s);
    }
    expect(t).toContain('=SOMMA(A1)');
    expect(p.cells.some((c) => c.value?.t === 'formula')).toBe(false);
    expect(t).toContain('-10');
    // Personale total: 30 + 20 = 50%.
    expect(p.cells.some((c) => c.value?.t === 'number' && Math.abs(c.value.v - 0.5) < 1e-9 && c.style === 'pct')).toBe(true);
    // The deadline date kept as a date.
    expect(p.cells.some((c) => c.value?.t === 'date' && c.value.v === '2021-03-15')).toBe(true);
  });

  test('at the verifica intermedia the averages go in the intermedia column', () => {
    const a = sample();
    a.verifica = 'intermedia';
    const [p] = planSchede(a);
    const label = p.cells.filter((c) => c.value?.t === 'text' && c.value.v === 'MEDIA VALORE RAGGIUNTO %');
    const row = label[0].row;
    const values = p.cells.filter((c) => c.row === row && c.value?.t === 'number');
    expect(values.map((c) => c.col)).toEqual([5]);
  });
});
