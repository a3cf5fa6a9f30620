/**
 * The add-in's SMVP settings live in the workbook's Office settings under one key, as Voce → Valore
 * (the same words as the Impostazioni sheet, which wins when both exist).
 */
import { HostError, type SettingsMap } from '../taskpane/host';

export const SETTINGS_KEY = 'peg.impostazioni';

/** The subset of Office.Settings used here, so tests can pass a fake. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export function loadSettingsFrom(store: SettingsStore): SettingsMap {
  const raw = store.get(SETTINGS_KEY);
  if (!raw || typeof raw !== 'object') return {};
  const out: SettingsMap = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export function saveSettingsTo(store: SettingsStore, settings: SettingsMap): Promise<void> {
  store.set(SETTINGS_KEY, { ...settings });
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'failed') {
        reject(new HostError(`Impostazioni non salvate: ${result.error?.message ?? 'Excel ha rifiutato il salvataggio.'}`));
      } else resolve();
    });
  });
}
