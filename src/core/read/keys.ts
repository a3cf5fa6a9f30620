/** Reading the key columns (Anno, Settore, N., Codice) shared by Obiettivi and the child sheets. */
import type { Chiave } from '../model';
import { readText } from '../values';
import { parseAnni, parseNumero } from './parse';
import type { RowReader } from './row';

export interface AnnoRead {
  anni: number[];
  testo: string | null;
  /** True when the cell is empty (the caller applies its default). */
  vuoto: boolean;
}

/** Anno of a row; an unreadable one is reported (ANNO_NON_VALIDO) and read as empty. */
export function readAnno(row: RowReader, fallback: string): AnnoRead {
  const fv = row.usable('anno');
  if (!fv) return { anni: [], testo: null, vuoto: true };
  const testo = readText(fv.v, fv.fmt);
  const p = parseAnni(fv.v, fv.fmt);
  if (p.ok) return { anni: p.value, testo, vuoto: false };
  row.report(
    'warning',
    'ANNO_NON_VALIDO',
    `Anno non valido in ${row.where('anno')}: "${testo ?? ''}" ${p.reason}. Scrivi un anno (es. 2025) o un periodo (es. 2025-2027); intanto ${fallback}.`,
    'anno',
  );
  return { anni: [], testo, vuoto: true };
}

/**
 * N. of a row: null when empty or unreadable (the latter reported). `fallback` says what is used
 * instead when an unreadable value is only a warning (N. fase takes the order of appearance).
 */
export function readNumero(row: RowReader, field = 'numero', fallback?: string): number | null {
  const fv = row.usable(field);
  if (!fv) return null;
  const p = parseNumero(fv.v, fv.fmt);
  if (p.ok) return p.value;
  row.report(
    fallback === undefined ? 'error' : 'warning',
    'VALORE_NON_VALIDO',
    `${row.label(field)} non valido in ${row.where(field)}: "${readText(fv.v, fv.fmt) ?? ''}" ${p.reason}. Scrivi un numero intero positivo (es. 3)${fallback === undefined ? '' : `; intanto ${fallback}`}.`,
    field,
  );
  return null;
}

/** The key a child row uses to point at its objective. */
export function readChiave(row: RowReader): Chiave {
  const anno = readAnno(row, "l'obiettivo viene cercato senza anno");
  return {
    anni: anno.anni,
    settore: row.text('settore') ?? '',
    // undefined when the sheet has no Ufficio column: the objective is then found without it.
    ufficio: row.has('ufficio') ? row.text('ufficio') : undefined,
    numero: readNumero(row),
    codice: row.text('codice'),
  };
}
