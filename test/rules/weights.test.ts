/** Weights per (year, settore): docs/regole.md#pesi. */
import { type Obiettivo } from '../../src/core/model';
import { evaluate } from '../../src/core/rules';
import { obiettivo, piano } from './builders';

const ok = [{ atteso: 100, raggiunto: 100 }];

function sectorObjectives(settore: string, pesi: number[], anni = [2021], responsabile: string | null = null): Obiettivo[] {
  return pesi.map((peso) => obiettivo({ settore, peso, anni, responsabile, indicatori: ok }));
}

describe('Caluso-like plan: every settore 60 own + 40 TUTTI', () => {
  const obiettivi = [
    ...sectorObjectives('TUTTI', [10, 10, 10, 10]),
    ...sectorObjectives('FINANZIARIO', [20, 5, 5, 15, 15], [2021], 'DR. DANILO BERTOLDI'),
    ...sectorObjectives('AMMINISTRATIVO E SERVIZI ALLA PERSONA', [10, 10, 10, 10, 10, 10]),
    ...sectorObjectives('POLIZIA MUNICIPALE E PROTEZIONE CIVILE', [5, 20, 15, 15, 5]),
    ...sectorObjectives("SETTORE TECNICO MANUTENTIVO, PATRIMONIO, AMBIENTE ED ATTIVITA' PRODUTTIVE", [20, 15, 15, 10]),
    ...sectorObjectives('TERRITORIO ED OPERE PUBBLICHE', [25, 25, 10]),
    ...sectorObjectives('UFFICIO DI STAFF E SEGRETERIA DEL SINDACO', [30, 30]),
  ];
  const ev = evaluate(piano(obiettivi), { verifica: null });

  test('every settore adds up to 100, no PESO_TOTALE', () => {
    expect(ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE')).toEqual([]);
    expect(ev.settori).toHaveLength(6);
    for (const s of ev.settori) {
      expect(s.anno).toBe(2021);
      expect(s.sommaPesi).toBe(100);
      expect(s.statoPesi).toBe('OK');
      expect(s.obiettiviTutti).toBe(4);
    }
    expect(ev.settori.map((s) => [s.settore, s.obiettiviPropri])).toEqual([
      ['FINANZIARIO', 5],
      ['AMMINISTRATIVO E SERVIZI ALLA PERSONA', 6],
      ['POLIZIA MUNICIPALE E PROTEZIONE CIVILE', 5],
      ["SETTORE TECNICO MANUTENTIVO, PATRIMONIO, AMBIENTE ED ATTIVITA' PRODUTTIVE", 4],
      ['TERRITORIO ED OPERE PUBBLICHE', 3],
      ['UFFICIO DI STAFF E SEGRETERIA DEL SINDACO', 2],
    ]);
    expect(ev.settori[0].responsabile).toBe('DR. DANILO BERTOLDI');
  });

  test('one settore short by 5: an error pointing at its first Peso cell, saying how to fix', () => {
    const changed = obiettivi.map((o) => ({ ...o }));
    const fin = changed.filter((o) => o.settore === 'FINANZIARIO');
    fin[1].peso = 0; // 60 → 55 own
    const ev2 = evaluate(piano(changed), { verifica: null });
    const errors = ev2.diagnostics.filter((d) => d.code === 'PESO_TOTALE');
    expect(errors).toHaveLength(1);
    const [d] = errors;
    expect(d.severity).toBe('error');
    expect(d.params).toEqual({ settore: 'FINANZIARIO', anno: 2021, totale: 95, stato: 'mancano 5', regola: 'inclusi', propri: 55, tutti: 40, senzaPeso: 0 });
    expect(d.sheet).toBe('Obiettivi');
    expect(d.cell).toBe(fin[0].source.cells.peso);
    expect(ev2.settori[0].statoPesi).toBe('mancano 5');
    expect(ev2.settori[0].sommaPesi).toBe(95);
  });
});

describe('weight status', () => {
  test.each<[number[], number, string, boolean]>([
    [[60, 45], 105, 'eccede di 5', true],
    [[60, 37.5], 97.5, 'mancano 2,5', true],
    [[60, 40.005], 100.005, 'OK', false],
  ])('pesi %j', (pesi, total, status, reported) => {
    const ev = evaluate(piano(sectorObjectives('FINANZIARIO', pesi)), { verifica: null });
    expect(ev.settori[0].sommaPesi).toBeCloseTo(total, 3);
    expect(ev.settori[0].statoPesi).toBe(status);
    const errors = ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE');
    if (reported) expect(errors[0].params).toMatchObject({ settore: 'FINANZIARIO', anno: 2021, totale: total, stato: status });
    else expect(errors).toHaveLength(0);
  });

  test('settori grouped by normalised name, shown as first written', () => {
    const ev = evaluate(
      piano([
        obiettivo({ settore: ' Servizi Sociali ', peso: 50, indicatori: ok }),
        obiettivo({ settore: 'SERVIZI  SOCIALI', peso: 50, indicatori: ok }),
      ]),
      { verifica: null },
    );
    expect(ev.settori.map((s) => [s.settore, s.sommaPesi, s.obiettiviPropri])).toEqual([['Servizi Sociali', 100, 2]]);
  });

  test('an objective without a valid peso counts 0 and the message says so', () => {
    const ev = evaluate(
      piano([obiettivo({ peso: 60, indicatori: ok }), obiettivo({ peso: null, indicatori: ok })]),
      { verifica: null },
    );
    const [d] = ev.diagnostics.filter((x) => x.code === 'PESO_TOTALE');
    expect(d.params).toMatchObject({ settore: 'FINANZIARIO', anno: 2021, totale: 60, stato: 'mancano 40', senzaPeso: 1 });
  });
});

describe('multi-year objectives count in each of their years', () => {
  const obiettivi = [
    obiettivo({ settore: 'FINANZIARIO', anni: [2025, 2026, 2027], peso: 40, indicatori: ok }),
    obiettivo({ settore: 'FINANZIARIO', anni: [2025], peso: 60, indicatori: ok }),
    obiettivo({ settore: 'FINANZIARIO', anni: [2026], peso: 60, indicatori: ok }),
  ];
  const ev = evaluate(piano(obiettivi), { verifica: null });

  test('2025 and 2026 make 100, 2027 has only the 40 of the triennial objective', () => {
    expect(ev.settori.map((s) => [s.anno, s.sommaPesi, s.statoPesi, s.obiettiviPropri])).toEqual([
      [2025, 100, 'OK', 2],
      [2026, 100, 'OK', 2],
      [2027, 40, 'mancano 60', 1],
    ]);
    const errors = ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE');
    expect(errors.map((d) => d.params)).toEqual([expect.objectContaining({ settore: 'FINANZIARIO', anno: 2027, totale: 40, stato: 'mancano 60' })]);
    expect(ev.ente.map((e) => e.anno)).toEqual([2025, 2026, 2027]);
  });

  test('TUTTI objectives of a span count in each settore of each year', () => {
    const ev2 = evaluate(
      piano([
        obiettivo({ settore: 'TUTTI', anni: [2025, 2026], peso: 40, indicatori: ok }),
        obiettivo({ settore: 'A', anni: [2025], peso: 60, indicatori: ok }),
        obiettivo({ settore: 'B', anni: [2026], peso: 60, indicatori: ok }),
      ]),
      { verifica: null },
    );
    expect(ev2.settori.map((s) => [s.anno, s.settore, s.sommaPesi, s.obiettiviTutti])).toEqual([
      [2025, 'A', 100, 1],
      [2026, 'B', 100, 1],
    ]);
  });

  test('an objective without Anno takes the plan year', () => {
    const ev3 = evaluate(piano([obiettivo({ anni: [], peso: 100, indicatori: ok })], { anno: 2024 }), { verifica: null });
    expect(ev3.settori.map((s) => [s.anno, s.statoPesi])).toEqual([[2024, 'OK']]);
  });
});

describe('Pesi TUTTI = esclusi', () => {
  const obiettivi = [
    obiettivo({ settore: 'Tutti', peso: 50, responsabile: 'Segretario', indicatori: [{ atteso: 100, raggiunto: 100 }] }),
    obiettivo({ settore: 'Tutti', peso: 50, responsabile: 'Segretario', indicatori: [{ atteso: 100, raggiunto: 60 }] }),
    obiettivo({ settore: 'FINANZIARIO', peso: 60, indicatori: [{ atteso: 100, raggiunto: 90 }] }),
    obiettivo({ settore: 'FINANZIARIO', peso: 40, indicatori: [{ atteso: 100, raggiunto: 40 }] }),
    obiettivo({ settore: 'SEGRETERIA', peso: 100, indicatori: [{ atteso: 100, raggiunto: 70 }] }),
  ];

  test('own objectives make 100 alone, TUTTI among themselves, reported as its own row', () => {
    const ev = evaluate(piano(obiettivi, { pesiTutti: 'esclusi' }), { verifica: null });
    expect(ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE')).toEqual([]);
    expect(ev.settori.map((s) => [s.settore, s.obiettiviPropri, s.obiettiviTutti, s.sommaPesi, s.punteggio])).toEqual([
      ['FINANZIARIO', 2, 0, 100, 70], // (60 × 90 + 40 × 40) / 100
      ['SEGRETERIA', 1, 0, 100, 70],
      ['TUTTI', 0, 2, 100, 80], // (50 × 100 + 50 × 60) / 100
    ]);
    expect(ev.settori[2].responsabile).toBe('Segretario');
    // The ente takes the TUTTI group as one more row: (70 + 70 + 80) / 3.
    expect(ev.ente[0].punteggio).toBeCloseTo(73.33, 2);
  });

  test('the same plan with inclusi exceeds by 100 in each settore', () => {
    const ev = evaluate(piano(obiettivi), { verifica: null });
    expect(ev.settori.map((s) => [s.settore, s.statoPesi])).toEqual([
      ['FINANZIARIO', 'eccede di 100'],
      ['SEGRETERIA', 'eccede di 100'],
    ]);
  });

  test('TUTTI short by 5: the error names the TUTTI group and points at its first Peso', () => {
    const changed = obiettivi.map((o) => ({ ...o }));
    changed[0].peso = 45;
    const ev = evaluate(piano(changed, { pesiTutti: 'esclusi' }), { verifica: null });
    const errors = ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^TUTTI 2021: somma dei pesi 95 \(mancano 5\)\. Con «Pesi TUTTI» = esclusi/);
    expect(errors[0].cell).toBe(changed[0].source.cells.peso);
  });
});

describe('a year with TUTTI objectives and no settore objectives', () => {
  const obiettivi = [
    obiettivo({ settore: 'FINANZIARIO', anni: [2021], peso: 100, indicatori: ok }),
    obiettivo({ settore: 'TUTTI', anni: [2022], peso: 30, indicatori: ok }),
  ];

  test('warning, nothing to check, no settore row for that year', () => {
    const ev = evaluate(piano(obiettivi), { verifica: null });
    const warnings = ev.diagnostics.filter((d) => d.code === 'PESI_NON_VERIFICABILI');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].severity).toBe('warning');
    expect(warnings[0].message).toMatch(/^2022: /);
    expect(warnings[0].cell).toBe(obiettivi[1].source.cells.peso);
    expect(ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE')).toEqual([]);
    expect(ev.settori.map((s) => s.anno)).toEqual([2021]);
    expect(ev.ente.map((e) => ({ anno: e.anno, punteggio: e.punteggio }))).toEqual([
      { anno: 2021, punteggio: 100 },
      { anno: 2022, punteggio: null },
    ]);
  });

  test('with esclusi the TUTTI group is checked on its own instead', () => {
    const ev = evaluate(piano(obiettivi, { pesiTutti: 'esclusi' }), { verifica: null });
    expect(ev.diagnostics.filter((d) => d.code === 'PESI_NON_VERIFICABILI')).toEqual([]);
    expect(ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE').map((d) => d.params)).toEqual([
      expect.objectContaining({ settore: 'TUTTI', anno: 2022, totale: 30, stato: 'mancano 70', regola: 'tutti' }),
    ]);
  });
});
