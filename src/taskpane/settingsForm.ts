/**
 * The SMVP settings (docs/regole.md#impostazioni) as the Impostazioni tab edits them: the same Voce words as the
 * Impostazioni sheet, saved in the workbook's add-in settings. Validation mirrors what the core's
 * settings reader accepts, so a saved value never turns into an IMPOSTAZIONE_NON_VALIDA warning.
 */
import { formatDateIt, formatNumberIt } from '../core/format';
import type { Impostazioni } from '../core/model';
import { normalizeText, parseDateText, parseNumberText } from '../core/values';

export type FieldKind = 'text' | 'year' | 'date' | 'number' | 'percent' | 'scale' | 'choice' | 'yesno';

export interface SettingField {
  /** The Voce, exactly as in the Impostazioni sheet. */
  voce: string;
  kind: FieldKind;
  help: string;
  choices?: { value: string; label: string }[];
  /** The value in effect, as text, from the analysed plan (defaults included). */
  current(imp: Impostazioni): string;
}

export const SETTING_FIELDS: SettingField[] = [
  { voce: 'Ente', kind: 'text', help: 'Il nome dell’ente, per le intestazioni dei fogli generati.', current: (i) => i.ente ?? '' },
  { voce: 'Anno', kind: 'year', help: 'L’anno del piano, usato per gli obiettivi senza Anno.', current: (i) => (i.anno !== null ? String(i.anno) : '') },
  {
    voce: 'Data verifica intermedia',
    kind: 'date',
    help: 'Per esempio 30/06/2025.',
    current: (i) => (i.dataVerificaIntermedia ? formatDateIt(i.dataVerificaIntermedia) : ''),
  },
  { voce: 'Soglia raggiungimento %', kind: 'percent', help: 'Punteggio da cui un obiettivo è raggiunto (predefinito 90).', current: (i) => formatNumberIt(i.soglia) },
  {
    voce: 'Scala qualitativa',
    kind: 'scale',
    help: 'Livelli dal peggiore al migliore, separati da «;».',
    current: (i) => i.scala.join('; '),
  },
  {
    voce: 'Pesi TUTTI',
    kind: 'choice',
    help: 'Se gli obiettivi TUTTI contano nel 100 di ogni settore.',
    choices: [
      { value: 'inclusi', label: 'Inclusi nel 100 di ogni settore' },
      { value: 'esclusi', label: 'Esclusi: fanno 100 tra loro' },
    ],
    current: (i) => i.pesiTutti,
  },
  {
    voce: 'Penalità per giorno di ritardo',
    kind: 'number',
    help: 'Punti persi per ogni giorno di ritardo su una scadenza (100: in ritardo vale 0).',
    current: (i) => formatNumberIt(i.penalitaGiorno),
  },
  { voce: 'Consenti oltre 100', kind: 'yesno', help: 'Se un indicatore può superare il 100%.', current: (i) => (i.consentiOltre100 ? 'SI' : 'NO') },
  {
    voce: 'Regola obiettivo',
    kind: 'choice',
    help: 'Come il punteggio dell’obiettivo combina gli indicatori.',
    choices: [
      { value: 'media', label: 'Media degli indicatori' },
      { value: 'minimo', label: 'Il peggiore degli indicatori' },
    ],
    current: (i) => i.regolaObiettivo,
  },
  {
    voce: 'Valori mancanti',
    kind: 'choice',
    help: 'Un obiettivo senza alcun valore misurato.',
    choices: [
      { value: 'esclusi', label: 'Da rilevare (escluso dalle medie)' },
      { value: 'zero', label: 'Vale zero' },
    ],
    current: (i) => i.valoriMancanti,
  },
];

/** Italian reason a value cannot be saved; null when it is fine (empty means: use the default). */
export function validateSetting(field: SettingField, raw: string): string | null {
  const v = raw.trim();
  if (v === '') return null;
  switch (field.kind) {
    case 'year':
      return /^(19|20)\d{2}$/.test(v) ? null : 'Scrivi un anno di quattro cifre, per esempio 2025.';
    case 'date': {
      const d = parseDateText(v);
      return d && d.day !== null && d.year !== null ? null : 'Scrivi una data completa, per esempio 30/06/2025.';
    }
    case 'percent': {
      const n = parseNumberText(v);
      return n && n.value >= 0 && n.value <= 100 ? null : 'Scrivi un numero da 0 a 100, per esempio 90.';
    }
    case 'number': {
      const n = parseNumberText(v);
      return n && n.value >= 0 ? null : 'Scrivi un numero maggiore o uguale a 0.';
    }
    case 'scale':
      return v.split(';').filter((s) => s.trim()).length >= 2 ? null : 'Servono almeno due livelli separati da «;».';
    case 'choice':
      return field.choices?.some((c) => c.value === normalizeText(v)) ? null : 'Scegli uno dei valori proposti.';
    case 'yesno':
      return ['si', 'no'].includes(normalizeText(v)) ? null : 'Scegli SI o NO.';
    default:
      return null;
  }
}
