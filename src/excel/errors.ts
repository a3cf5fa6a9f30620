/**
 * Office.js errors → Italian messages a municipal clerk can act on (codes: Excel.ErrorCodes and
 * Microsoft's "Error handling with the application-specific JavaScript APIs"). The code and
 * `debugInfo.errorLocation` go to the error's details, for whoever helps the user.
 */
import { HostError } from '../host/workbookHost';

const MESSAGES: Record<string, string> = {
  InvalidArgument: 'Excel ha rifiutato un valore da scrivere.',
  InvalidReference: 'Un riferimento a un foglio o a una cella non è valido.',
  ItemNotFound: 'Il foglio o la cella non esiste più: forse è stato rinominato o eliminato. Ripeti il controllo.',
  ItemAlreadyExists: 'Esiste già un foglio con lo stesso nome. Ripeti il controllo e riprova.',
  AccessDenied: 'Excel non consente la modifica: la cartella di lavoro o il foglio sono protetti, o il file è aperto in sola lettura. Togli la protezione e riprova.',
  InsertDeleteConflict: 'Excel non può inserire o eliminare celle in quel punto (tabelle o celle unite in conflitto).',
  InvalidOperation: 'Excel non consente questa operazione sulla cartella di lavoro in questo momento.',
  InvalidOperationInCellEditMode: 'Stai modificando una cella: premi Invio o Esc in Excel e riprova.',
  EditModeCannotAcquireContext: 'Stai modificando una cella: premi Invio o Esc in Excel e riprova.',
  InactiveWorkbook: 'La cartella di lavoro non è più attiva (è stata chiusa o è aperta un’altra finestra): torna alla cartella e riprova.',
  MergedRangeConflict: 'Alcune celle unite nel foglio impediscono la scrittura: separa le celle unite nell’area indicata e riprova.',
  FilteredRangeConflict: 'Un filtro attivo impedisce la scrittura: togli i filtri dal foglio (Dati › Cancella) e riprova.',
  FormulaLengthExceedsLimit: 'Una formula supera la lunghezza che Excel accetta (8.192 caratteri).',
  RangeExceedsLimit: 'L’area da leggere o scrivere è più grande di quanto Excel consenta in una volta.',
  OperationCellsExceedLimit: 'L’operazione riguarda più celle di quante Excel ne consenta in una volta.',
  MemoryLimitReached: 'Excel ha esaurito la memoria disponibile: chiudi altre cartelle di lavoro, salva e riprova.',
  ServiceNotAvailable: 'Il servizio di Excel non è disponibile in questo momento: attendi qualche minuto e riprova.',
  PropertyNotLoaded: 'Errore interno del componente nella lettura da Excel: segnalalo con i dettagli qui sotto.',
  NonBlankCellOffSheet: 'Excel non può spostare celle non vuote oltre il bordo del foglio.',
  PivotTableRangeConflict: 'Una tabella pivot si sovrappone all’area da scrivere: spostala e riprova.',
  RequestPayloadSizeLimitExceeded: 'Il lavoro è troppo grande per una sola richiesta a Excel.',
  ResponsePayloadSizeLimitExceeded: 'I fogli sono troppo grandi per essere letti in una volta.',
  ActivityLimitReached: 'Excel ha raggiunto il limite di operazioni: attendi qualche secondo e riprova.',
  RequestAborted: 'La richiesta a Excel è stata interrotta. Riprova.',
  Timeout: 'Excel non ha risposto in tempo. Riprova.',
  ApiNotFound: 'Questa versione di Excel non supporta l’operazione richiesta.',
  UnsupportedOperation: 'Questa versione di Excel non supporta l’operazione richiesta.',
  NotImplemented: 'Questa versione di Excel non supporta l’operazione richiesta.',
  UnsupportedSheet: 'Il foglio non è un foglio di lavoro (forse è un foglio grafico).',
  GeneralException: 'Excel ha segnalato un errore interno. Salva la cartella di lavoro e riprova.',
  Conflict: 'Un’altra persona sta modificando la cartella di lavoro: riprova tra poco.',
  Unauthenticated: 'La sessione di Excel è scaduta: accedi di nuovo.',
};

/** The code of an Office.js error (`err.code`), or ''. */
export function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** `codice X; posizione Y` from an Office.js error, for the details. */
function detailsOf(err: unknown, code: string): string | undefined {
  const info = typeof err === 'object' && err !== null ? (err as { debugInfo?: { errorLocation?: unknown; statement?: unknown } }).debugInfo : undefined;
  const parts = [code ? `codice ${code}` : '', info?.errorLocation ? `posizione ${String(info.errorLocation)}` : '', info?.statement ? `istruzione ${String(info.statement)}` : ''];
  const text = parts.filter(Boolean).join('; ');
  return text || undefined;
}

/** Wraps anything an Excel.run threw into a HostError with an Italian message. */
export function toHostError(err: unknown, what: string): HostError {
  if (err instanceof HostError) return err;
  const code = errorCode(err);
  const detail = MESSAGES[code] ?? 'Excel ha segnalato un errore imprevisto.';
  return new HostError(`${what}: ${detail}${code && !MESSAGES[code] ? ` (codice ${code})` : ''}`, { cause: err, details: detailsOf(err, code) });
}
