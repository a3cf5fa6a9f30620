/** The one Italian date formatter, for Dates and for dates read from cells with parts missing. */
import { formatDateIt } from '../../src/core/format';
import { readText } from '../../src/core/values';

describe('formatDateIt', () => {
  it.each<[Parameters<typeof formatDateIt>[0], string]>([
    [new Date(Date.UTC(2025, 5, 30)), '30/06/2025'],
    [new Date(Date.UTC(2026, 0, 1)), '01/01/2026'],
    [{ year: 2025, month: 6, day: 30 }, '30/06/2025'],
    [{ year: null, month: 7, day: 31 }, '31/07'],
    [{ year: 2025, month: 6, day: null }, 'giugno 2025'],
    [{ year: null, month: 12, day: null }, 'dicembre'],
  ])('%p → %p', (d, text) => {
    expect(formatDateIt(d)).toBe(text);
  });

  it('a date cell reads as the same text (one formatter for cells and for generated sheets)', () => {
    expect(readText(new Date(Date.UTC(2025, 5, 30)))).toBe('30/06/2025');
    expect(readText(45838, 'dd/mm/yyyy')).toBe('30/06/2025');
  });
});
