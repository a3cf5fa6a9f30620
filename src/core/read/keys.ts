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
  row.report('ANNO_NON_VALIDO', { dove: row.where('anno'), valore: testo ?? '', motivo: p.reason, intanto: fallback }, 'anno');
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
  const params = { campo: row.label(field), dove: row.where(field), valore: readText(fv.v, fv.fmt) ?? '', motivo: p.reason, come: 'Scrivi un numero intero positivo (es. 3)' };
  // Without a fallback the row cannot be keyed: an error; with one (N. fase), a warning.
  if (fallback === undefined) row.report('CAMPO_NON_VALIDO', params, field);
  else row.report('VALORE_NON_VALIDO', { ...params, intanto: fallback }, field);
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
