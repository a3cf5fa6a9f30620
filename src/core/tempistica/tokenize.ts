/**
 * Cuts a normalised Tempistica text into tokens. At each position the matchers are tried in
 * order (the most specific first: dates before months before years before glue words); what
 * nothing recognises becomes a `word`, which ends up in the note.
 */
import { daysInMonth, monthFromWord, parseDateText } from '../values';
import {
  CONNECTORS,
  FILLERS,
  MONTH,
  ORD_MARK,
  ORDINAL,
  ORDINALS,
  PERIOD,
  PERIOD_MONTHS,
  RECURRENCES,
  VAGUE,
  WHOLE,
  YEAR4,
  YEAR_AFTER_MONTH,
} from './lexicon';
import type { Conn, PointToken, Precision, Token } from './tokens';

type Make = (m: RegExpExecArray, start: number, end: number) => Token[] | null;

interface Matcher {
  re: RegExp;
  make: Make;
}

/** Ends a word-like alternative at a word boundary (an apostrophe is a boundary: `dall'anno`). */
const WORD_END = `(?:(?<![a-z0-9])|(?![a-z0-9]))`;

function matcher(source: string, make: Make): Matcher {
  return { re: new RegExp(source, 'y'), make };
}

function point(
  start: number,
  end: number,
  first: number,
  last: number,
  year: number | null,
  precision: Precision,
  extra: Partial<Pick<PointToken, 'day' | 'edge'>> = {},
): PointToken {
  return { type: 'point', start, end, first, last, year, precision, day: extra.day ?? null, edge: extra.edge ?? false };
}

/**
 * A date-shaped piece that is no date (`31/02/2025`, `13/2025`): kept whole as prose, so that
 * its parts are not read as other dates and the text is not silently misread.
 */
function unreadable(start: number, end: number): Token {
  return { type: 'word', start, end };
}

function fullYear(four: string | undefined, two: string | undefined): number | null {
  if (four) return Number(four);
  if (two) return 2000 + Number(two);
  return null;
}

function validDay(day: number, month: number, year: number | null): boolean {
  return day >= 1 && day <= daysInMonth(year ?? 2024, month);
}

/** Months of the n-th part of the year that lasts `len` months; null when there is no such part. */
function periodMonths(ordinal: string, periodWord: string): [number, number] | null {
  const len = PERIOD_MONTHS.find(([re]) => re.test(periodWord))?.[1];
  if (!len) return null;
  const count = 12 / len;
  const n = /^ultim/.test(ordinal) ? count : ORDINALS[ordinal];
  if (!n || n > count) return null;
  return [(n - 1) * len + 1, n * len];
}

/** The connector between two points written with one shared word (`I e II trimestre`, `dal 15 al 30 giugno`). */
function connOf(word: string): Conn {
  const w = word.replace(/\s+/g, ' ');
  if (w === '-') return 'dash';
  if (w === '/') return 'slash';
  if (w === 'fino al') return 'until';
  return /^a/.test(w) ? 'to' : 'and';
}

const EDGE_DAY: Record<string, number | null> = { fine: null, ultimi: null, inizio: 1, primi: 1, meta: 15, 'prima meta': 15, 'seconda meta': null };

const NOT_A_UNIT = `(?!\\s*(?:mes[ei]|giorn[oi]|gg|settiman[ae]|ann[oi]|or[ae]|%))`;

