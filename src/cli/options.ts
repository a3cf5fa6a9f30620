/** Parsing of the options shared by several commands, with Italian usage errors. */
import type { MomentoVerifica } from '../core/results';
import { UsageError } from './errors';

export function parseVerifica(value: string | undefined): MomentoVerifica | null {
  if (value === undefined) return null;
  const v = value.trim().toLowerCase();
  if (v === 'intermedia' || v === 'finale') return v;
  throw new UsageError(`Valore non valido per --verifica: "${value}". Usa "intermedia" oppure "finale".`);
}

export function parseAnno(value: string | undefined): number | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2200) {
    throw new UsageError(`Valore non valido per --anno: "${value}". Scrivi un anno di quattro cifre, per esempio 2025.`);
  }
  return Number(v);
}
