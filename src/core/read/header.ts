/**
 * Header detection: the first row among the first ten that holds a sheet's required headers,
 * matched by synonym (or by the user's column mapping), in any column order.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import { a1, parseA1, type SheetGrid } from '../grid';
import type { SheetKind } from '../model';
import { normalizeHeader, readText } from '../values';
import { FIELDS_BY_KIND, type FieldSpec } from './fields';
import { sheetRows } from './sheets';

/** How many rows from the top may hold the header (titles and logos may sit above it). */
export const HEADER_SEARCH_ROWS = 10;

/** User-made mapping: canonical field → header text as written in the sheet. */
export type FieldMapping = Record<string, string>;

export interface ColumnMap {
  /** 0-based row of the header (its first row when the header spans merged rows). */
  headerRow: number;
  /** 0-based row of the last header row: data starts below it. */
  headerEnd: number;
  /** Canonical field → 0-based column. */
  columns: Record<string, number>;
  /** Canonical field → the header text found in the sheet, for messages. */
  labels: Record<string, string>;
  /** First free column after the header. */
  width: number;
  /** The sheet's merged ranges: a value merged down a column applies to every row it spans. */
  merges: Merge[];
  diagnostics: Diagnostic[];
}

/** A merged header cell taller than this is not a header (a logo or a note merged down the sheet). */
const MAX_HEADER_ROWS = 3;

export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function parseMerges(sheet: SheetGrid): Merge[] {
  const out: Merge[] = [];
  for (const m of Array.isArray(sheet.merges) ? sheet.merges : []) {
    if (typeof m !== 'string') continue;
    const [from, to] = m.split(':');
    const p = from ? parseA1(from) : null;
    const q = to ? parseA1(to) : p;
    if (!p || !q) continue;
    out.push({ r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) });
  }
  return out;
}

function cellText(sheet: SheetGrid, row: number, col: number): string | null {
  const c = sheetRows(sheet)[row]?.[col];
  if (!c || typeof c !== 'object') return null;
  return readText(c.v ?? null, c.fmt);
}

/**
 * The candidate labels of each column of a header starting at `row`. A merged header may span
 * rows (`Raggiunto` over `intermedio` / `finale`): the most specific label is tried first.
 */
function headerCandidates(sheet: SheetGrid, row: number, merges: Merge[]): { end: number; candidates: string[][]; width: number } {
  const end = merges
    .filter((m) => m.r1 === row && m.r2 > row && m.r2 - m.r1 < MAX_HEADER_ROWS && cellText(sheet, m.r1, m.c1) !== null)
    .reduce((e, m) => Math.max(e, m.r2), row);
  const rows = sheetRows(sheet);
  let width = 0;
  for (let r = row; r <= end; r++) width = Math.max(width, rows[r]?.length ?? 0);
  for (const m of merges) if (m.r1 >= row && m.r1 <= end) width = Math.max(width, m.c2 + 1);
  const candidates: string[][] = [];
  let lastLabel = -1;
  for (let c = 0; c < width; c++) {
    const parts: { text: string; spanned: boolean }[] = [];
    for (let r = row; r <= end; r++) {
      const own = cellText(sheet, r, c);
      if (own !== null) {
        parts.push({ text: own, spanned: false });
        continue;
      }
      const m = merges.find((x) => x.r1 <= r && r <= x.r2 && x.c1 <= c && c <= x.c2);
      if (!m || (m.r1 === r && m.c1 === c)) continue;
      const t = cellText(sheet, m.r1, m.c1);
      // A label spanning columns belongs to its first column, unless it heads sub-labels.
      if (t !== null && (m.c1 === c || end > row)) parts.push({ text: t, spanned: m.c1 !== c });
    }
    const unique = parts.filter((p, i) => parts.findIndex((q) => q.text === p.text) === i);
    const list: string[] = [];
    if (unique.length > 1) list.push(unique.map((p) => p.text).join(' '));
    const deepest = unique[unique.length - 1];
    if (deepest && !(unique.length === 1 && deepest.spanned)) list.push(deepest.text);
    for (const p of unique.slice(0, -1).reverse()) if (!p.spanned) list.push(p.text);
    if (list.length > 0) lastLabel = c;
    candidates.push(list);
  }
  return { end, candidates, width: lastLabel + 1 };
}

function synonymIndex(specs: FieldSpec[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const spec of specs) {
    for (const s of spec.synonyms) {
      const key = normalizeHeader(s);
      if (!index.has(key)) index.set(key, spec.field);
    }
  }
  return index;
}

