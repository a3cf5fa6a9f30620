/**
 * Accuracy on phrases the reader was not developed on (fixtures/tempistica/heldout.json, written
 * apart from the development table): a reading counts as right when kind, months, deadlines
 * (and the note, when the case names one) all match.
 */
import { readTempistica } from '../../src/core/tempistica';
import { actual, ctxOf, expected, loadCases } from './cases';

const FLOOR = 0.85;

test('accuracy on never-seen phrases stays above the floor', () => {
  const cases = loadCases('heldout.json');
  const misses: string[] = [];
  for (const c of cases) {
    const got = actual(readTempistica(c.text, ctxOf(c)), c);
    if (JSON.stringify(got) !== JSON.stringify(expected(c))) {
      misses.push(`  «${c.text}»: atteso ${JSON.stringify(expected(c))}, letto ${JSON.stringify(got)}`);
    }
  }
  const right = cases.length - misses.length;
  const pct = ((100 * right) / cases.length).toFixed(1).replace('.', ',');
  console.log(`Accuratezza su frasi mai viste: ${right}/${cases.length} (${pct}%)${misses.length ? `\nErrori:\n${misses.join('\n')}` : ''}`);
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(right / cases.length).toBeGreaterThanOrEqual(FLOOR);
});
