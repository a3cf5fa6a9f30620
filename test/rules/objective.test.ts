/** One objective: valore raggiunto, rispetto tempi, punteggio and classification (docs/regole.md#un-obiettivo). */
import { day } from './builders';
import { codes, evalOne } from './helpers';

describe('averages of one objective', () => {
  const mixed = [
    { atteso: 100, raggiunto: 90 }, // G 90
    { atteso: '95%', raggiunto: '90%' }, // G 94,7368
    { atteso: '30/06/2025', raggiunto: day(2025, 6, 30), gruppo: 'Tempo' as const }, // G 100
    { atteso: '31/03/2025', raggiunto: day(2025, 4, 2), gruppo: 'Tempo' as const }, // 2 days late, penalità 10: G 80
  ];

  test('valore raggiunto over non-time, rispetto tempi over time, punteggio over all', () => {
    const o = evalOne(mixed, { imp: { penalitaGiorno: 10 } }).obiettivi[0];
    expect(o.valoreRaggiunto).toBeCloseTo(92.37, 2); // (90 + 94,7368) / 2
    expect(o.rispettoTempi).toBeCloseTo(90, 2); // (100 + 80) / 2
    expect(o.punteggio).toBeCloseTo(91.18, 2); // 364,7368 / 4
    expect(o.classificazione).toBe('raggiunto');
    expect(o.tempi).toBe('in_ritardo');
  });

  test('Regola obiettivo = minimo: the worst indicator decides', () => {
    const o = evalOne(mixed, { imp: { penalitaGiorno: 10, regolaObiettivo: 'minimo' } }).obiettivi[0];
    expect(o.punteggio).toBeCloseTo(80, 2);
    expect(o.valoreRaggiunto).toBeCloseTo(92.37, 2);
    expect(o.classificazione).toBe('parzialmente_raggiunto');
  });

  test('indicators weighted by their Peso', () => {
    const ind = [
      { atteso: 100, raggiunto: 90, peso: 3 },
      { atteso: 100, raggiunto: 50, peso: 1 },
    ];
    const o = evalOne(ind).obiettivi[0];
    expect(o.punteggio).toBeCloseTo(80, 2); // (3 × 90 + 1 × 50) / 4
    expect(o.valoreRaggiunto).toBeCloseTo(70, 2); // plain mean, as docs/regole.md#un-obiettivo defines it
  });

  test('a partly filled Peso column is not used: plain mean', () => {
    const o = evalOne([
      { atteso: 100, raggiunto: 90, peso: 3 },
      { atteso: 100, raggiunto: 50, peso: null },
    ]).obiettivi[0];
    expect(o.punteggio).toBeCloseTo(70, 2);
  });

  test('not measured indicators are left out', () => {
    const o = evalOne([
      { atteso: 100, raggiunto: 50 },
      { atteso: 100, raggiunto: null },
      { atteso: '31/12/2025', raggiunto: null },
    ]).obiettivi[0];
    expect(o.punteggio).toBe(50);
    expect(o.valoreRaggiunto).toBe(50);
    expect(o.rispettoTempi).toBeNull();
    expect(o.tempi).toBe('non_misurabile');
    expect(o.classificazione).toBe('parzialmente_raggiunto'); // 50 is not < 50
  });

  test('nothing measured: da rilevare, no punteggio', () => {
    const o = evalOne([{ atteso: 100, raggiunto: null }]).obiettivi[0];
    expect(o.punteggio).toBeNull();
    expect(o.valoreRaggiunto).toBeNull();
    expect(o.classificazione).toBe('da_rilevare');
  });

  test('Valori mancanti = zero: missing values count as 0, nothing measured gives 0', () => {
    const imp = { valoriMancanti: 'zero' as const };
    const o = evalOne([{ atteso: 100, raggiunto: 90 }, { atteso: 100, raggiunto: null }], { imp }).obiettivi[0];
    expect(o.punteggio).toBeCloseTo(45, 2);
    expect(o.valoreRaggiunto).toBeCloseTo(45, 2);
    const none = evalOne([{ atteso: 100, raggiunto: null }], { imp }).obiettivi[0];
    expect(none.punteggio).toBe(0);
    expect(none.classificazione).toBe('non_raggiunto');
    const noIndicators = evalOne([], { imp }).obiettivi[0];
    expect(noIndicators.punteggio).toBe(0);
  });

  test('not measurable indicators are left out even with Valori mancanti = zero', () => {
    const o = evalOne([{ atteso: 100, raggiunto: 80 }, { atteso: 'trimestrale', raggiunto: 'Fatto' }], {
      imp: { valoriMancanti: 'zero' },
    }).obiettivi[0];
    expect(o.punteggio).toBeCloseTo(80, 2);
  });

  test('on time when every time indicator is at 100', () => {
    const o = evalOne([{ atteso: '30/06/2025', raggiunto: day(2025, 6, 1) }]).obiettivi[0];
    expect(o.rispettoTempi).toBe(100);
    expect(o.tempi).toBe('nei_tempi');
    expect(o.valoreRaggiunto).toBeNull();
    expect(o.punteggio).toBe(100);
  });
});

