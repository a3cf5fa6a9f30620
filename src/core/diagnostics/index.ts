/**
 * Diagnostics: what the tool tells a clerk about a plan. Codes, severities and messages live in
 * the catalogue (catalogue.ts); call sites build a diagnostic with `diagnose(code, params, where)`.
 */
import { CATALOGUE, renderMessage, type DiagnosticCode, type DiagnosticParams, type Severity } from './catalogue';

export { CATALOGUE, DIAGNOSTIC_CODES, renderMessage, severityOf } from './catalogue';
export type { CampoObbligatorio, CatalogueEntry, DiagnosticCode, DiagnosticParams, RegolaPesi, Severity } from './catalogue';

export interface Diagnostic<C extends DiagnosticCode = DiagnosticCode> {
  severity: Severity;
  code: C;
  /** The sheet it points at, when there is one. */
  sheet?: string;
  /** The A1 address it points at, when there is one. */
  cell?: string;
  /**
   * Where in a document without sheets or cells (the Word import): `Settore tecnico › 2025 ›
   * Obiettivo n.2, tabella 3, riga 4`. Not part of the JSON of check / summary (workbooks only).
   */
  place?: string;
  /** Italian, for a municipal clerk: what is wrong and how to fix it (rendered from `params`). */
  message: string;
  /** The typed facts the message is built from: what tests assert. Not part of the JSON output. */
  params: DiagnosticParams<C>;
}

export interface Where {
  sheet?: string;
  cell?: string;
  place?: string;
}

/** The diagnostic `code` for `params`, pointing at `where`; severity and message come from the catalogue. */
export function diagnose<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, where?: Where): Diagnostic<C> {
  const d: Diagnostic<C> = { severity: CATALOGUE[code].severity, code, message: renderMessage(code, params), params };
  if (where?.sheet !== undefined) d.sheet = where.sheet;
  if (where?.cell !== undefined) d.cell = where.cell;
  if (where?.place !== undefined) d.place = where.place;
  return d;
}

/** Stable order for output: by sheet order of appearance is the caller's; here errors first, then sheet, row, column. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const rowOf = (c?: string) => (c ? Number(/\d+/.exec(c)?.[0] ?? 0) : 0);
  const colOf = (c?: string) => (c ? (/^[A-Z]+/.exec(c)?.[0] ?? '') : '');
  return [...list].sort((a, b) => {
    if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
    const sa = a.sheet ?? '';
    const sb = b.sheet ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    const ra = rowOf(a.cell);
    const rb = rowOf(b.cell);
    if (ra !== rb) return ra - rb;
    const ca = colOf(a.cell);
    const cb = colOf(b.cell);
    if (ca.length !== cb.length) return ca.length - cb.length;
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  });
}
