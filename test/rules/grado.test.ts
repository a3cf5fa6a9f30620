/** The grado G of one indicator, row by row of the table in docs/regole.md#grado-di-raggiungimento-di-un-indicatore; every number by hand. */
import { day, type IndicatoreIn, pct } from './builders';
import { codes, one, type OneOptions } from './helpers';

function grado(ind: IndicatoreIn, opts: OneOptions = {}) {
  return one(ind, opts).r;
}

describe('numbers and percentages, Direzione crescente', () => {
  test.each<[string, IndicatoreIn, number, number, string]>([
    ['90 su 100', { atteso: 100, raggiunto: 90 }, 90, -10, ''],
    ['testo italiano 7 su 10,5', { atteso: '10,5', raggiunto: '7' }, 66.67, -3.5, ''],
    ['percentuali scritte', { atteso: '95%', raggiunto: '90%' }, 94.74, -5, 'punti %'],
    ['percentuali formattate', { atteso: pct(0.95), raggiunto: pct(0.9) }, 94.74, -5, 'punti %'],
    ['numero con unità', { atteso: '3 interventi', raggiunto: '2 interventi', gruppo: 'Quantità' }, 66.67, -1, ''],
    ['oltre il target: limitato a 100', { atteso: 80, raggiunto: 100 }, 100, 20, ''],
    ['T = 0 e A ≥ 0', { atteso: 0, raggiunto: 3 }, 100, 3, ''],
    ['T = 0 e A < 0', { atteso: 0, raggiunto: -1 }, 0, -1, ''],
  ])('%s', (_name, ind, g, scost, unit) => {
    const r = grado(ind);
    expect(r.stato).toBe('misurato');
    expect(r.grado).toBeCloseTo(g, 2);
    expect(r.scostamento).toBeCloseTo(scost, 2);
    expect(r.scostamentoUnita).toBe(unit);
    expect(r.tempo).toBe(false);
    expect(r.scostamentoPct).toBeCloseTo(g - 100, 2);
  });

  test('kinds: numero and percentuale', () => {
    expect(grado({ atteso: 100, raggiunto: 90 }).kind).toBe('numero');
    expect(grado({ atteso: '95%', raggiunto: '90%' }).kind).toBe('percentuale');
  });

  test('a Tempo row with a numeric target is measured as a number and still counts in rispetto dei tempi', () => {
    const r = grado({ atteso: '3 interventi', raggiunto: 3, gruppo: 'Tempo' });
    expect(r.kind).toBe('numero');
    expect(r.tempo).toBe(true);
  });

  test('Consenti oltre 100 keeps G above 100', () => {
    expect(grado({ atteso: 80, raggiunto: 100 }, { imp: { consentiOltre100: true } }).grado).toBeCloseTo(125, 2);
  });
});

describe('numbers, Direzione decrescente: 100 × (2T − A) / T', () => {
  test.each<[string, IndicatoreIn, number, number]>([
    ['12 su 10', { atteso: 10, raggiunto: 12 }, 80, 2],
    ['8 su 10: meglio del target, limitato', { atteso: 10, raggiunto: 8 }, 100, -2],
    ['25 su 10: sotto zero, limitato a 0', { atteso: 10, raggiunto: 25 }, 0, 15],
    ['T = 0 e A ≤ 0', { atteso: 0, raggiunto: -2 }, 100, -2],
    ['T = 0 e A > 0', { atteso: 0, raggiunto: 1 }, 0, 1],
    ['T negativo (-5 giorni), A = -2,5', { atteso: -5, raggiunto: '-2,5' }, 50, 2.5],
    ['T negativo, A = 0', { atteso: -5, raggiunto: 0 }, 0, 5],
  ])('%s', (_name, ind, g, scost) => {
    const r = grado({ ...ind, direzione: 'decrescente' });
    expect(r.grado).toBeCloseTo(g, 2);
    expect(r.scostamento).toBeCloseTo(scost, 2);
  });

  test('Consenti oltre 100: 8 su 10 gives 120, but never below 0', () => {
    const imp = { consentiOltre100: true };
    expect(grado({ atteso: 10, raggiunto: 8, direzione: 'decrescente' }, { imp }).grado).toBeCloseTo(120, 2);
    expect(grado({ atteso: 10, raggiunto: 25, direzione: 'decrescente' }, { imp }).grado).toBe(0);
  });
});

