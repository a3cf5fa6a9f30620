/**
 * The live formula for a settore's somma dei pesi over the user's `Obiettivi` sheet.
 *
 * Preferred: `SUMIFS` over the Peso column by Anno and Settore (one term per spelling found), which
 * also follows rows the user adds later. It is used only when a simulation of SUMIFS over the
 * register gives exactly the rows and the sum the core counts. When it cannot (Anno empty or a span
 * `2025-2027`, a settore spelled differently on some rows, Peso as text `"10%"` or as `0,1` with a `%`
 * format…), the formula adds the Peso cells of the counted rows one by one, each converted as the
 * core reads it: still live on every peso edit and auditable cell by cell, but a row added later is
 * not followed until the next build.
 */
import { a1, cellAt, columnLetters, isCellError, type Cell, type SheetGrid, type WorkbookGrid } from '../grid';
import type { Obiettivo, SheetInfo } from '../model';
import type { SettoreResult } from '../results';
import { sheetRef } from './sheetNames';

export interface WeightFormula {
  formula: string;
  /** `sumifs` when the formula follows the columns, `celle` when it adds the counted cells. */
  kind: 'sumifs' | 'celle' | 'valore';
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function colRange(sheet: string, col: number): string {
  const c = columnLetters(col);
  return `${sheetRef(sheet)}$${c}:$${c}`;
}

/** Excel-side criterion equality (SUMIFS): numbers by value, text case-insensitively, exactly. */
function criterionMatches(cell: Cell | null, crit: number | string): boolean | 'ambiguous' {
  const v = cell?.v ?? null;
  if (typeof crit === 'number') {
    if (typeof v === 'number') return v === crit;
    if (typeof v === 'string' && v.trim() !== '' && Number(v.trim()) === crit) return 'ambiguous';
    return false;
  }
  if (typeof v === 'string') return v.toLowerCase() === crit.toLowerCase();
  if (typeof v === 'number' && String(v) === crit.trim()) return 'ambiguous';
  return false;
}

/**
 * The register's rows by the criteria they answer, built once per sheet and columns: a row with a
 * number in Anno and text in Settore matches a term exactly when its `anno|settore in lower case`
 * is the term's; every other row that could match or be ambiguous is kept aside and checked term
 * by term as SUMIFS would read it. Rows with neither shape can never be picked.
 */
interface RegisterIndex {
  clean: Map<string, number[]>;
  other: number[];
}

const registerIndexes = new WeakMap<SheetGrid, Map<string, RegisterIndex>>();

function criterionKey(anno: number, settore: string): string {
  return `${anno}|${settore.toLowerCase()}`;
}

function registerIndex(grid: SheetGrid, annoCol: number, settoreCol: number): RegisterIndex {
  let bySheet = registerIndexes.get(grid);
  if (!bySheet) {
    bySheet = new Map();
    registerIndexes.set(grid, bySheet);
  }
  const cols = `${annoCol}|${settoreCol}`;
  const cached = bySheet.get(cols);
  if (cached) return cached;
  const index: RegisterIndex = { clean: new Map(), other: [] };
  for (let r = 0; r < grid.rows.length; r++) {
    const a = cellAt(grid, r, annoCol)?.v ?? null;
    const s = cellAt(grid, r, settoreCol)?.v ?? null;
    if (typeof a === 'number' && typeof s === 'string') {
      // NaN equals no criterion.
      if (Number.isNaN(a)) continue;
      const key = criterionKey(a, s);
      const rows = index.clean.get(key);
      if (rows) rows.push(r);
      else index.clean.set(key, [r]);
    } else if ((typeof a === 'number' || typeof a === 'string') && (typeof s === 'number' || typeof s === 'string')) {
      index.other.push(r);
    }
  }
  bySheet.set(cols, index);
  return index;
}

function rowOf(o: Obiettivo): number {
  return o.source.row - 1;
}

function tryTerms(
  grid: SheetGrid,
  info: SheetInfo,
  counted: Obiettivo[],
  total: number,
): { anno: number | string; settore: string }[] | null {
  const { anno: annoCol, settore: settoreCol, peso: pesoCol } = info.columns;
  if (annoCol === undefined || settoreCol === undefined || pesoCol === undefined) return null;
  const terms: { anno: number; settore: string }[] = [];
  for (const o of counted) {
    // An objective read from a scheda has no row in the register: SUMIFS cannot count it.
    if (o.source.sheet !== info.name) return null;
    const anno = cellAt(grid, rowOf(o), annoCol)?.v;
    const settore = cellAt(grid, rowOf(o), settoreCol)?.v;
    const peso = cellAt(grid, rowOf(o), pesoCol)?.v;
    // SUMIFS reads `* ? ~` as wildcards and a leading `= < >` as a comparison: such names cannot be criteria.
    if (typeof anno !== 'number' || typeof settore !== 'string' || /[*?~]/.test(settore) || /^\s*[=<>]/.test(settore)) return null;
    if (typeof peso !== 'number' || Math.abs(peso - (o.peso ?? NaN)) > 1e-9) return null;
    if (!terms.some((t) => t.anno === anno && t.settore.toLowerCase() === settore.toLowerCase())) terms.push({ anno, settore });
  }
  // Simulate the SUMIFS: the rows it picks must be the counted rows, and its sum the core's total.
  const index = registerIndex(grid, annoCol, settoreCol);
  const picked: number[] = [];
  for (const t of terms) {
    const rows = index.clean.get(criterionKey(t.anno, t.settore));
    if (rows) picked.push(...rows);
  }
  // The few rows a criterion may read differently from the core (numbers as text and the like).
  for (const r of index.other) {
    let hit = false;
    for (const t of terms) {
      const a = criterionMatches(cellAt(grid, r, annoCol), t.anno);
      const s = criterionMatches(cellAt(grid, r, settoreCol), t.settore);
      if (a === 'ambiguous' || s === 'ambiguous') {
        if (a !== false && s !== false) return null;
        continue;
      }
      if (a && s) hit = true;
    }
    if (hit) picked.push(r);
  }
  // In row order, so that the sum is the one SUMIFS adds.
  picked.sort((x, y) => x - y);
  const countedRows = new Set(counted.map(rowOf));
  let sum = 0;
  for (const r of picked) {
    const p = cellAt(grid, r, pesoCol)?.v;
    if (!countedRows.has(r)) {
      if (typeof p === 'number' && p !== 0) return null;
      continue;
    }
    if (typeof p === 'number') sum += p;
  }
  return Math.abs(sum - total) <= 0.01 ? terms : null;
}

/** One counted Peso cell as the core reads it. */
function cellTerm(grid: SheetGrid | undefined, sheet: string, o: Obiettivo, pesoCol: number | undefined): string {
  // A scheda's peso sits in its heading text (`PESO: 10`), not in a register cell: use the value.
  if (o.source.sheet !== sheet) return String(o.peso ?? 0);
  const address = o.source.cells.peso ?? (pesoCol !== undefined ? a1(rowOf(o), pesoCol) : null);
  if (!address) return String(o.peso ?? 0);
  const ref = `${sheetRef(sheet)}${address.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2')}`;
  const cell = grid ? cellAt(grid, rowOf(o), pesoCol ?? -1) : null;
  const v = cell?.v ?? null;
  if (typeof v === 'number') {
    const p = o.peso ?? 0;
    return Math.abs(v - p) > 1e-9 && Math.abs(v * 100 - p) < 1e-6 ? `${ref}*100` : ref;
  }
  if (typeof v === 'string') return `NUMBERVALUE(SUBSTITUTE(${ref},"%",""),",",".")`;
  if (v !== null && isCellError(v)) return String(o.peso ?? 0);
  return ref;
}

/** The formula (with leading `=`) giving total(Y,S) from the register. */
export function weightFormula(
  grid: WorkbookGrid | undefined,
  info: SheetInfo | undefined,
  s: SettoreResult,
  counted: Obiettivo[],
): WeightFormula {
  if (!info || counted.length === 0) return { formula: `=${s.sommaPesi}`, kind: 'valore' };
  const sheetGrid = grid?.sheets.find((g) => g.name === info.name);
  if (sheetGrid) {
    const terms = tryTerms(sheetGrid, info, counted, s.sommaPesi);
    if (terms) {
      const peso = colRange(info.name, info.columns.peso);
      const anno = colRange(info.name, info.columns.anno);
      const settore = colRange(info.name, info.columns.settore);
      const parts = terms.map((t) => `SUMIFS(${peso},${anno},${typeof t.anno === 'number' ? t.anno : quoteText(t.anno)},${settore},${quoteText(t.settore)})`);
      return { formula: `=${parts.join('+')}`, kind: 'sumifs' };
    }
  }
  const parts = counted.map((o) => cellTerm(sheetGrid, info.name, o, info.columns.peso));
  return { formula: `=${parts.join('+')}`, kind: 'celle' };
}

/** The status formula next to a weight cell: `OK` / `mancano 5` / `eccede di 5`, as the rules say it. */
export function weightStatusFormula(weightCell: string): string {
  const diff = (expr: string) => `SUBSTITUTE(ROUND(${expr},2)&"",".",",")`;
  return `=IF(ABS(${weightCell}-100)<=0.01,"OK",IF(${weightCell}<100,"mancano "&${diff(`100-${weightCell}`)},"eccede di "&${diff(`${weightCell}-100`)}))`;
}
