/** Properties over arbitrary schema-valid plans: evaluate never throws and G stays in [0, 100]. */
import fc from 'fast-check';
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostics';
import { type Piano, PianoSchema } from '../../src/core/model';
import { evaluate } from '../../src/core/rules';

const TEXTS = [
  '100%', '95 %', '30/06/2025', '30/06', '30-giu', '31.12', 'giugno', 'dicembre 2025', 'Ottimo', 'buona',
  'distinti', 'SI', 'Sì', 'NO', 'Fatto', 'Non raggiunto', 'trimestrale', '3 interventi', '-5', '10,5',
  '1.234,5', '', '  ', 'x', 'Termine di legge', 'Entro 31/07/2026', 'Da gennaio a maggio 2026',
];

const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 }));
const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const date = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });

const cellValue = fc.oneof(
  num,
  fc.integer({ min: -10, max: 80000 }),
  text,
  fc.boolean(),
  date,
  fc.constantFrom({ error: '#REF!' }, { error: '#N/D' }),
  fc.constant(null),
);

const rawValue = fc.record(
  {
    v: cellValue,
    fmt: fc.constantFrom('0%', 'dd/mm/yyyy', 'General', 'mmm-yy', '#,##0.00'),
    cell: fc.constantFrom('A1', 'E7', 'H12'),
  },
  { requiredKeys: ['v'] },
);
const maybeRaw = fc.option(rawValue, { nil: null });
const source = fc.record({
  sheet: fc.constantFrom('Obiettivi', 'Fasi', 'Indicatori', 'Personale'),
  row: fc.integer({ min: 1, max: 500 }),
  cells: fc.dictionary(fc.constantFrom('peso', 'atteso', 'raggiunto', 'tempistica', 'titolo'), fc.constantFrom('A2', 'E9')),
});
const maybeNum = fc.option(num, { nil: null });

const fase = fc.record({
  numero: fc.integer({ min: 0, max: 20 }),
  attivita: text,
  tempistica: fc.option(text, { nil: null }),
  inizio: maybeRaw,
  fine: maybeRaw,
  previsto: maybeRaw,
  ottenuto: maybeRaw,
  mesiSegnati: fc.option(fc.array(fc.constantFrom('2025-01', '2025-06', '2026-12'), { maxLength: 3 }), { nil: null }),
  source,
});

const indicatore = fc.record({
  gruppo: fc.constantFrom('Quantità', 'Tempo', 'Costo', 'Qualità' as const),
  descrizione: text,
  atteso: maybeRaw,
  direzione: fc.constantFrom('crescente', 'decrescente' as const),
  raggiuntoIntermedio: maybeRaw,
  raggiunto: maybeRaw,
  peso: maybeNum,
  source,
});

const personale = fc.record({
  categoria: fc.option(text, { nil: null }),
  nominativo: fc.constantFrom('Rossi', 'rossi ', 'Bianchi', ''),
  partecipazione: maybeNum,
  source,
});

const obiettivo = fc.record({
  id: fc.string({ maxLength: 5 }),
  anni: fc.array(fc.integer({ min: 2019, max: 2030 }), { maxLength: 3 }),
  annoTesto: fc.option(text, { nil: null }),
  settore: fc.constantFrom('A', ' a', 'B', 'TUTTI', '', 'Tutti i settori'),
  tutti: fc.boolean(),
  responsabile: fc.option(text, { nil: null }),
  numero: fc.option(fc.integer({ min: -3, max: 30 }), { nil: null }),
  codice: fc.option(text, { nil: null }),
  tipi: fc.constant([]),
  tipoTesto: fc.constant(null),
  titolo: text,
  descrizione: fc.constant(null),
  peso: fc.option(fc.double({ min: -50, max: 200, noNaN: true, noDefaultInfinity: true }), { nil: null }),
  dup: fc.constant(null),
  risorseUmane: fc.constant(null),
  risorseStrumentali: fc.constant(null),
  costi: fc.constant(null),
  risultatiAttesi: fc.constant(null),
  risultatiOttenuti: fc.constant(null),
  fasi: fc.array(fase, { maxLength: 3 }),
  indicatori: fc.array(indicatore, { maxLength: 4 }),
  personale: fc.array(personale, { maxLength: 3 }),
  verifiche: fc.constant([]),
  source,
});