describe('dates and months (deadlines)', () => {
  test.each<[string, IndicatoreIn, OneOptions, number, number]>([
    ['in tempo, stesso giorno', { atteso: '30/06/2025', raggiunto: day(2025, 6, 30) }, {}, 100, 0],
    ['in anticipo', { atteso: '30/06/2025', raggiunto: day(2025, 6, 20) }, {}, 100, -10],
    ['in ritardo, penalità 100 (default): 0', { atteso: '30/06/2025', raggiunto: day(2025, 7, 2) }, {}, 0, 2],
    ['in ritardo di 2 giorni, penalità 10', { atteso: '30/06/2025', raggiunto: day(2025, 7, 2) }, { imp: { penalitaGiorno: 10 } }, 80, 2],
    ['in ritardo di 150 giorni, penalità 1: 0', { atteso: '30/06/2025', raggiunto: day(2025, 11, 27) }, { imp: { penalitaGiorno: 1 } }, 0, 150],
    ['data senza anno: anno dell\'obiettivo', { atteso: '30-giu', raggiunto: day(2025, 7, 5) }, { imp: { penalitaGiorno: 2 } }, 90, 5],
    ['mese: il suo ultimo giorno', { atteso: 'giugno', raggiunto: '30/06/2025' }, {}, 100, 0],
    ['mese, un giorno dopo', { atteso: 'giugno', raggiunto: '01/07/2025' }, { imp: { penalitaGiorno: 5 } }, 95, 1],
    ['mese con anno', { atteso: 'dicembre 2025', raggiunto: day(2025, 12, 31) }, {}, 100, 0],
    ['celle data di Excel (seriale formattato)', { atteso: { v: 45838, fmt: 'dd/mm/yyyy' }, raggiunto: { v: 45839, fmt: 'dd/mm/yyyy' } }, { imp: { penalitaGiorno: 50 } }, 50, 1],
    ['seriale senza formato come raggiunto', { atteso: '30/06/2025', raggiunto: 45838 }, {}, 100, 0],
    ['data con il punto 31.12', { atteso: '31.12', raggiunto: day(2025, 12, 15) }, {}, 100, -16],
  ])('%s', (_name, ind, opts, g, days) => {
    const r = grado(ind, opts);
    expect(r.kind).toBe('data');
    expect(r.tempo).toBe(true);
    expect(r.grado).toBeCloseTo(g, 2);
    expect(r.scostamento).toBe(days);
    expect(r.scostamentoUnita).toBe('giorni');
  });

  test('multi-year objective: a date without year takes the first year', () => {
    // 31/03/2025 → 31/03/2026 is 365 days late; 100 − 365 × 0,1 = 63,5.
    const r = grado({ atteso: '31/03', raggiunto: day(2026, 3, 31) }, { anni: [2025, 2026, 2027], imp: { penalitaGiorno: 0.1 } });
    expect(r.scostamento).toBe(365);
    expect(r.grado).toBeCloseTo(63.5, 2);
  });

  test('a date target is a time indicator whatever its group', () => {
    expect(grado({ atteso: '31/12/2025', raggiunto: day(2025, 12, 1), gruppo: 'Quantità' }).tempo).toBe(true);
  });

  test('Consenti oltre 100 does not reward earliness', () => {
    expect(grado({ atteso: '30/06/2025', raggiunto: day(2025, 1, 1) }, { imp: { consentiOltre100: true } }).grado).toBe(100);
  });
});

describe('levels of the qualitative scale', () => {
  test.each<[string, IndicatoreIn, number, number]>([
    ['Ottimo atteso, buona raggiunta: 4/6', { atteso: 'Ottimo', raggiunto: 'buona' }, 66.67, -2],
    ['distinto atteso, Ottima raggiunta', { atteso: 'distinto', raggiunto: 'Ottima' }, 100, 1],
    ['Buoni attesi, sufficienti: 2/4', { atteso: 'Buoni', raggiunto: 'sufficienti' }, 50, -2],
    ['uguale', { atteso: 'DISCRETO', raggiunto: 'discreta' }, 100, 0],
    ['insufficiente su distinti: 1/5', { atteso: 'distinti', raggiunto: 'Insufficiente' }, 20, -4],
  ])('%s', (_name, ind, g, levels) => {
    const r = grado(ind);
    expect(r.kind).toBe('livello');
    expect(r.grado).toBeCloseTo(g, 2);
    expect(r.scostamento).toBe(levels);
    expect(r.scostamentoUnita).toBe('livelli');
  });

  test('the scale comes from Impostazioni', () => {
    const r = grado({ atteso: 'alta', raggiunto: 'Medio' }, { imp: { scala: ['Basso', 'Medio', 'Alto'] } });
    expect(r.kind).toBe('livello');
    expect(r.grado).toBeCloseTo(66.67, 2);
    // With the default scale `alta` is no level: it is free text, and `Medio` no answer.
    expect(grado({ atteso: 'alta', raggiunto: 'Medio' }).stato).toBe('non_misurabile');
  });
});

