/** How a target or measured cell is read: the kind comes from the value and its number format. */
import { DEFAULT_SCALA } from '../../src/core/model';
import { isFrequencyText, readRaw } from '../../src/core/rules/reading';
import { levelRank } from '../../src/core/rules/scale';

const read = (v: Parameters<typeof readRaw>[0]) => readRaw(v, DEFAULT_SCALA);

describe('readRaw', () => {
  test.each<[string, ReturnType<typeof readRaw>]>([
    ['10,5', { t: 'number', value: 10.5, percent: false }],
    ['95%', { t: 'number', value: 95, percent: true }],
    ['1.5', { t: 'number', value: 1.5, percent: false }],
    ['12.50', { t: 'number', value: 12.5, percent: false }],
    ['3 interventi', { t: 'number', value: 3, percent: false }],
    ['100% dei processi', { t: 'number', value: 100, percent: true }],
    ['30.06', { t: 'date', date: { year: null, month: 6, day: 30 } }],
    ['15 marzo', { t: 'date', date: { year: null, month: 3, day: 15 } }],
    ['15/03/21', { t: 'date', date: { year: 2021, month: 3, day: 15 } }],
    ['giugno', { t: 'date', date: { year: null, month: 6, day: null } }],
    ['Ottima', { t: 'level', rank: 6 }],
    ['sufficienti', { t: 'level', rank: 2 }],
    ['Sì', { t: 'yes' }],
    ['Fatto.', { t: 'yes' }],
    ['Non raggiunto', { t: 'no' }],
    ['trimestrale', { t: 'text', text: 'trimestrale' }],
    ['  ', { t: 'empty' }],
  ])('%s', (text, expected) => {
    expect(read({ v: text })).toEqual(expected);
  });

  test('cells: numbers, percent format, date format, Date, boolean, error, null', () => {
    expect(read({ v: 0.25, fmt: '0%' })).toEqual({ t: 'number', value: 25, percent: true });
    expect(read({ v: 45838, fmt: 'dd/mm/yyyy' })).toEqual({ t: 'date', date: { year: 2025, month: 6, day: 30 } });
    expect(read({ v: new Date(Date.UTC(2025, 5, 30)) })).toEqual({ t: 'date', date: { year: 2025, month: 6, day: 30 } });
    expect(read({ v: false })).toEqual({ t: 'no' });
    expect(read({ v: { error: '#N/D' } })).toEqual({ t: 'error', code: '#N/D' });
    expect(read({ v: null })).toEqual({ t: 'empty' });
    expect(read(null)).toEqual({ t: 'empty' });
  });
});

describe('levels and frequencies', () => {
  test('gender and number variants of every default level', () => {
    const variants = [
      ['insufficiente', 'insufficienti'],
      ['sufficiente', 'Sufficienti'],
      ['discreto', 'discreta', 'discreti', 'discrete'],
      ['buono', 'buona', 'buoni', 'buone'],
      ['distinto', 'distinta', 'distinti', 'distinte'],
      ['ottimo', 'ottima', 'ottimi', 'OTTIME'],
    ];
    variants.forEach((words, i) => words.forEach((w) => expect(levelRank(w, DEFAULT_SCALA)).toBe(i + 1)));
    expect(levelRank('eccellente', DEFAULT_SCALA)).toBeNull();
    expect(levelRank('buono', [])).toBeNull();
  });

  test('a frequency starts the text; a deliverable that mentions one is not a frequency', () => {
    for (const t of ['trimestrale', 'Mensile', 'ogni mese', 'a cadenza semestrale', 'Annuale']) expect(isFrequencyText(t)).toBe(true);
    for (const t of ['Relazione annuale', 'Approvazione', 'SI', 'ognissanti']) expect(isFrequencyText(t)).toBe(false);
  });
});
