/** Office.js errors → Italian messages a municipal clerk can act on. */
import { HostError } from '../taskpane/host';

const MESSAGES: Record<string, string> = {
  InvalidArgument: 'Excel ha rifiutato un valore da scrivere.',
  InvalidReference: 'Un riferimento a un foglio o a una cella non è valido.',
  ItemNotFound: 'Il foglio o la cella non esiste più: forse è stato rinominato o eliminato. Ripeti il controllo.',
  ItemAlreadyExists: 'Esiste già un foglio con lo stesso nome. Ripeti il controllo e riprova.',
  AccessDenied: 'Excel non consente la modifica: la cartella di lavoro è protetta o aperta in sola lettura.',
  InsertDeleteConflict: 'Excel non può inserire o eliminare celle in quel punto (tabelle o celle unite in conflitto).',
  InvalidOperation: 'Excel non consente questa operazione sulla cartella di lavoro in questo momento.',
  EditModeCannotAcquireContext: 'Stai modificando una cella: premi Invio o Esc in Excel e riprova.',
  RequestPayloadSizeLimitExceeded: 'Il lavoro è troppo grande per una sola richiesta a Excel.',
  ResponsePayloadSizeLimitExceeded: 'I fogli sono troppo grandi per essere letti in una volta.',
  ActivityLimitReached: 'Excel ha raggiunto il limite di operazioni: attendi qualche secondo e riprova.',
  RequestAborted: 'La richiesta a Excel è stata interrotta. Riprova.',
  ApiNotFound: 'Questa versione di Excel non supporta l’operazione richiesta.',
  UnsupportedOperation: 'Questa versione di Excel non supporta l’operazione richiesta.',
  UnsupportedSheet: 'Il foglio non è un foglio di lavoro (forse è un foglio grafico).',
  GeneralException: 'Excel ha segnalato un errore interno. Salva la cartella di lavoro e riprova.',
  Conflict: 'Un’altra persona sta modificando la cartella di lavoro: riprova tra poco.',
  Unauthenticated: 'La sessione di Excel è scaduta: accedi di nuovo.',
};

/** Wraps anything an Excel.run threw into a HostError with an Italian message. */
export function toHostError(err: unknown, what: string): HostError {
  if (err instanceof HostError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const detail = MESSAGES[code] ?? 'Excel ha segnalato un errore imprevisto.';
  return new HostError(`${what}: ${detail}${code && !MESSAGES[code] ? ` (codice ${code})` : ''}`, { cause: err });
}
