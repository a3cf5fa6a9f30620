/** Italian agreement in what the pane writes: one step, one sheet (issue 16, "grammar"). */
import { formatScostamento } from '../../src/core/plans/rawValue';
import { resultMessage } from '../../src/ui/planSummary';

describe('singular and plural', () => {
  test.each([
    [-1, 'livelli', '-1 livello'],
    [1, 'livelli', '+1 livello'],
    [-2, 'livelli', '-2 livelli'],
    [1, 'giorni', '+1 giorno'],
    [-15, 'giorni', '-15 giorni'],
    [1, 'punti %', '+1 punto %'],
    [1.5, 'punti %', '+1,5 punti %'],
    [0, 'livelli', '0 livelli'],
  ])('scostamento %d %s → %s', (value, unit, text) => {
    expect(formatScostamento(value, unit)).toBe(text);
  });

  test('one sheet removed is "non più necessario"', () => {
    const one = resultMessage({ created: [], replaced: [], removed: ['Schede 2024'], columns: [] });
    expect(one).toBe('Fatto: eliminato 1 foglio non più necessario (Schede 2024).');
    const two = resultMessage({ created: [], replaced: [], removed: ['A', 'B'], columns: [] });
    expect(two).toBe('Fatto: eliminati 2 fogli non più necessari (A e B).');
  });
});
