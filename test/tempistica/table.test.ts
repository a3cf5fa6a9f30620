/** The development table: every Tempistica of seed 000, the timed phases of seed 003, variants. */
import { readTempistica } from '../../src/core/tempistica';
import { actual, ctxOf, expected, loadCases } from './cases';

describe.each([
  ['seed 000 (ogni frase della colonna Tempistica)', 'seed-000.json'],
  ['seed 003 (fasi con un tempo)', 'seed-003.json'],
  ['varianti', 'variants.json'],
])('%s', (_title, file) => {
  const cases = loadCases(file);
  test.each(cases.map((c) => [`${JSON.stringify(c.text)} (anni ${c.years.join(',') || '—'})`, c] as const))('%s', (_name, c) => {
    expect(actual(readTempistica(c.text, ctxOf(c)), c)).toEqual(expected(c));
  });
});

test('the development tables are as large as promised', () => {
  expect(new Set(loadCases('seed-000.json').map((c) => c.text)).size).toBeGreaterThanOrEqual(60);
  expect(loadCases('variants.json').length).toBeGreaterThanOrEqual(60);
});

test('the example of docs/cli.md reads as documented', () => {
  const s = readTempistica('Da gennaio a maggio 2026', { years: [2026], planYear: 2026 });
  expect({ kind: s.kind, months: s.months, deadlines: s.deadlines, note: s.note }).toEqual({
    kind: 'intervallo',
    months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
    deadlines: ['2026-05'],
    note: null,
  });
});

test('a text keeps its note in the user\'s own case and accents', () => {
  expect(readTempistica('Entro 31 maggio – Città e Comune: ACCONTO', { years: [2025] }).note).toBe('Città e Comune: ACCONTO');
});
