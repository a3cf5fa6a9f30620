/**
 * The add-in's settings as the document stores them: one key holding Voce → Valore (the same words
 * as the Impostazioni sheet, which wins when both exist). Office and a file's webextension part
 * hand back whatever was saved, by this add-in or by anyone: the value is untrusted and checked
 * here, once, for both the Office.js adapter and the file reader.
 */
import { z } from 'zod';
import type { SettingsMap } from './workbookHost';

export const SETTINGS_KEY = 'peg.impostazioni';

/** An object of voci; values that are not text are not settings the pane wrote, and are left out. */
const StoredSettingsSchema = z.record(z.string(), z.unknown());

/** The settings map in a stored value; anything of another shape is no settings at all. */
export function settingsMapFrom(stored: unknown): SettingsMap {
  const parsed = StoredSettingsSchema.safeParse(stored);
  if (!parsed.success) return {};
  const out: SettingsMap = {};
  for (const [voce, valore] of Object.entries(parsed.data)) if (typeof valore === 'string') out[voce] = valore;
  return out;
}
