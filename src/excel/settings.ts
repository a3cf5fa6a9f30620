/**
 * The add-in's SMVP settings live in the workbook's Office settings under one key, as Voce → Valore
 * (the same words as the Impostazioni sheet, which wins when both exist).
 */
import { HostError, type SettingsMap } from '../host/workbookHost';

import { SETTINGS_KEY, settingsMapFrom } from '../host/documentSettings';

export { SETTINGS_KEY };

/** The subset of Office.Settings used here, so tests can pass a fake. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export function loadSettingsFrom(store: SettingsStore): SettingsMap {
  return settingsMapFrom(store.get(SETTINGS_KEY));
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
