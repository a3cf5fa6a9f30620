/** Serial dates and ISO date cells, as Excel shows them (figures from Excel's own date table). */
import { isoToDate, serialToDate } from '../../src/xlsx/cells';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

describe('serialToDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    // 60 is Excel's phantom 29/02/1900; 61 is 1 March.
    [61, '1900-03-01'],
    [45838, '2025-06-30'],
    [2958465, '9999-12-31'],
  ])('1900 system: %d is %s', (serial, day) => {
    expect(iso(serialToDate(serial, false))).toBe(`${day}T00:00:00.000Z`);
  });

  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    // The same day is 1,462 lower than in the 1900 system.
    [45838 - 1462, '2025-06-30'],
  ])('1904 system: %d is %s', (serial, day) => {
    expect(iso(serialToDate(serial, true))).toBe(`${day}T00:00:00.000Z`);
  });

  it('keeps the time of day', () => {
    expect(iso(serialToDate(45838.5, false))).toBe('2025-06-30T12:00:00.000Z');
  });

  it('gives no date where Excel shows none', () => {
    expect(serialToDate(-1, false)).toBeNull();
    expect(serialToDate(2958466, false)).toBeNull();
    expect(serialToDate(Number.NaN, false)).toBeNull();
  });
});

describe('isoToDate (t="d" cells)', () => {
  it.each([
    ['2025-06-30', '2025-06-30T00:00:00.000Z'],
    ['2025-06-30T08:30:15', '2025-06-30T08:30:15.000Z'],
    ['2025-06-30T08:30:15.250Z', '2025-06-30T08:30:15.250Z'],
    // The wall-clock time is kept, the zone ignored (Excel has no zones).
    ['2025-06-30T23:00:00+02:00', '2025-06-30T23:00:00.000Z'],
    ['0099-01-01', '0099-01-01T00:00:00.000Z'],
  ])('%s', (text, want) => {
    expect(iso(isoToDate(text))).toBe(want);
  });

  it('refuses text that is not ISO 8601', () => {
    expect(isoToDate('30/06/2025')).toBeNull();
    expect(isoToDate('')).toBeNull();
  });
});
