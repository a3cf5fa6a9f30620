/** A1 references for the writer (the core's `a1` plus the column of a reference). */
export { a1 } from '../../core/grid';

/** `AB12` → 27 (0-based column); NaN-safe: an unreadable reference gives 0. */
export function parseA1Col(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})/.exec(ref);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
