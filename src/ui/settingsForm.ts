/**
 * The SMVP settings as the Impostazioni tab edits them: one field per setting definition
 * (core/settings/definitions.ts), with the same Voce as the Impostazioni sheet, saved in the
 * workbook's add-in settings. A value is checked by the very function the reader uses, so a value
 * the form accepts never turns into an IMPOSTAZIONE_NON_VALIDA warning, and the other way round.
 */
import type { Impostazioni } from '../core/model';
import { SETTINGS, SETTING_KEYS, type SettingDefinition, type SettingKey, type SettingType } from '../core/settings/definitions';

export type FieldKind = 'text' | 'year' | 'date' | 'number' | 'percent' | 'scale' | 'choice' | 'yesno' | 'bands';

const KIND: Record<SettingType, FieldKind> = {
  testo: 'text',
  anno: 'year',
  data: 'date',
  numero: 'number',
  percentuale: 'percent',
  scala: 'scale',
  scelta: 'choice',
  'si/no': 'yesno',
  fasce: 'bands',
  json: 'text',
};

export interface SettingField {
  key: SettingKey;
  /** The Voce, exactly as in the Impostazioni sheet. */
  voce: string;
  kind: FieldKind;
  help: string;
  /** For a choice: the word saved (as the sheet writes it) and what it means. */
  choices?: { value: string; label: string }[];
  /** The value in effect, as text, from the analysed plan (defaults included). */
  current(imp: Impostazioni): string;
}

function definition(key: SettingKey): SettingDefinition<unknown> {
  return SETTINGS[key] as SettingDefinition<unknown>;
}

export const SETTING_FIELDS: SettingField[] = SETTING_KEYS.filter((k) => definition(k).inForm).map((key) => {
  const def = definition(key);
  const field: SettingField = { key, voce: def.voce, kind: KIND[def.type], help: def.help, current: (imp) => def.show(imp[key]) };
  if (def.choices) field.choices = def.choices.map((c) => ({ value: c.text, label: c.label }));
  return field;
});

/**
 * Italian reason a value cannot be saved; null when it is fine (empty means: use the default).
 * `imp` gives the plan year for a date written without one, as the reader does.
 */
export function validateSetting(field: SettingField, raw: string, imp?: Pick<Impostazioni, 'anno'>): string | null {
  const v = raw.trim();
  if (v === '') return null;
  const read = definition(field.key).read({ v }, { anno: imp?.anno ?? null });
  if (read.ok) return null;
  // The reader's reason (`scrivi un numero da 0 a 100, es. 90`) as a sentence.
  return `${read.reason.charAt(0).toUpperCase()}${read.reason.slice(1)}.`;
}
