/**
 * Reading single cell values the Italian way: numbers with decimal comma, percentages, dates as
 * Excel serials, JS Dates or text (`30/06/2025`, `30-giu`, `31 dicembre`). Shared by the register
 * reader, the rules and the Tempistica reader so that all three read a value the same way.
 */
import { MONTH_NAMES_IT, formatDateIt, type DateParts } from './format';
import { isCellError, type CellValue } from './grid';

/** Lower case, no accents, single spaces, trimmed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A header or a sheet name reduced for matching: no accents, case, punctuation, `°`;
 * `nr`, `n°`, `num` all become `n`.
 */
export function normalizeHeader(s: string): string {
  return normalizeText(s)
    .replace(/[°º]/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/%/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (w === 'nr' || w === 'num' ? 'n' : w))
    .join(' ');
}

/** Month number (1–12) by Italian name or abbreviation, with or without a dot. */
const MONTH_WORDS: Record<string, number> = {
  gen: 1, genn: 1, gennaio: 1,
  feb: 2, febb: 2, febbraio: 2,
  mar: 3, marzo: 3,
  apr: 4, aprile: 4,
  mag: 5, maggio: 5,
  giu: 6, giug: 6, giugno: 6,
  lug: 7, lugl: 7, luglio: 7,
  ago: 8, agosto: 8,
  set: 9, sett: 9, settembre: 9,
  ott: 10, ottobre: 10,
  nov: 11, novembre: 11,
  dic: 12, dicembre: 12,
};

export { MONTH_NAMES_IT };
export const MONTH_ABBR_IT = ['Gen', 'Feb', 'Mar', 'Apr', 'Mag', 'Giu', 'Lug', 'Ago', 'Set', 'Ott', 'Nov', 'Dic'];

/** The regex alternation of every month word, longest first, for building patterns. */
export const MONTH_PATTERN = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function monthFromWord(word: string): number | null {
  const w = normalizeText(word).replace(/\.$/, '');
  return MONTH_WORDS[w] ?? null;
}

/** A calendar date as read: year may be missing (`30/06`), day may be missing (`dicembre 2025`). */
export type ItDate = DateParts;

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2024, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date written as text, the whole text: `30/06/2025`, `30/06`, `30.06.2025`, `30-06-25`,
 * `30-giu`, `30-giu-2025`, `31 dicembre`, `1° gennaio 2026`, `dicembre 2025`. Null otherwise.
 */
export function parseDateText(text: string): ItDate | null {
  const s = normalizeText(text).replace(/\.$/, '');
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? fullYear(Number(m[3])) : null;
    return validDay(year, month, day) ? { year, month, day } : null;
  }
  const re = new RegExp(`^(\\d{1,2})\\s*(?:°|º)?\\s*[-\\s/]?\\s*(${MONTH_PATTERN})\\.?(?:\\s*[-\\s/]\\s*(\\d{2}|\\d{4}))?$`);
  m = re.exec(s.replace(/^(primo|1o)\s+/, '1 '));
  if (m) {
    const day = Number(m[1]);
    const month = MONTH_WORDS[m[2]];
    const year = m[3] ? fullYear(Number(m[3])) : null;
    return validDay(year, month, day) ? { year, month, day } : null;
  }
  m = new RegExp(`^(${MONTH_PATTERN})\\.?(?:\\s*[-\\s/]?\\s*(\\d{4}))?$`).exec(s);
  if (m) {
    return { year: m[2] ? Number(m[2]) : null, month: MONTH_WORDS[m[1]], day: null };
  }
  return null;
}

/** Excel serial day number (1900 date system) → UTC date parts. */
export function excelSerialToDate(serial: number): ItDate {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** JS Date → date parts. File readers give dates at UTC midnight; Office may give local ones. */
export function jsDateToItDate(d: Date): ItDate {
  // A date read from a file is midnight UTC; local-midnight dates shifted west would fall on the
  // previous day in UTC, so round to the nearest day first.
  const rounded = new Date(Math.round(d.getTime() / 86400000) * 86400000);
  return { year: rounded.getUTCFullYear(), month: rounded.getUTCMonth() + 1, day: rounded.getUTCDate() };
}

/** True when an Excel number format shows a date (d, m, y tokens outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[dy]/i.test(bare) || /(^|[^h:])m{1,4}([^:s]|$)/i.test(bare) && !/[0#]/.test(bare);
}

export function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

export interface ItNumber {
  value: number;
  /** True when written or formatted as a percentage: `value` is then in points (10 for 10%). */
  percent: boolean;
}

/**
 * A number written as text: `10`, `10,5`, `1.234,5`, `-3`, `10%`, `10 %`, `0.5`. The whole text
 * must be the number. A dot alone is a thousands separator only in the `1.234` shape.
 */
export function parseNumberText(text: string): ItNumber | null {
  let s = text.replace(/[\u00a0\s]+/g, '').trim();
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^-?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  let normalized: string;
  if (s.includes(',') && s.includes('.')) {
    if (s.lastIndexOf(',') < s.lastIndexOf('.')) return null; // 1,234.5: not Italian, do not guess
    normalized = s.replace(/\./g, '').replace(',', '.');
  } else if (s.includes(',')) {
    if ((s.match(/,/g) ?? []).length > 1) return null;
    normalized = s.replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    normalized = s.replace(/\./g, '');
  } else {
    if ((s.match(/\./g) ?? []).length > 1) return null;
    normalized = s;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? { value, percent } : null;
}

/** A cell as a number: numbers (percent format → points), numeric text. Null for anything else. */
export function readNumber(v: CellValue, fmt?: string): ItNumber | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    return isPercentFormat(fmt) ? { value: roundFloat(v * 100), percent: true } : { value: v, percent: false };
  }
  if (typeof v === 'string') return parseNumberText(v);
  return null;
}

/** A cell as a date: JS Date, a number with a date format, or date text. */
export function readDate(v: CellValue, fmt?: string): ItDate | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : jsDateToItDate(v);
  if (typeof v === 'number' && isDateFormat(fmt) && v > 0 && v < 2958466) return excelSerialToDate(v);
  if (typeof v === 'string') return parseDateText(v);
  return null;
}

/** The cell's text, trimmed; numbers and dates rendered the Italian way; null for empty/error. */
export function readText(v: CellValue, fmt?: string): string | null {
  if (v === null || v === undefined || isCellError(v)) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    return t.length > 0 ? t : null;
  }
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  const d = readDate(v, fmt);
  if (d && (v instanceof Date || typeof v === 'number')) return formatDateIt(d);
  if (typeof v === 'number') return String(v).replace('.', ',');
  return null;
}

export function isEmptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Removes binary floating noise (0.1 * 100 = 10.000000000000002). */
export function roundFloat(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** Days since 1970-01-01 of a complete date (the last day of the month when day is missing). */
export function dayNumber(d: ItDate, defaultYear: number): number {
  const year = d.year ?? defaultYear;
  const day = d.day ?? daysInMonth(year, d.month);
  return Math.round(Date.UTC(year, d.month - 1, day) / 86400000);
}
