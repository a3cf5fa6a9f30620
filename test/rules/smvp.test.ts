/**
 * The figures a Nucleo signs (docs/regole.md, Settore and ente, SMVP variants), on one small plan,
 * every expected number worked out by hand in the comments.
 *
 * Plan 2025 (soglia 90): T1 TUTTI, F1 and F2 FINANZIARIO, S1 SEGRETERIA.
 *   T1: Quantità 80 of 100 → G 80;  Tempo deadline 30/06/2025 met on 10/07/2025 → 10 days late.
 *   F1: Quantità 95 of 100 → G 95;  Tempo "giorni di pagamento" 30, Decrescente, 33 → 100 × (60 − 33) / 30 = 90.
 *   F2: Qualità Buono expected, Discreto reached → 100 × 3 / 4 = 75.
 *   S1: Quantità 4 of 10 → 40;  Quantità 19 of 20 → 95.
 */
import type { Impostazioni } from '../../src/core/model';
import { evaluate } from '../../src/core/rules';
import { parseFasce, FASCE_RITARDO } from '../../src/core/settings/fasce';
import { day, obiettivo, type ObiettivoIn, persona, piano } from './builders';

function plan(pesi: { t: number; f1: number; f2: number; s: number }, extra: Partial<Record<'T1' | 'F1' | 'F2' | 'S1', ObiettivoIn>> = {}) {
  const t1 = obiettivo({
    settore: 'TUTTI', numero: 1, anni: [2025], peso: pesi.t,
    indicatori: [
      { atteso: 100, raggiunto: 80 },
      { gruppo: 'Tempo', atteso: day(2025, 6, 30), raggiunto: day(2025, 7, 10) },
    ],
    personale: [persona('Rossi Maria', 20), persona('Verdi Luca', 30)],
    ...extra.T1,
  });
  const f1 = obiettivo({
    settore: 'FINANZIARIO', numero: 1, anni: [2025], peso: pesi.f1,
    indicatori: [
      { atteso: 100, raggiunto: 95 },
      { gruppo: 'Tempo', descrizione: 'Tempo medio di pagamento (giorni)', atteso: 30, direzione: 'decrescente', raggiunto: 33 },
    ],
    personale: [persona('ROSSI  MARIA', 50)],
    ...extra.F1,
  });
  const f2 = obiettivo({
    settore: 'FINANZIARIO', numero: 2, anni: [2025], peso: pesi.f2,
    indicatori: [{ gruppo: 'Qualità', atteso: 'Buono', raggiunto: 'Discreto' }],
    personale: [persona('Rossi Maria', 30)],
    ...extra.F2,
  });
  const s1 = obiettivo({
    settore: 'SEGRETERIA', numero: 1, anni: [2025], peso: pesi.s,
    indicatori: [
      { atteso: 10, raggiunto: 4 },
      { atteso: 20, raggiunto: 19 },
    ],
    personale: [persona('Verdi Luca', 70), persona('Bianchi Anna', 100)],
    ...extra.S1,
  });
  return [t1, f1, f2, s1];
}

const INCLUSI = { t: 40, f1: 30, f2: 30, s: 60 };

function run(imp: Partial<Impostazioni> = {}, extra: Parameters<typeof plan>[1] = {}, pesi = INCLUSI) {
  const obiettivi = plan(pesi, extra);
  const ev = evaluate(piano(obiettivi, { anno: 2025, ...imp }), { verifica: null });
  const byId = (i: number) => ev.obiettivi[i];
  const settore = (name: string) => ev.settori.find((s) => s.settore === name)!;
  return { ev, obiettivi, byId, settore, ente: ev.ente[0] };
}

