/**
 * Excel's limits for what the tool generates, checked in ONE place (both writers call these).
 * https://support.microsoft.com › "Excel specifications and limits".
 */
import type { PlanCell, PlanRange, SheetPlan } from './types';

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


function clip(r: PlanRange, start: number, end: number): PlanRange | null {
  if (start === 0 && r.r2 <= end) return r;
  const r1 = Math.max(r.r1, start);
  const r2 = Math.min(r.r2, end);
  return r1 > r2 ? null : { ...r, r1: r1 - start, r2: r2 - start };
}

/** The cells of rows start..end, moved up by `start`: a slice when the rows are in order (they
 * usually are), and the first piece's cells shared, not copied (a schede sheet has a million). */
function cellsBetween(cells: PlanCell[], start: number, end: number, inOrder: boolean): PlanCell[] {
  let picked: PlanCell[];
  if (inOrder) {
    let a = 0;
    while (a < cells.length && cells[a].row < start) a++;
    let b = a;
    while (b < cells.length && cells[b].row <= end) b++;
    picked = cells.slice(a, b);
  } else {
    picked = cells.filter((c) => c.row >= start && c.row <= end);
  }
  if (start === 0) return picked;
  // A literal of the cell's four fields: a spread copy of a million cells was a tenth of a build.
  return picked.map((c) => ({ row: c.row - start, col: c.col, value: c.value, style: c.style }));
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

/**
 * A sheet with more manual page breaks than Excel keeps is split into sheets of at most
 * MAX_PAGE_BREAKS breaks each, cut at a break (a scheda stays whole): `Schede 2025`,
 * `Schede 2025 – 2`… The schede planner splits its own sheets as it goes (no copy of a million
 * cells); this is the file writer's safety net for any other plan.
 */
export function splitAtPageBreaks(plan: SheetPlan, max = MAX_PAGE_BREAKS): SheetPlan[] {
  const breaks = [...(plan.print.rowBreaks ?? [])].sort((a, b) => a - b);
  if (breaks.length <= max) return [plan];
  const ends: number[] = [];
  for (let i = max; i < breaks.length; i += max + 1) ends.push(breaks[i]);
  ends.push(Infinity);
  const pieces: SheetPlan[] = [];
  const inOrder = plan.cells.every((c, i) => i === 0 || plan.cells[i - 1].row <= c.row);
  let start = 0;
  ends.forEach((end, k) => {
    const inside = (row: number) => row >= start && row <= end;
    pieces.push({
      ...plan,
      name: pieceName(plan.name, k),
      cells: cellsBetween(plan.cells, start, end, inOrder),
      ...(plan.styleRanges
        ? {
            styleRanges: plan.styleRanges.flatMap((sr) => {
              const range = clip(sr.range, start, end);
              return range === sr.range ? [sr] : range ? [{ ...sr, range }] : [];
            }),
          }
        : {}),
      merges: plan.merges.map((m) => (inside(m.r1) && inside(m.r2) ? clip(m, start, end) : null)).filter((m): m is PlanRange => m !== null),
      rowHeights: plan.rowHeights.filter((h) => inside(h.row)).map((h) => ({ ...h, row: h.row - start })),
      validations: plan.validations.flatMap((v) => {
        const range = clip(v.range, start, end);
        return range ? [{ ...v, range }] : [];
      }),
      conditionalFormats: plan.conditionalFormats.flatMap((cf) => {
        const range = clip(cf.range, start, end);
        return range ? [{ ...cf, range }] : [];
      }),
      print: {
        ...plan.print,
        rowBreaks: breaks.filter((b) => b >= start && b < end).map((b) => b - start),
        ...(plan.print.area ? { area: clip(plan.print.area, start, end) ?? undefined } : {}),
        ...(k > 0 ? { titleRows: undefined } : {}),
      },
    });
    start = end + 1;
  });
  return pieces;
}
