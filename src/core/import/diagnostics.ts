/** What the import says about a document: Italian, naming the place (heading, objective, table row). */

export type ImportCode =
  /** Text that is none of the things the import reads: shown so nothing is lost silently. */
  | 'TESTO_NON_LETTO'
  | 'NESSUN_OBIETTIVO'
  | 'SETTORE_MANCANTE'
  | 'ANNO_MANCANTE'
  | 'OGGETTO_MANCANTE'
  | 'TIPO_MANCANTE'
  | 'TIPO_CORRETTO'
  | 'TIPO_SCONOSCIUTO'
  | 'CAMPO_RIPETUTO'
  | 'FASE_INCOMPLETA'
  | 'NUMERO_FASE_NON_VALIDO'
  | 'OBIETTIVO_DUPLICATO'
  /** Peso is never in such documents: said once, never invented. */
  | 'PESI_MANCANTI';

export interface ImportDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: ImportCode;
  /** Where, as a clerk finds it in the document: `Settore tecnico › 2025 › Obiettivo n.2, tabella 14 riga 3`. */
  place: string;
  message: string;
}
