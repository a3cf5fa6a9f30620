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

/** `30/06/2025` from a date at UTC midnight (as the file readers give them). */
export function formatDateIt(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}
