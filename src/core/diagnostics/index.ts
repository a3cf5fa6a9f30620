export type Severity = 'error' | 'warning';

export const DIAGNOSTIC_CODES = [
  'FOGLIO_MANCANTE',
  'COLONNA_MANCANTE',
  'CAMPO_OBBLIGATORIO',
  'PESO_NON_VALIDO',
  'PESO_TOTALE',
  'CHIAVE_DUPLICATA',
  'RIFERIMENTO_ORFANO',
  'VALORE_ERRORE',
  'ATTESO_MANCANTE',
  'OBIETTIVO_SENZA_INDICATORI',
  'INDICATORE_NON_MISURABILE',
  'TEMPISTICA_SCONOSCIUTA',
  'SCADENZE_FUORI_ORDINE',
  'RAGGIUNTO_MANCANTE',
  'PARTECIPAZIONE_OLTRE_100',
  'TIPO_SCONOSCIUTO',
  'ANNO_NON_VALIDO',
  /** A year with TUTTI objectives and no settore objectives (docs/regole.md#pesi). */
  'PESI_NON_VERIFICABILI',
  /** A header found twice in one sheet: the first is used. */
  'COLONNA_DUPLICATA',
  /** An Impostazioni value that cannot be read: the default is used. */
  'IMPOSTAZIONE_NON_VALIDA',
  /** A cell whose value cannot be read (N. not a whole number, unknown Direzione…); says what is used instead. */
  'VALORE_NON_VALIDO',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** The sheet it points at, when there is one. */
  sheet?: string;
  /** The A1 address it points at, when there is one. */
  cell?: string;
  /** Italian, for a municipal clerk: what is wrong and how to fix it. */
  message: string;
}

export function diag(
  severity: Severity,
  code: DiagnosticCode,
  message: string,
  where?: { sheet?: string; cell?: string },
): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (where?.sheet !== undefined) d.sheet = where.sheet;
  if (where?.cell !== undefined) d.cell = where.cell;
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
