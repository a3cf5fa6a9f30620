/**
 * The forms added to docs/tempistica.md#tipi-di-lettura and what `peg tempistica`
 * shows: the months the cronoprogramma draws for a first phase, or after `--dopo AAAA-MM`.
 * Expected months are written out by hand from the spec's rules.
 */
import { drawTempistica, readTempistica } from '../../src/core/tempistica';
import { expandMonths } from './cases';

interface Row {
  text: string;
  years: number[];
  kind: string;
  months: string[];
  deadlines: string[];
  note?: string | null;
}

const NEW_FORMS: Row[] = [
  { text: 'Q1 2025', years: [2025], kind: 'intervallo', months: ['2025-01..2025-03'], deadlines: ['2025-03'] },
  { text: 'Q2 2025', years: [2025], kind: 'intervallo', months: ['2025-04..2025-06'], deadlines: ['2025-06'] },
  { text: 'Q3 2025', years: [2025], kind: 'intervallo', months: ['2025-07..2025-09'], deadlines: ['2025-09'] },
  { text: 'Q4 2025', years: [2025], kind: 'intervallo', months: ['2025-10..2025-12'], deadlines: ['2025-12'] },
  { text: 'q4 2026', years: [2025], kind: 'intervallo', months: ['2026-10..2026-12'], deadlines: ['2026-12'] },
  { text: 'Q2', years: [2027], kind: 'intervallo', months: ['2027-04..2027-06'], deadlines: ['2027-06'] },
  { text: 'Q1-2025', years: [2025], kind: 'intervallo', months: ['2025-01..2025-03'], deadlines: ['2025-03'] },
  { text: 'nel corso del 2025', years: [2025], kind: 'annuale', months: ['2025-01..2025-12'], deadlines: [] },
  { text: 'Nel corso del 2026', years: [2025], kind: 'annuale', months: ['2026-01..2026-12'], deadlines: [] },
  { text: 'durante il 2025', years: [2025], kind: 'annuale', months: ['2025-01..2025-12'], deadlines: [] },
  { text: 'Durante tutto il 2025', years: [2025], kind: 'annuale', months: ['2025-01..2025-12'], deadlines: [] },
  { text: 'fino a giugno 2025', years: [2025], kind: 'intervallo', months: ['2025-01..2025-06'], deadlines: ['2025-06'] },
  { text: 'Fino a settembre', years: [2026], kind: 'intervallo', months: ['2026-01..2026-09'], deadlines: ['2026-09'] },
  { text: 'fino ad aprile 2027', years: [2027], kind: 'intervallo', months: ['2027-01..2027-04'], deadlines: ['2027-04'] },
  // A day stays a date: `fino al 30 giugno` is a deadline like `entro`.
  { text: 'fino al 30 giugno 2025', years: [2025], kind: 'scadenza', months: ['2025-06'], deadlines: ['2025-06'] },
  { text: 'entro il 30 giugno di ogni anno', years: [2025], kind: 'scadenza', months: ['2025-06'], deadlines: ['2025-06'], note: 'di ogni anno' },
  {
    text: 'entro il 30 giugno di ogni anno', years: [2025, 2026, 2027], kind: 'scadenza',
    months: ['2025-06', '2026-06', '2027-06'], deadlines: ['2025-06', '2026-06', '2027-06'], note: 'di ogni anno',
  },
  { text: 'Entro il 31 gennaio di ogni anno', years: [2025, 2026], kind: 'scadenza', months: ['2025-01', '2026-01'], deadlines: ['2025-01', '2026-01'], note: 'di ogni anno' },
];

describe('new forms of docs/tempistica.md', () => {
  test.each(NEW_FORMS.map((r) => [`${JSON.stringify(r.text)} (anni ${r.years.join(',')})`, r] as const))('%s', (_n, r) => {
    const s = readTempistica(r.text, { years: r.years, planYear: r.years[0] });
    expect({ kind: s.kind, months: s.months, deadlines: s.deadlines }).toEqual({
      kind: r.kind,
      months: expandMonths(r.months),
      deadlines: r.deadlines,
    });
    if (r.note !== undefined) expect(s.note).toBe(r.note);
  });

  test('words that merely look like the new forms are not read as them', () => {
    // There is no fifth quarter: the text is not read as one (no months invented).
    expect(readTempistica('Q5 2025', { years: [2025] }).kind).toBe('sconosciuta');
    expect(readTempistica('Controllo QA 2025', { years: [2025] }).months).not.toEqual(expandMonths(['2025-01..2025-03']));
  });
});

interface DrawRow {
  text: string;
  years: number[];
  after: string | null;
  months: string[];
  deadlines: string[];
  outOfOrder?: boolean;
}

const DRAWN: DrawRow[] = [
  // First phase: a lone deadline runs from January of its year.
  { text: 'entro il 30 settembre', years: [2025], after: null, months: ['2025-01..2025-09'], deadlines: ['2025-09'] },
  { text: 'Entro 31/07/2026', years: [2026], after: null, months: ['2026-01..2026-07'], deadlines: ['2026-07'] },
  // Seed 000's chain, phase by phase: Jan–Jul, Aug–Nov, Dec.
  { text: 'Entro 30/11/2026', years: [2026], after: '2026-07', months: ['2026-08..2026-11'], deadlines: ['2026-11'] },
  { text: 'Entro 31/12/2026', years: [2026], after: '2026-11', months: ['2026-12'], deadlines: ['2026-12'] },
  // After a phase that ended in the previous year: from the month after it.
  { text: 'entro marzo 2026', years: [2026], after: '2025-11', months: ['2025-12..2026-03'], deadlines: ['2026-03'] },
  // A deadline before the previous phase's end: the deadline month alone, flagged.
  { text: 'entro il 30 settembre', years: [2025], after: '2025-11', months: ['2025-09'], deadlines: ['2025-09'], outOfOrder: true },
  // Not a deadline: drawn as read, whatever came before.
  { text: 'Da gennaio a maggio 2026', years: [2026], after: '2026-03', months: ['2026-01..2026-05'], deadlines: ['2026-05'] },
  { text: 'Q3 2025', years: [2025], after: null, months: ['2025-07..2025-09'], deadlines: ['2025-09'] },
  // One deadline per year on a multi-year objective, each year's bar from its January.
  { text: 'entro il 30 giugno di ogni anno', years: [2025, 2026], after: null, months: ['2025-01..2025-06', '2026-01..2026-06'], deadlines: ['2025-06', '2026-06'] },
];

describe('drawTempistica: what the cronoprogramma draws', () => {
  test.each(DRAWN.map((r) => [`${JSON.stringify(r.text)} dopo ${r.after ?? '—'}`, r] as const))('%s', (_n, r) => {
    const s = drawTempistica(r.text, { years: r.years, planYear: r.years[0] }, r.after);
    expect({ months: s.months, deadlines: s.deadlines, outOfOrder: s.outOfOrder }).toEqual({
      months: expandMonths(r.months),
      deadlines: r.deadlines,
      outOfOrder: r.outOfOrder ?? false,
    });
  });

  test('an unreadable text draws nothing', () => {
    const s = drawTempistica('Termine di legge', { years: [2025] }, null);
    expect({ kind: s.kind, months: s.months }).toEqual({ kind: 'sconosciuta', months: [] });
  });
});
