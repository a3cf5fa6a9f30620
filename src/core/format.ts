/** Italian formats for people: `87,5%`, `1.234,5`, `30/06/2025`. */

const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let f = numberFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 0, maximumFractionDigits: decimals, useGrouping: true });
    numberFormats.set(decimals, f);
  }
  return f;
}

/** `1.234,5`; up to `decimals` decimals, none when the number is whole. */
export function formatNumberIt(n: number, decimals = 2): string {
  return numberFormat(decimals).format(n);
}

/** `87,5%`, or `—` for a missing value. */
export function formatPctIt(n: number | null | undefined, decimals = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return `${formatNumberIt(n, decimals)}%`;
}

/** Italian month names, for dates written in words (`giugno 2025`). */
export const MONTH_NAMES_IT = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
];

/** A date as read from a cell: the day or the year may be missing (`30/06`, `giugno 2025`). */
export interface DateParts {
  year: number | null;
  /** 1–12. */
  month: number;
  day: number | null;
}

/**
 * The one Italian date formatter: `30/06/2025` from a Date at UTC midnight (as the file readers
 * give them) or from date parts; `30/06` without a year; `giugno 2025` without a day.
 */
export function formatDateIt(d: Date | DateParts): string {
  const p: DateParts = d instanceof Date ? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } : d;
  const mm = String(p.month).padStart(2, '0');
  if (p.day === null) return `${MONTH_NAMES_IT[p.month - 1]}${p.year !== null ? ` ${p.year}` : ''}`;
  const dd = String(p.day).padStart(2, '0');
  return p.year !== null ? `${dd}/${mm}/${p.year}` : `${dd}/${mm}`;
}