interface RowMatch {
  columns: Record<string, number>;
  labels: Record<string, string>;
  duplicates: { field: string; col: number; label: string }[];
  end: number;
  width: number;
}

function matchRow(sheet: SheetGrid, row: number, kind: SheetKind, merges: Merge[], mapping: FieldMapping): RowMatch {
  const specs = FIELDS_BY_KIND[kind];
  const index = synonymIndex(specs);
  const mapped = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) mapped.set(normalizeHeader(header), field);
  const { end, candidates, width } = headerCandidates(sheet, row, merges);
  const columns: Record<string, number> = {};
  const labels: Record<string, string> = {};
  const duplicates: RowMatch['duplicates'] = [];
  const take = (field: string, col: number, label: string) => {
    if (field in columns) duplicates.push({ field, col, label });
    else {
      columns[field] = col;
      labels[field] = label;
    }
  };
  // The user's mapping wins: its columns are assigned first and leave the synonym matching.
  const used = new Set<number>();
  candidates.forEach((list, col) => {
    for (const label of list) {
      const field = mapped.get(normalizeHeader(label));
      if (field && !(field in columns)) {
        take(field, col, label);
        used.add(col);
        return;
      }
    }
  });
  const mappedFields = new Set(Object.keys(columns));
  candidates.forEach((list, col) => {
    if (used.has(col)) return;
    for (const label of list) {
      const field = index.get(normalizeHeader(label));
      if (!field) continue;
      // A field the user mapped keeps the mapped column; a synonym column stays an extra column.
      if (!mappedFields.has(field)) take(field, col, label);
      return;
    }
  });
  return { columns, labels, duplicates, end, width };
}

/** Required fields still missing; a child sheet needs Codice or both Settore and N. */
function missingFields(kind: SheetKind, columns: Record<string, number>): FieldSpec[] {
  const specs = FIELDS_BY_KIND[kind];
  const missing = specs.filter((s) => s.required && !(s.field in columns));
  if (kind !== 'obiettivi' && kind !== 'impostazioni' && !('codice' in columns)) {
    for (const f of ['settore', 'numero']) {
      if (!(f in columns)) missing.push(specs.find((s) => s.field === f)!);
    }
  }
  return missing;
}

/** Finds the header of a register sheet; null columns (with COLONNA_MANCANTE) when it cannot. */
export function findHeader(sheet: SheetGrid, kind: SheetKind, mapping: FieldMapping = {}): ColumnMap | { headerRow: null; diagnostics: Diagnostic[] } {
  const merges = parseMerges(sheet);
  const rows = sheetRows(sheet);
  const limit = Math.min(HEADER_SEARCH_ROWS, rows.length);
  let best: { row: number; match: RowMatch; missing: FieldSpec[] } | null = null;
  for (let r = 0; r < limit; r++) {
    const match = matchRow(sheet, r, kind, merges, mapping);
    const missing = missingFields(kind, match.columns);
    if (missing.length === 0) {
      const diagnostics = match.duplicates.map((d) =>
        diagnose(
          'COLONNA_DUPLICATA',
          { foglio: sheet.name, intestazione: d.label, cella: a1(r, d.col), prima: match.labels[d.field], cellaPrima: a1(r, match.columns[d.field]) },
          { sheet: sheet.name, cell: a1(r, d.col) },
        ),
      );
      return { headerRow: r, headerEnd: match.end, columns: match.columns, labels: match.labels, width: match.width, merges, diagnostics };
    }
    const found = Object.keys(match.columns).length;
    if (!best || found > Object.keys(best.match.columns).length) best = { row: r, match, missing };
  }
  const diagnostics: Diagnostic[] = [];
  const anyFound = best !== null && Object.keys(best.match.columns).length > 0;
  const missing = best ? best.missing : missingFields(kind, {});
  for (const spec of missing) {
    const params = {
      foglio: sheet.name,
      colonna: spec.synonyms[0],
      intestazioni: [...spec.synonyms],
      riga: anyFound ? best!.row + 1 : null,
      righeCercate: HEADER_SEARCH_ROWS,
      oppureCodice: kind !== 'obiettivi' && (spec.field === 'settore' || spec.field === 'numero'),
    };
    diagnostics.push(diagnose('COLONNA_MANCANTE', params, { sheet: sheet.name, ...(anyFound ? { cell: a1(best!.row, 0) } : {}) }));
  }
  return { headerRow: null, diagnostics };
}