const MATCHERS: Matcher[] = [
  // 2025-06-30
  matcher(`(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, (m, s, e) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || !validDay(d, mo, y)) return [unreadable(s, e)];
    return [point(s, e, mo, mo, y, 'day', { day: d })];
  }),
  // 30/06/2025, 30.06.25, 30-06, 28/2
  matcher(`(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\2(\\d{4}|\\d{2})(?!\\d)|\\s*\\2\\s*(\\d{4})(?!\\d))?(?!\\d)${NOT_A_UNIT}`, (m, s, e) => {
    // `1.5` is more likely a number than the 1st of May: with dots, want two digits or a year.
    if (m[2] === '.' && !(m[4] ?? m[5]) && (m[1].length < 2 || m[3].length < 2)) return null;
    const d = parseDateText(m[0]);
    return d && d.day !== null ? [point(s, e, d.month, d.month, d.year, 'day', { day: d.day })] : [unreadable(s, e)];
  }),
  // 06/2025
  matcher(`(\\d{1,2})\\s*[/.-]\\s*${YEAR4}`, (m, s, e) => {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? [point(s, e, mo, mo, Number(m[2]), 'month')] : [unreadable(s, e)];
  }),
  // 31 dicembre 2025, 30-giu, 1° aprile, primo gennaio
  matcher(`(\\d{1,2}|primo)${ORD_MARK}\\s*(?:[-/.]\\s*)?(?:(?:di|del(?:\\s+mese\\s+di)?)\\s+)?${MONTH}${YEAR_AFTER_MONTH}`, (m, s, e) => {
    const day = m[1] === 'primo' ? 1 : Number(m[1]);
    const mo = monthFromWord(m[2]);
    const year = fullYear(m[3], m[4]);
    if (mo === null || !validDay(day, mo, year)) return null;
    return [point(s, e, mo, mo, year, 'day', { day })];
  }),
  // dal 15 al 30 giugno, 1 e 15 marzo: the month is written once for both days.
  {
    re: new RegExp(`(\\d{1,2})${ORD_MARK}\\s*(al|all'|a|ad|-|e|ed|,|/)\\s*(\\d{1,2})${ORD_MARK}\\s*(?:di\\s+)?${MONTH}${YEAR_AFTER_MONTH}`, 'yd'),
    make: (m, s, e) => {
      const mo = monthFromWord(m[4]);
      const year = fullYear(m[5], m[6]);
      const [d1, d2] = [Number(m[1]), Number(m[3])];
      const at = m.indices?.[2];
      if (mo === null || !at || !validDay(d1, mo, year) || !validDay(d2, mo, year)) return null;
      return [
        point(s, at[0], mo, mo, year, 'day', { day: d1 }),
        { type: 'conn', conn: connOf(m[2]), start: at[0], end: at[1] },
        point(at[1], e, mo, mo, year, 'day', { day: d2 }),
      ];
    },
  },
  // fine giugno, metà marzo 2026, inizio del mese di maggio
  matcher(`(fine|inizio|meta|primi|ultimi|prima\\s+meta|seconda\\s+meta)\\s+(?:(?:del|di|dello)\\s+)?(?:mese\\s+(?:di\\s+)?)?${MONTH}${YEAR_AFTER_MONTH}`, (m, s, e) => {
    const mo = monthFromWord(m[2]);
    if (mo === null) return null;
    return [point(s, e, mo, mo, fullYear(m[3], m[4]), 'month', { edge: true, day: EDGE_DAY[m[1].replace(/\s+/g, ' ')] ?? null })];
  }),
  // prima metà dell'anno, seconda metà del 2025
  matcher(`(prima|seconda|1a|2a)\\s+meta(?:\\s+(?:dell'?\\s*|del\\s+|d'\\s*)?anno)?(?:\\s*(?:del(?:l')?\\s*(?:anno\\s*)?)?${YEAR4})?`, (m, s, e) => {
    const firstHalf = m[1] === 'prima' || m[1] === '1a';
    return [point(s, e, firstHalf ? 1 : 7, firstHalf ? 6 : 12, m[2] ? Number(m[2]) : null, 'period')];
  }),
  // I e II trimestre, dal I al III trimestre 2025: the period word is written once for both.
  {
    re: new RegExp(`${ORDINAL}${ORD_MARK}\\s*(e|ed|,|-|/|al|all'|a|fino\\s+al)\\s*(?:(?:il|l')\\s*)?${ORDINAL}${ORD_MARK}\\s*${PERIOD}(?:\\s*(?:(?:del(?:l')?|di)\\s*)?(?:anno\\s*)?${YEAR4})?`, 'yd'),
    make: (m, s, e) => {
      const one = periodMonths(m[1], m[4]);
      const two = periodMonths(m[3], m[4]);
      const at = m.indices?.[2];
      if (!one || !two || !at) return null;
      const year = m[5] ? Number(m[5]) : null;
      const conn = connOf(m[2]);
      return [
        point(s, at[0], one[0], one[1], year, 'period'),
        { type: 'conn', conn, start: at[0], end: at[1] },
        point(at[1], e, two[0], two[1], year, 'period'),
      ];
    },
  },
  // I semestre, 2° trimestre 2026, ultimo quadrimestre, IV trim.
  matcher(`${ORDINAL}${ORD_MARK}\\s*${PERIOD}(?:\\s*(?:(?:del(?:l')?|di)\\s*)?(?:anno\\s*)?${YEAR4})?`, (m, s, e) => {
    const months = periodMonths(m[1], m[2]);
    return months ? [point(s, e, months[0], months[1], m[3] ? Number(m[3]) : null, 'period')] : null;
  }),
  // Q1 2025 … Q4 2025: the quarters as spreadsheets and reports write them
  matcher(`q([1-4])(?![a-z0-9])(?:\\s*[-/]?\\s*${YEAR4})?`, (m, s, e) => {
    const n = Number(m[1]);
    return [point(s, e, (n - 1) * 3 + 1, n * 3, m[2] ? Number(m[2]) : null, 'period')];
  }),
  // entro l'anno, entro l'esercizio: a deadline at the end of the year
  matcher(`entro\\s+(?:l'\\s*|il\\s+)?(?:anno|esercizio)(?:\\s+(?:in\\s+corso|corrente))?(?![a-z]|\\s*(?:19|20)\\d{2})`, (_m, s, e) => [
    { type: 'conn', conn: 'by', start: s, end: s + 'entro'.length },
    point(s + 'entro'.length, e, 12, 12, null, 'month', { edge: true }),
  ]),
  // fine anno, inizio dell'anno 2026, metà anno, fine 2025
  matcher(`(fine|inizio|meta)\\s+(?:(?:dell'?|del|d')\\s*)?(?:(?:anno|esercizio)(?:\\s*(?:(?:del(?:l')?|di)\\s*)?${YEAR4})?|${YEAR4})${WORD_END}`, (m, s, e) => {
    const mo = m[1] === 'fine' ? 12 : m[1] === 'inizio' ? 1 : 6;
    const year = m[2] ?? m[3];
    return [point(s, e, mo, mo, year ? Number(year) : null, 'month', { edge: true, day: EDGE_DAY[m[1]] ?? null })];
  }),
  // maggio 2025, dic-25, Settembre
  matcher(`${MONTH}${YEAR_AFTER_MONTH}`, (m, s, e) => {
    const mo = monthFromWord(m[1]);
    return mo === null ? null : [point(s, e, mo, mo, fullYear(m[2], m[3]), 'month')];
  }),
  // 2025/27: two years; 2025-06 (a two-digit month no later than the year's digits): a month
  matcher(`${YEAR4}\\s*([-/])\\s*(\\d{2})(?![\\d/.])`, (m, s, e) => {
    const y1 = Number(m[1]);
    const y2 = 2000 + Number(m[3]);
    const mo = Number(m[3]);
    if (y2 <= y1 && mo >= 1 && mo <= 12) return [point(s, e, mo, mo, y1, 'month')];
    const cut = s + m[0].indexOf(m[2], 4);
    return [
      point(s, s + 4, 1, 12, y1, 'year'),
      { type: 'conn', conn: m[2] === '/' ? 'slash' : 'dash', start: cut, end: cut + 1 },
      point(e - 2, e, 1, 12, y2, 'year'),
    ];
  }),
  matcher(YEAR4, (m, s, e) => [point(s, e, 1, 12, Number(m[1]), 'year')]),
  ...RECURRENCES.map(([src, every]) => matcher(`(?:${src})${WORD_END}`, (_m, s, e) => [{ type: 'recur', every, start: s, end: e }])),
  matcher(`(?:${VAGUE})${WORD_END}`, (_m, s, e) => [{ type: 'word', vague: true, start: s, end: e }]),
  matcher(`(?:${WHOLE})${WORD_END}`, (_m, s, e) => [{ type: 'whole', start: s, end: e }]),
  ...CONNECTORS.map(([src, conn]) => matcher(`(?:${src})${WORD_END}`, (_m, s, e) => [{ type: 'conn', conn, start: s, end: e }])),
  matcher(`(?:${FILLERS})${WORD_END}`, (_m, s, e) => [{ type: 'filler', start: s, end: e }]),
];

const WORD = /[a-z0-9]+'?|[^\s]/y;

/** Tokens of a normalised text (see normalize.ts), in order, with their spans. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ') {
      i++;
      continue;
    }
    let done = false;
    for (const { re, make } of MATCHERS) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (!m || m[0].length === 0) continue;
      const tokens = make(m, i, i + m[0].length);
      if (!tokens) continue;
      out.push(...tokens);
      i += m[0].length;
      done = true;
      break;
    }
    if (done) continue;
    WORD.lastIndex = i;
    const w = WORD.exec(s);
    const len = w ? w[0].length : 1;
    out.push({ type: 'word', start: i, end: i + len });
    i += len;
  }
  return out;
}