function bands(text: string, ritardo = false) {
  const r = ritardo ? parseFasce(text, FASCE_RITARDO) : parseFasce(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('defaults: each objective once in the ente, Tipo Tempo counts in rispetto dei tempi', () => {
  const { byId, settore, ente } = run();

  test('objectives: T1 (80, late = 0) → 40; F1 (95, 90 days) → 92,5; F2 75; S1 67,5', () => {
    expect(byId(0)).toMatchObject({ valoreRaggiunto: 80, rispettoTempi: 0, punteggio: 40, punteggioCalcolato: 40, punteggioValidato: null });
    // The days indicator of Tipo Tempo is a time indicator although its values are numbers.
    expect(byId(1).indicatori[1]).toMatchObject({ kind: 'numero', tempo: true, grado: 90 });
    expect(byId(1)).toMatchObject({ valoreRaggiunto: 95, rispettoTempi: 90, punteggio: 92.5 });
    expect(byId(2)).toMatchObject({ valoreRaggiunto: 75, rispettoTempi: null, punteggio: 75 });
    expect(byId(3)).toMatchObject({ valoreRaggiunto: 67.5, rispettoTempi: null, punteggio: 67.5 });
  });

  test('settori: FINANZIARIO (40×40 + 30×92,5 + 30×75)/100 = 66,25; SEGRETERIA (40×40 + 60×67,5)/100 = 56,5', () => {
    const fin = settore('FINANZIARIO');
    expect(fin.punteggio).toBeCloseTo(66.25, 2);
    expect(fin.valoreRaggiunto).toBeCloseTo(83, 2); // (40×80 + 30×95 + 30×75) / 100
    expect(fin.rispettoTempi).toBeCloseTo(38.5714, 3); // (40×0 + 30×90) / 70
    const seg = settore('SEGRETERIA');
    expect(seg.punteggio).toBeCloseTo(56.5, 2);
    expect(seg.valoreRaggiunto).toBeCloseTo(72.5, 2); // (40×80 + 60×67,5) / 100
    expect(seg.rispettoTempi).toBe(0);
  });

  test('ente: 4 objectives (3 + 1 TUTTI) counted once; the three percentages are the means of the settori', () => {
    expect(ente).toMatchObject({ anno: 2025, obiettivi: 4, obiettiviPropri: 3, obiettiviTutti: 1 });
    // T1 40 non raggiunto, F1 92,5 raggiunto, F2 75 and S1 67,5 parziali: one each, T1 not twice.
    expect(ente.esiti).toEqual({ raggiunti: 1, parziali: 2, nonRaggiunti: 1, daRilevare: 0 });
    expect(ente.punteggio).toBeCloseTo(61.375, 2); // (66,25 + 56,5) / 2
    expect(ente.valoreRaggiunto).toBeCloseTo(77.75, 2); // (83 + 72,5) / 2
    expect(ente.rispettoTempi).toBeCloseTo(19.2857, 3); // (38,5714 + 0) / 2
    expect(ente.distribuzione.fasce.map((f) => f.conteggio)).toEqual([1, 1, 1, 1, 0]); // 40 | 67,5 | 75 | 92,5
  });
});

describe('Punteggio ente', () => {
  test('per numero di obiettivi: FINANZIARIO counts 3 objectives, SEGRETERIA 2', () => {
    const { ente } = run({ punteggioEnte: 'obiettivi' });
    expect(ente.punteggio).toBeCloseTo(62.35, 2); // (3×66,25 + 2×56,5) / 5
    expect(ente.valoreRaggiunto).toBeCloseTo(78.8, 2); // (3×83 + 2×72,5) / 5
    expect(ente.rispettoTempi).toBeCloseTo(23.1429, 3); // (3×38,5714 + 2×0) / 5
  });

  test('per personale: FINANZIARIO has 2 people (Rossi, Verdi), SEGRETERIA 3 (and Bianchi)', () => {
    const { ente } = run({ punteggioEnte: 'personale' });
    expect(ente.punteggio).toBeCloseTo(60.4, 2); // (2×66,25 + 3×56,5) / 5
  });
});

describe('Fasce', () => {
  test('applied to each indicator before any mean', () => {
    const { byId, settore, ente } = run({ fasce: bands('sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100') });
    // T1: 80 → 80, 0 → 0; F1: 95 → 100, 90 → 100 (edge: exactly 90 is in «da 90»); F2 75; S1: 40 → 0, 95 → 100.
    expect(byId(0)).toMatchObject({ valoreRaggiunto: 80, rispettoTempi: 0, punteggio: 40 });
    expect(byId(1)).toMatchObject({ valoreRaggiunto: 100, rispettoTempi: 100, punteggio: 100 });
    expect(byId(1).indicatori[1]).toMatchObject({ grado: 90, gradoFasce: 100 });
    expect(byId(3)).toMatchObject({ valoreRaggiunto: 50, punteggio: 50 });
    expect(settore('FINANZIARIO').punteggio).toBeCloseTo(68.5, 2); // (40×40 + 30×100 + 30×75) / 100
    expect(settore('SEGRETERIA').punteggio).toBeCloseTo(46, 2); // (40×40 + 60×50) / 100
    expect(ente.punteggio).toBeCloseTo(57.25, 2);
  });

  test('applied to the objective, with lateness bands replacing the per-day penalty', () => {
    const { byId, settore, ente } = run({
      fasce: bands('sotto 50 = 0; da 50 a meno di 75 = 50; da 75 a meno di 100 = 75; da 100 = 100'),
      fasceApplicateA: 'obiettivo',
      fasceRitardo: bands('fino a 30 giorni = 50; oltre = 0', true),
    });
    // T1: the deadline 10 days late is worth 50; mean (80 + 50) / 2 = 65 → band 50.
    expect(byId(0)).toMatchObject({ valoreRaggiunto: 80, rispettoTempi: 50, punteggioCalcolato: 50, punteggio: 50 });
    expect(byId(1).punteggio).toBe(75); // 92,5 → 75
    expect(byId(2).punteggio).toBe(75); // 75 is in «da 75»
    expect(byId(3).punteggio).toBe(50); // 67,5 → 50
    expect(settore('FINANZIARIO').punteggio).toBeCloseTo(65, 2); // (40×50 + 30×75 + 30×75) / 100
    // Averages are not banded with «obiettivo»: (40×50 + 30×90) / 70.
    expect(settore('FINANZIARIO').rispettoTempi).toBeCloseTo(67.1429, 3);
    expect(settore('SEGRETERIA').punteggio).toBeCloseTo(50, 2); // (40×50 + 60×50) / 100
    expect(ente.punteggio).toBeCloseTo(57.5, 2);
  });
});

describe('Pesi TUTTI = quota (35%)', () => {
  const { ev, settore, ente } = run({ pesiTutti: 'quota', quotaTutti: 35 }, {}, { t: 100, f1: 50, f2: 50, s: 100 });

  test('own objectives and TUTTI objectives each make 100: no weight error', () => {
    expect(ev.diagnostics.filter((d) => d.code === 'PESO_TOTALE')).toEqual([]);
  });

  test('settore = 35% × TUTTI + 65% × own, each peso-weighted', () => {
    const fin = settore('FINANZIARIO');
    expect(fin).toMatchObject({ sommaPesi: 100, sommaPesiTutti: 100, obiettiviPropri: 2, obiettiviTutti: 1 });
    expect(fin.punteggio).toBeCloseTo(68.4375, 3); // 0,35 × 40 + 0,65 × (50×92,5 + 50×75)/100
    expect(fin.valoreRaggiunto).toBeCloseTo(83.25, 3); // 0,35 × 80 + 0,65 × 85
    expect(fin.rispettoTempi).toBeCloseTo(58.5, 3); // 0,35 × 0 + 0,65 × 90
    expect(settore('SEGRETERIA').punteggio).toBeCloseTo(57.875, 3); // 0,35 × 40 + 0,65 × 67,5
  });

  test('the TUTTI row is checked once and is no settore of the ente', () => {
    expect(ev.settori.filter((s) => s.settore === 'TUTTI')).toHaveLength(1);
    expect(ente.punteggio).toBeCloseTo(63.15625, 3); // (68,4375 + 57,875) / 2
    expect(ente).toMatchObject({ obiettivi: 4, obiettiviTutti: 1 });
  });
});

describe('validation by the Nucleo', () => {
  const { ev, byId, settore, ente, obiettivi } = run(
    {},
    {
      T1: { validato: '150' }, // not valid: error, the computed punteggio counts
      F2: { validato: 90, notaNucleo: 'Ritardo del fornitore, documentato' },
      S1: { validato: 80 }, // no note: warning
    },
  );
  // T1's time indicator set aside by the Nucleo in a second run.
  const setAside = run({}, { T1: { indicatori: [{ atteso: 100, raggiunto: 80 }, { gruppo: 'Tempo', atteso: day(2025, 6, 30), raggiunto: day(2025, 7, 10), nonValutabile: true }] } });

  test('a validated punteggio wins in every average and is kept beside the computed one', () => {
    expect(byId(2)).toMatchObject({ punteggio: 90, punteggioCalcolato: 75, punteggioValidato: 90, classificazione: 'raggiunto' });
    expect(byId(3)).toMatchObject({ punteggio: 80, punteggioCalcolato: 67.5, punteggioValidato: 80 });
    expect(settore('FINANZIARIO').punteggio).toBeCloseTo(70.75, 2); // (1600 + 2775 + 2700) / 100
    expect(settore('FINANZIARIO').punteggioCalcolato).toBeCloseTo(66.25, 2);
    expect(settore('SEGRETERIA').punteggio).toBeCloseTo(64, 2); // (40×40 + 60×80) / 100
    expect(ente.punteggio).toBeCloseTo(67.375, 3); // (70,75 + 64) / 2
    expect(ente.punteggioCalcolato).toBeCloseTo(61.375, 3);
  });

  test('an invalid value is an error on its cell and the computed punteggio counts', () => {
    expect(byId(0)).toMatchObject({ punteggio: 40, punteggioValidato: null });
    const errors = ev.diagnostics.filter((d) => d.code === 'VALIDAZIONE_NON_VALIDA');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', sheet: 'Obiettivi', cell: obiettivi[0].source.cells.punteggioValidato });
  });

  test('a different validated value without a note is a warning; with a note it is not', () => {
    const warnings = ev.diagnostics.filter((d) => d.code === 'VALIDAZIONE_SENZA_NOTA');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', params: { calcolato: 67.5, validato: 80 } });
  });

  test('a non valutabile indicator leaves every average', () => {
    const t1 = setAside.byId(0);
    expect(t1.indicatori[1].stato).toBe('non_valutabile');
    expect(t1).toMatchObject({ valoreRaggiunto: 80, rispettoTempi: null, punteggio: 80 });
    expect(setAside.settore('FINANZIARIO').rispettoTempi).toBe(90); // only F1's days indicator
    expect(setAside.ev.diagnostics.filter((d) => d.code === 'RAGGIUNTO_MANCANTE')).toEqual([]);
  });
});

describe('individual part from Personale', () => {
  const { ev } = run();

  test('Σ(% partecipazione × punteggio) / Σ(% partecipazione), names compared normalised', () => {
    expect(ev.persone.map((p) => p.nominativo)).toEqual(['Bianchi Anna', 'Rossi Maria', 'Verdi Luca']);
    const [bianchi, rossi, verdi] = ev.persone;
    expect(rossi.punteggio).toBeCloseTo(76.75, 2); // (20×40 + 50×92,5 + 30×75) / 100
    expect(rossi.partecipazioneTotale).toBe(100);
    expect(rossi.obiettivi.map((o) => [o.settore, o.numero, o.partecipazione])).toEqual([
      ['TUTTI', 1, 20],
      ['FINANZIARIO', 1, 50],
      ['FINANZIARIO', 2, 30],
    ]);
    expect(verdi.punteggio).toBeCloseTo(59.25, 2); // (30×40 + 70×67,5) / 100
    expect(bianchi.punteggio).toBeCloseTo(67.5, 2);
  });

  test('the validated punteggio is the one that counts for people too', () => {
    const v = run({}, { F2: { validato: 90, notaNucleo: 'ok' } }).ev.persone.find((p) => p.nominativo === 'Rossi Maria')!;
    expect(v.punteggio).toBeCloseTo(81.25, 2); // (20×40 + 50×92,5 + 30×90) / 100
  });
});

describe('Pesi TUTTI = quota without Quota TUTTI %', () => {
  test('a warning on the setting, and the default (inclusi) applies', () => {
    const { ev, settore } = run({ pesiTutti: 'quota', fonti: { pesiTutti: { kind: 'foglio', sheet: 'Impostazioni', cell: 'B7' } } });
    const w = ev.diagnostics.filter((d) => d.code === 'IMPOSTAZIONE_NON_VALIDA');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', sheet: 'Impostazioni', cell: 'B7', params: { voce: 'Pesi TUTTI', effetto: 'predefinito' } });
    expect(ev.regole.quotaTutti).toBeNull();
    expect(settore('FINANZIARIO').punteggio).toBeCloseTo(66.25, 2); // as with inclusi
  });
});
