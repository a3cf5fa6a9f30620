/** User values (atteso, raggiunto, dates) shown in generated sheets as they were typed. */
import { isCellError } from '../grid';
import type { RawValue } from '../model';
import { formatNumberIt } from '../format';
import type { PlanValue } from './types';

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The value to write and the number format it needs (the user's own, kept). */
export function rawToPlan(raw: RawValue | null | undefined): { value?: PlanValue; numberFormat?: string } {
  if (!raw) return {};
  const v = raw.v;
  if (v === null) return {};
  if (v instanceof Date) return { value: { t: 'date', v: isoDate(v) }, numberFormat: 'dd/mm/yyyy' };
  if (typeof v === 'number') {
    const fmt = raw.fmt && raw.fmt !== 'General' ? raw.fmt : undefined;
    return { value: { t: 'number', v }, numberFormat: fmt };
  }
  if (typeof v === 'boolean') return { value: { t: 'text', v: v ? 'SI' : 'NO' } };
  if (isCellError(v)) return { value: { t: 'text', v: v.error } };
  return v.trim() === '' ? {} : { value: { t: 'text', v } };
}

/** Units counted in whole steps, singular for one step: `-1 livello`, `+1 giorno` (not `-1 livelli`). */
export const SINGULAR_UNIT: Record<string, string> = { livelli: 'livello', giorni: 'giorno', 'punti %': 'punto %' };

/** `+5 punti %`, `-3 giorni`, `-1 livello`: a scostamento with its unit, signed, Italian. */
export function formatScostamento(value: number | null, unit: string): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const sign = value > 0 ? '+' : '';
  const word = Math.abs(value) === 1 ? (SINGULAR_UNIT[unit] ?? unit) : unit;
  return `${sign}${formatNumberIt(value, 2)}${word ? ` ${word}` : ''}`;
}