describe('classification', () => {
  test.each<[number, string]>([
    [100, 'raggiunto'],
    [90, 'raggiunto'],
    [89.99, 'parzialmente_raggiunto'],
    [50, 'parzialmente_raggiunto'],
    [49.99, 'non_raggiunto'],
    [0, 'non_raggiunto'],
  ])('punteggio %d → %s (soglia 90)', (a, cls) => {
    expect(evalOne([{ atteso: 100, raggiunto: a }]).obiettivi[0].classificazione).toBe(cls);
  });

  test('Soglia raggiungimento from Impostazioni', () => {
    expect(evalOne([{ atteso: 100, raggiunto: 85 }], { imp: { soglia: 80 } }).obiettivi[0].classificazione).toBe('raggiunto');
  });
});

describe('phases with a Previsto are indicators', () => {
  test('numeric and date Previsto, Ottenuto as measured value', () => {
    const ev = evalOne([], {}, {
      fasi: [
        { previsto: 10, ottenuto: 8 }, // G 80, Quantità
        { previsto: null, ottenuto: null }, // no Previsto: not an indicator
        { previsto: '30/06/2025', ottenuto: day(2025, 6, 20) }, // on time
      ],
    });
    const o = ev.obiettivi[0];
    expect(o.indicatori).toEqual([
      expect.objectContaining({ index: 0, fromFase: true, kind: 'numero', tempo: false, grado: 80 }),
      expect.objectContaining({ index: 2, fromFase: true, kind: 'data', tempo: true, grado: 100, scostamento: -10 }),
    ]);
    expect(o.valoreRaggiunto).toBe(80);
    expect(o.rispettoTempi).toBe(100);
    expect(o.punteggio).toBe(90);
    expect(codes(ev, 'OBIETTIVO_SENZA_INDICATORI')).toHaveLength(0);
  });

  test('indicators first, then phases, in their own order', () => {
    const o = evalOne([{ atteso: 100, raggiunto: 100 }], {}, { fasi: [{ previsto: 'SI', ottenuto: 'Fatto' }] }).obiettivi[0];
    expect(o.indicatori.map((i) => [i.fromFase, i.index])).toEqual([
      [false, 0],
      [true, 0],
    ]);
    expect(o.indicatori[1].kind).toBe('sino');
  });

  test('a phase Ottenuto is used at the verifica intermedia too', () => {
    const o = evalOne([], { verifica: 'intermedia' }, { fasi: [{ previsto: 4, ottenuto: 2 }] }).obiettivi[0];
    expect(o.punteggio).toBe(50);
  });
});

describe('verifica intermedia vs finale', () => {
  const ind = [
    { atteso: 100, intermedio: 40, raggiunto: 90 },
    { atteso: '30/06/2025', intermedio: null, raggiunto: day(2025, 6, 30) },
  ];

  test('intermedia reads the intermedio column', () => {
    const o = evalOne(ind, { verifica: 'intermedia' }).obiettivi[0];
    expect(o.punteggio).toBe(40);
    expect(o.rispettoTempi).toBeNull();
    expect(o.classificazione).toBe('non_raggiunto');
  });

  test('finale reads the finale column', () => {
    const o = evalOne(ind, { verifica: 'finale' }).obiettivi[0];
    expect(o.punteggio).toBe(95);
    expect(o.valoreRaggiunto).toBe(90);
    expect(o.rispettoTempi).toBe(100);
    expect(o.classificazione).toBe('raggiunto');
  });
});