describe('SI and text targets', () => {
  test.each<[string, IndicatoreIn['raggiunto'], number]>([
    ['Sì', 'Sì', 100],
    ['SI', 'SI', 100],
    ['Fatto', 'Fatto', 100],
    ['Raggiunto', 'raggiunto', 100],
    ['vero (booleano)', true, 100],
    ['NO', 'NO', 0],
    ['Non raggiunto', 'Non raggiunto', 0],
    ['80%', '80%', 80],
    ['75', 75, 75],
    ['60% formattato', pct(0.6), 60],
  ])('SI atteso, %s raggiunto', (_name, a, g) => {
    const r = grado({ atteso: 'SI', raggiunto: a });
    expect(r.kind).toBe('sino');
    expect(r.grado).toBeCloseTo(g, 2);
    expect(r.scostamento).toBeCloseTo(g - 100, 2);
  });

  test('a free-text target is read through the answer', () => {
    const r = grado({ atteso: 'Approvazione del regolamento', raggiunto: 'Fatto' });
    expect(r.kind).toBe('testo');
    expect(r.grado).toBe(100);
  });

  test('a deliverable that mentions a frequency is still measurable; a frequency is not', () => {
    expect(grado({ atteso: 'Relazione annuale', raggiunto: 'Fatta' }).grado).toBe(100);
    expect(grado({ atteso: 'ogni mese', raggiunto: 'Fatto' }).stato).toBe('non_misurabile');
  });

  test('NO as target: NO is the good answer', () => {
    expect(grado({ atteso: 'NO', raggiunto: 'no' }).grado).toBe(100);
    expect(grado({ atteso: 'NO', raggiunto: 'Sì' }).grado).toBe(0);
  });

  test('an answer that is no yes/no/number is not measurable, pointing at the raggiunto cell', () => {
    const { r, ev } = one({ atteso: 'SI', raggiunto: 'forse' });
    expect(r.stato).toBe('non_misurabile');
    expect(r.grado).toBeNull();
    const [d] = codes(ev, 'INDICATORE_NON_MISURABILE');
    expect(d.severity).toBe('warning');
    expect(d.sheet).toBe('Indicatori');
    expect(d.cell).toMatch(/^H\d+$/);
    expect(d.params).toMatchObject({ dettaglio: expect.stringContaining('«forse»') });
  });

  test('a number over 100 is no answer to a SI target', () => {
    expect(grado({ atteso: 'SI', raggiunto: 150 }).stato).toBe('non_misurabile');
  });
});

describe('not measured and not measurable', () => {
  test('empty raggiunto: da rilevare, left out, no warning without a verifica', () => {
    const { r, ev } = one({ atteso: 100, raggiunto: null });
    expect(r.stato).toBe('da_rilevare');
    expect(r.grado).toBeNull();
    expect(r.kind).toBe('numero');
    expect(ev.obiettivi[0].punteggio).toBeNull();
    expect(ev.obiettivi[0].classificazione).toBe('da_rilevare');
    expect(codes(ev, 'RAGGIUNTO_MANCANTE')).toHaveLength(0);
  });

  test('a blank text raggiunto is empty too', () => {
    expect(grado({ atteso: 100, raggiunto: '   ' }).stato).toBe('da_rilevare');
  });

  test('trimestrale as target: not measurable whatever the raggiunto, warning on the atteso cell', () => {
    for (const a of ['Fatto', 'trimestrale', null]) {
      const { r, ev } = one({ atteso: 'trimestrale', raggiunto: a });
      expect(r.stato).toBe('non_misurabile');
      expect(r.kind).toBeNull();
      const ds = codes(ev, 'INDICATORE_NON_MISURABILE');
      expect(ds).toHaveLength(1);
      expect(ds[0].cell).toMatch(/^E\d+$/);
      expect(ds[0].params).toMatchObject({ dettaglio: expect.stringContaining('«trimestrale»') });
    }
  });

  test('a number raggiunto for a date target is not measurable', () => {
    expect(grado({ atteso: '30/06/2025', raggiunto: 'Buono' }).stato).toBe('non_misurabile');
    expect(grado({ atteso: 100, raggiunto: '30/06/2025' }).stato).toBe('non_misurabile');
  });

  test('an Excel error in the raggiunto is not measurable and said so', () => {
    const { r, ev } = one({ atteso: 100, raggiunto: { error: '#DIV/0!' } });
    expect(r.stato).toBe('non_misurabile');
    expect(codes(ev, 'INDICATORE_NON_MISURABILE')[0].params).toMatchObject({ dettaglio: expect.stringContaining('#DIV/0!') });
  });
});

describe('which measured value', () => {
  const ind: IndicatoreIn = { atteso: 100, intermedio: 40, raggiunto: 90 };
  test('finale (and no verifica) read Raggiunto, intermedia reads Raggiunto intermedio', () => {
    expect(grado(ind).grado).toBe(90);
    expect(grado(ind, { verifica: 'finale' }).grado).toBe(90);
    expect(grado(ind, { verifica: 'intermedia' }).grado).toBe(40);
  });
});
