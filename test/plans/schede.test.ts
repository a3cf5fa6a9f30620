import { planSchede } from '../../src/core/plans/schede';
import { evaluate } from '../../src/core/rules';
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

  test('both verifiche side by side whenever their values exist, whichever verifica the build is for', () => {
    // Intermedio 50 of 100 (G 50), finale 80 of 100 (G 80); a Tempo row in days, Decrescente: 20
    // days against 30 → G = 100 × (2×30 − 20)/30 = 133,3 → 100; intermedio 45 days → 100 × (60 − 45)/30 = 50.
    const o = obiettivo({
      settore: 'FINANZIARIO',
      numero: 3,
      indicatori: [
        indicatore({ atteso: { v: 100 }, raggiuntoIntermedio: { v: 50 }, raggiunto: { v: 80 } }),
        indicatore({ gruppo: 'Tempo', descrizione: 'Tempo medio di pagamento (giorni)', atteso: { v: 30 }, direzione: 'decrescente', raggiuntoIntermedio: { v: 45 }, raggiunto: { v: 20 } }),
      ],
    });
    const values = (p: SheetPlan, label: string) => {
      const row = p.cells.find((c) => c.value?.t === 'text' && c.value.v === label)!.row;
      return p.cells.filter((c) => c.row === row && c.value?.t === 'number').map((c) => [c.col, Math.round((c.value as { v: number }).v * 1000) / 1000]);
    };
    for (const verifica of ['intermedia', 'finale', null] as const) {
      const a = analysis([o]);
      a.verifica = verifica;
      // The analysis' own results are the rules' (here for the build's verifica).
      a.obiettivi = evaluate(a.piano, { verifica }).obiettivi;
      const [p] = planSchede(a);
      expect(values(p, 'MEDIA VALORE RAGGIUNTO %')).toEqual([[5, 0.5], [12, 0.8]]);
      expect(values(p, 'MEDIA RISPETTO DEI TEMPI %')).toEqual([[5, 0.5], [12, 1]]);
      expect(texts(p)).toContain('VERIFICA FINALE AL 31/12/2021');
    }
  });

  test('no intermedio values: the intermedia column stays empty', () => {
    const o = obiettivo({ settore: 'FINANZIARIO', numero: 4, indicatori: [indicatore({ atteso: { v: 100 }, raggiunto: { v: 70 } })] });
    const a = analysis([o]);
    a.obiettivi = evaluate(a.piano, { verifica: null }).obiettivi;
    const [p] = planSchede(a);
    const row = p.cells.find((c) => c.value?.t === 'text' && c.value.v === 'MEDIA VALORE RAGGIUNTO %')!.row;
    expect(p.cells.filter((c) => c.row === row && c.value?.t === 'number').map((c) => c.col)).toEqual([12]);
  });

  test('no staff: blank rows to fill by hand and no 0,0% total', () => {
    const o = obiettivo({ settore: 'FINANZIARIO', numero: 5, indicatori: [indicatore()] });
    const [p] = planSchede(analysis([o]));
    const head = p.cells.find((c) => c.value?.t === 'text' && c.value.v === 'Cognome e Nome')!.row;
    const total = p.cells.find((c) => c.value?.t === 'text' && c.value.v === 'totale partecipazione agli obiettivi')!.row;
    expect(total - head - 1).toBe(4);
    for (let r = head + 1; r <= total; r++) {
      expect(p.cells.filter((c) => c.row === r && c.col >= 11 && c.value !== undefined)).toEqual([]);
      expect(p.cells.filter((c) => c.row === r && c.col === 2).every((c) => c.style === 'cell' || c.style === 'label')).toBe(true);
    }
  });

  test('a validated punteggio is shown beside the computed one, with the Nucleo note', () => {
    const o = obiettivo({ settore: 'FINANZIARIO', numero: 6, indicatori: [indicatore()], notaNucleo: 'Causa esterna documentata' });
    const a = analysis([o], { results: [result(o, { punteggio: 95, punteggioCalcolato: 90, punteggioValidato: 95 })] });
    const t = texts(planSchede(a)[0]).find((x) => x.startsWith("Punteggio dell'obiettivo"));
    expect(t).toBe("Punteggio dell'obiettivo (verifica finale): 95% — raggiunto. Calcolato 90%, validato dal Nucleo 95%: Causa esterna documentata");
  });

  test('a year with more schede than Excel keeps page breaks is split where they are made: 1,024 schede a sheet, each whole', () => {
    const many = Array.from({ length: 2100 }, (_, i) => obiettivo({ settore: 'FINANZIARIO', numero: i + 1, peso: 1, fasi: [fase(1, 'Fase', 'Entro marzo')], indicatori: [indicatore()] }));
    const sheets = planSchede(analysis(many));
    expect(sheets.map((s) => s.name)).toEqual(['Schede 2021', 'Schede 2021 – 2', 'Schede 2021 – 3']);
    expect(sheets.map((s) => s.pieceOf)).toEqual([0, 1, 2].map((index) => ({ name: 'Schede 2021', index, count: 3 })));
    // 1,024 schede → 1,023 breaks between them; the last sheet holds the other 52.
    expect(sheets.map((s) => s.print.rowBreaks?.length)).toEqual([1023, 1023, 51]);
    const numbers = sheets.map((s) => texts(s).filter((t) => /n° \d+/.test(t)).map((t) => Number(/n° (\d+)/.exec(t)![1])));
    expect(numbers.map((n) => [n[0], n[n.length - 1], n.length])).toEqual([[1, 1024, 1024], [1025, 2048, 1024], [2049, 2100, 52]]);
    // Each sheet starts at row 0 with a scheda's title, and a break falls right before each later title.
    for (const s of sheets) {
      const titleRows = s.cells.filter((c) => c.value?.t === 'text' && /n° \d+/.test(c.value.v)).map((c) => c.row);
      expect(titleRows[0]).toBe(0);
      expect(titleRows.slice(1)).toEqual(s.print.rowBreaks!.map((r) => r + 1));
    }
  });
});