const impostazioni = fc.record({
  ente: fc.constant(null),
  anno: fc.option(fc.integer({ min: 2019, max: 2030 }), { nil: null }),
  dataVerificaIntermedia: fc.constant(null),
  soglia: fc.double({ min: 0, max: 100, noNaN: true }),
  scala: fc.oneof(
    fc.constant(['Insufficiente', 'Sufficiente', 'Discreto', 'Buono', 'Distinto', 'Ottimo']),
    fc.array(text, { maxLength: 4 }),
  ),
  pesiTutti: fc.constantFrom('inclusi', 'esclusi' as const),
  penalitaGiorno: fc.double({ min: -10, max: 1000, noNaN: true, noDefaultInfinity: true }),
  consentiOltre100: fc.boolean(),
  regolaObiettivo: fc.constantFrom('media', 'minimo' as const),
  valoriMancanti: fc.constantFrom('esclusi', 'zero' as const),
});

const rawPianoArb = fc.record({
  obiettivi: fc.array(obiettivo, { maxLength: 6 }),
  impostazioni,
  layout: fc.constant('registro' as const),
  sheets: fc.constant([]),
});

/** Through the schema, so that the plans are exactly what a reader may hand to the rules. */
const pianoArb: fc.Arbitrary<Piano> = rawPianoArb.map((p) => PianoSchema.parse(p));

const verifica = fc.constantFrom('intermedia', 'finale', null);

function inRange(v: number | null, max: number): boolean {
  return v === null || (v >= 0 && v <= max + 1e-9);
}

describe('evaluate on arbitrary plans', () => {
  test('the generator makes schema-valid plans', () => {
    fc.assert(
      fc.property(rawPianoArb, (p) => {
        expect(PianoSchema.safeParse(p).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('never throws, one result per objective, known diagnostic codes', () => {
    fc.assert(
      fc.property(pianoArb, verifica, (p, v) => {
        const ev = evaluate(p, { verifica: v });
        expect(ev.obiettivi.map((o) => o.id)).toEqual(p.obiettivi.map((o) => o.id));
        for (const d of ev.diagnostics) {
          expect(DIAGNOSTIC_CODES).toContain(d.code);
          expect(d.message.length).toBeGreaterThan(0);
        }
        ev.obiettivi.forEach((o, i) => expect(o.schedules).toHaveLength(p.obiettivi[i].fasi.length));
      }),
      { numRuns: 300 },
    );
  });

  test('G, punteggi and settore scores stay in [0, 100] when clamped', () => {
    fc.assert(
      fc.property(pianoArb, verifica, (p, v) => {
        const clamped = { ...p, impostazioni: { ...p.impostazioni, consentiOltre100: false } };
        const ev = evaluate(clamped, { verifica: v });
        for (const o of ev.obiettivi) {
          for (const i of o.indicatori) {
            expect(inRange(i.grado, 100)).toBe(true);
            expect(i.grado === null).toBe(i.stato !== 'misurato');
          }
          expect(inRange(o.punteggio, 100) && inRange(o.valoreRaggiunto, 100) && inRange(o.rispettoTempi, 100)).toBe(true);
        }
        for (const s of ev.settori) expect(inRange(s.punteggio, 100)).toBe(true);
        for (const e of ev.ente) expect(inRange(e.punteggio, 100)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('G is never negative, even when allowed above 100', () => {
    fc.assert(
      fc.property(pianoArb, (p) => {
        const free = { ...p, impostazioni: { ...p.impostazioni, consentiOltre100: true } };
        const ev = evaluate(free, { verifica: 'finale' });
        for (const o of ev.obiettivi) for (const i of o.indicatori) expect(inRange(i.grado, Number.POSITIVE_INFINITY)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
