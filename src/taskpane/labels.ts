/** Italian words the pane shows for the core's codes and states. */
import type { DiagnosticCode } from '../core/diagnostics';
import type { Classificazione, ClassificazioneTempi } from '../core/results';

export const CODE_LABELS: Record<DiagnosticCode, string> = {
  FOGLIO_MANCANTE: 'Foglio mancante',
  COLONNA_MANCANTE: 'Colonna mancante',
  CAMPO_OBBLIGATORIO: 'Campo obbligatorio vuoto',
  PESO_NON_VALIDO: 'Peso non valido',
  PESO_TOTALE: 'Somma dei pesi diversa da 100',
  CHIAVE_DUPLICATA: 'Obiettivo duplicato',
  RIFERIMENTO_ORFANO: 'Riga senza obiettivo',
  VALORE_ERRORE: 'Errore di Excel in una cella',
  ATTESO_MANCANTE: 'Valore atteso mancante',
  OBIETTIVO_SENZA_INDICATORI: 'Obiettivo senza indicatori',
  INDICATORE_NON_MISURABILE: 'Indicatore non misurabile',
  TEMPISTICA_SCONOSCIUTA: 'Tempistica non riconosciuta',
  SCADENZE_FUORI_ORDINE: 'Scadenze fuori ordine',
  RAGGIUNTO_MANCANTE: 'Valore raggiunto mancante',
  PARTECIPAZIONE_OLTRE_100: 'Partecipazione oltre il 100%',
  TIPO_SCONOSCIUTO: 'Tipo non riconosciuto',
  ANNO_NON_VALIDO: 'Anno non valido',
  PESI_NON_VERIFICABILI: 'Pesi non verificabili',
  COLONNA_DUPLICATA: 'Colonna ripetuta',
  IMPOSTAZIONE_NON_VALIDA: 'Impostazione non valida',
  VALORE_NON_VALIDO: 'Valore non valido',
};

/** A code someone adds later still gets a readable label. */
export function codeLabel(code: string): string {
  return (CODE_LABELS as Record<string, string>)[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export const CLASSIFICAZIONE: Record<Classificazione, string> = {
  raggiunto: 'Raggiunto',
  parzialmente_raggiunto: 'Parzialmente raggiunto',
  non_raggiunto: 'Non raggiunto',
  da_rilevare: 'Da rilevare',
};

export const TEMPI: Record<ClassificazioneTempi, string> = {
  nei_tempi: 'Nei tempi',
  in_ritardo: 'In ritardo',
  non_misurabile: 'Tempi non misurabili',
};

/** `1 errore` / `3 errori`. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('it-IT')} ${n === 1 ? one : many}`;
}

export function listIt(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}
