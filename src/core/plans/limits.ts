/**
 * Excel's limits for what the tool generates, checked in ONE place (both writers call these).
 * https://support.microsoft.com › "Excel specifications and limits".
 */

/** Characters a cell can hold. */
export const MAX_CELL_TEXT = 32_767;
/** Characters of a formula's text (without the leading `=`). */
export const MAX_FORMULA = 8_192;
/** Characters of one string literal inside a formula. */
export const MAX_FORMULA_STRING = 255;
/** Characters of a data-validation list written as a literal (`"a,b,c"`). */
export const MAX_LIST_LITERAL = 255;
/** Manual page breaks per sheet. */
export const MAX_PAGE_BREAKS = 1_023;
/** Characters of a sheet name. */
export const MAX_SHEET_NAME = 31;

const ELLIPSIS = '…';

/** The first `max` UTF-16 units of `s`, never ending on half a surrogate pair (an emoji). */
export function cutWhole(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max);
  const last = s.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end);
}

/** Cell text cut to fit with `…`; `cut` says whether it was (the writer then notes it). */
export function fitCellText(s: string): { text: string; cut: boolean } {
  if (s.length <= MAX_CELL_TEXT) return { text: s, cut: false };
  return { text: cutWhole(s, MAX_CELL_TEXT - ELLIPSIS.length) + ELLIPSIS, cut: true };
}

/** String literals (`"…"`, `""` inside) of a formula. */
function stringLiterals(formula: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"]|"")*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula)) !== null) out.push(m[1].replace(/""/g, '"'));
  return out;
}

/** Why Excel would refuse a formula, or null when it fits. */
export function formulaProblem(formula: string): 'troppo-lunga' | 'testo-troppo-lungo' | null {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (body.length > MAX_FORMULA) return 'troppo-lunga';
  if (stringLiterals(body).some((s) => s.length > MAX_FORMULA_STRING)) return 'testo-troppo-lungo';
  return null;
}

/** True when a list validation can be written as a literal list. */
export function listFits(items: readonly string[]): boolean {
  return items.join(',').length + 2 <= MAX_LIST_LITERAL && !items.some((i) => i.includes(','));
}

/** Page breaks Excel keeps: the first MAX_PAGE_BREAKS (planners split sheets before reaching it). */
export function fitPageBreaks(rows: readonly number[]): { rows: number[]; cut: boolean } {
  return rows.length <= MAX_PAGE_BREAKS ? { rows: [...rows], cut: false } : { rows: rows.slice(0, MAX_PAGE_BREAKS), cut: true };
}

/** The name of the `k`-th sheet (0-based) a long sheet is split into: `Schede 2025`, `Schede 2025 – 2`… */
export function pieceName(name: string, k: number): string {
  if (k === 0) return name;
  const suffix = ` – ${k + 1}`;
  return cutWhole(name, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

/** The note for the output when a sheet was split into `names`. */
export function splitNote(name: string, names: readonly string[]): string {
  return `${name}: più di 1.023 pagine, diviso in ${names.length} fogli (${names.join(', ')})`;
}
