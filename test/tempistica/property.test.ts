/** readTempistica on arbitrary text: never throws, and its schedule is always well formed. */
import fc from 'fast-check';
import { readTempistica } from '../../src/core/tempistica';

const KINDS = ['intervallo', 'scadenza', 'mesi', 'ricorrente', 'annuale', 'sconosciuta'];

function wellFormed(text: string, years: number[], planYear: number | null): void {
  const s = readTempistica(text, { years, planYear });
  expect(KINDS).toContain(s.kind);
  for (const m of s.months) expect(m).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  expect([...s.months].sort()).toEqual(s.months);
  expect(new Set(s.months).size).toBe(s.months.length);
  expect([...s.deadlines].sort()).toEqual(s.deadlines);
  expect(new Set(s.deadlines).size).toBe(s.deadlines.length);
  for (const d of s.deadlines) expect(s.months).toContain(d);
  if (s.deadlineDate !== null) expect(s.deadlineDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (s.kind === 'sconosciuta') expect(s.months).toEqual([]);
  else expect(s.months.length).toBeGreaterThan(0);
}

const years = fc.array(fc.integer({ min: 1990, max: 2060 }), { maxLength: 4 });
const planYear = fc.option(fc.integer({ min: 1990, max: 2060 }), { nil: null });

// Pieces of real Tempistica texts, shuffled: far likelier than random strings to reach deep paths.
const WORDS = [
  'da', 'dal', 'a', 'ad', 'al', 'fino a', 'entro', 'entro il', 'e', 'e/o', ',', '-', '–', '—', '/', 'tra',
  'gennaio', 'feb.', 'Marzo', 'apr', 'maggio', 'giu', 'luglio', 'ago.', 'sett.', 'ottobre', 'nov', 'DIC',
  '2025', '2026', '1999', '2099', '25', '31/12', '30/06/2025', '30.04.2025', '30-giu', '1°', 'primo', 'I', 'II', 'IV',
  'semestre', 'trimestre', 'ogni', 'mese', 'trimestrale', 'mensile', 'annuale', 'anno', 'triennio', 'Triennio 2025/2027',
  'fine', 'metà', 'inizio', 'Acconto + saldo', 'termine di legge', "dell'anno", 'di', '(', ')', '2025-06-30', '06/2025',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));

test('never throws on arbitrary strings, and the schedule is well formed', () => {
  fc.assert(fc.property(fc.string({ maxLength: 80 }), years, planYear, (t, ys, py) => wellFormed(t, ys, py)), { numRuns: 1500 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), years, planYear, (t, ys, py) => wellFormed(t, ys, py)), { numRuns: 500 });
});

test('never throws on shuffled pieces of real texts, and the schedule is well formed', () => {
  fc.assert(fc.property(phrase, years, planYear, (t, ys, py) => wellFormed(t, ys, py)), { numRuns: 1500 });
});

test('tolerates a context that breaks its type (as JavaScript callers may pass)', () => {
  const bad = { years: null, planYear: 'x' } as unknown as { years: number[]; planYear: number };
  expect(() => readTempistica('Entro 31 maggio', bad)).not.toThrow();
  expect(readTempistica(null as unknown as string, { years: [2025] }).kind).toBe('sconosciuta');
});
