/**
 * Settings: the `Impostazioni` sheet (Voce / Valore) over the add-in settings saved in the
 * workbook (`grid.settings`); the sheet wins. What each voce means and how it is read is defined
 * once in settings/definitions.ts; this file finds the entries and records where each came from.
 * An unreadable value keeps its default, with a warning.
 */
import { z } from 'zod';
import { diagnose, type Diagnostic } from '../diagnostics';
import { isCellError, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid';
import type { SheetInfo, SheetKind } from '../model';
import {
  MAPPA_COLONNE as MAPPA_COLONNE_DEF,
  SETTINGS,
  SETTING_KEYS,
  defaultImpostazioni,
  voceIndex,
  type Impostazioni,
  type SettingDefinition,
  type SettingKey,
  type SettingSource,
} from '../settings/definitions';
import { normalizeHeader, readText } from '../values';
import { FIELDS_BY_KIND } from './fields';
import { findHeader, type FieldMapping } from './header';
import { RowReader } from './row';
import { sheetRows } from './sheets';

/**
 * Voce of the user's column mapping, read like any other voce (add-in settings or the sheet):
 * JSON `{ "<sheet kind>": { "<canonical field>": "<header text as in the sheet>" } }`, e.g.
 * `{ "obiettivi": { "peso": "Punti assegnati" } }`. Kinds are the SheetKind names (any case);
 * fields are those of `FIELDS_BY_KIND`. A mapped header wins over the synonyms for its field.
 */
export const MAPPA_COLONNE = MAPPA_COLONNE_DEF.voce;

interface Entry {
  voce: string;
  v: CellValue;
  fmt?: string;
  /** Sheet and cell of the value, when it comes from the Impostazioni sheet. */
  sheet?: string;
  cell?: string;
}

export interface SettingsResult {
  impostazioni: Impostazioni;
  mapping: Partial<Record<SheetKind, FieldMapping>>;
  sheet: SheetInfo | null;
  /** True when the plan year was written (not inferred). */
  annoScritto: boolean;
  diagnostics: Diagnostic[];
}

function textOf(e: Entry): string | null {
  return isCellError(e.v) ? null : readText(e.v, e.fmt);
}

function sourceOf(e: Entry): SettingSource {
  return e.sheet !== undefined && e.cell !== undefined ? { kind: 'foglio', sheet: e.sheet, cell: e.cell } : { kind: 'documento' };
}

function originOf(e: Entry): string {
  return e.sheet !== undefined ? `${e.sheet}!${e.cell}` : 'impostazioni del componente aggiuntivo';
}

function whereOf(e: Entry): { sheet?: string; cell?: string } | undefined {
  return e.sheet !== undefined ? { sheet: e.sheet, cell: e.cell } : undefined;
}

const isBlank = (e: Entry) => e.v === null || (typeof e.v === 'string' && e.v.trim() === '');

function entriesFromSettings(grid: WorkbookGrid): Entry[] {
  const s = grid.settings;
  if (!s || typeof s !== 'object') return [];
  return Object.entries(s)
    .filter(([, v]) => typeof v === 'string')
    .map(([voce, v]) => ({ voce, v }));
}

function entriesFromSheet(sheet: SheetGrid, diagnostics: Diagnostic[]): { entries: Entry[]; info: SheetInfo } {
  const found = findHeader(sheet, 'impostazioni');
  // Without a Voce / Valore header, the two first columns are read as voce and valore.
  const map =
    found.headerRow === null
      ? { headerRow: -1, headerEnd: -1, columns: { voce: 0, valore: 1 }, labels: { voce: 'Voce', valore: 'Valore' }, width: 2, merges: [], diagnostics: [] }
      : found;
  diagnostics.push(...map.diagnostics);
  const rows = sheetRows(sheet);
  const entries: Entry[] = [];
  let lastRow = Math.max(map.headerEnd, 0);
  for (let r = map.headerEnd + 1; r < rows.length; r++) {
    const row = new RowReader(sheet, r, map, diagnostics);
    const voce = row.text('voce');
    const fv = row.value('valore');
    if (voce === null && fv === null) continue;
    lastRow = r;
    if (voce === null) continue;
    entries.push({ voce, v: fv ? fv.v : null, ...(fv?.fmt !== undefined ? { fmt: fv.fmt } : {}), sheet: sheet.name, cell: row.address('valore') });
  }
  const info: SheetInfo = {
    kind: 'impostazioni',
    name: sheet.name,
    headerRow: Math.max(map.headerRow, 0),
    lastRow,
    columns: map.columns,
    width: map.width,
  };
  return { entries, info };
}

/** A JSON object (not an array, not null): the *Mappa colonne* and each of its sheets. */
const ObjectSchema = z.record(z.string(), z.unknown());

function readMapping(e: Entry, diagnostics: Diagnostic[]): Partial<Record<SheetKind, FieldMapping>> {
  const warn = (motivo: string) =>
    diagnostics.push(diagnose('IMPOSTAZIONE_NON_VALIDA', { voce: MAPPA_COLONNE, dove: originOf(e), motivo, effetto: 'mappa ignorata' }, whereOf(e)));
  let data: unknown;
  try {
    data = JSON.parse(textOf(e) ?? '');
  } catch {
    warn('il testo non è una mappa leggibile');
    return {};
  }
  // Text the user (or any tool) typed: its shape is checked, never assumed.
  const map = ObjectSchema.safeParse(data);
  if (!map.success) {
    warn('il testo non è una mappa leggibile');
    return {};
  }
  const out: Partial<Record<SheetKind, FieldMapping>> = {};
  for (const [kindText, value] of Object.entries(map.data)) {
    const kind = (Object.keys(FIELDS_BY_KIND) as SheetKind[]).find((k) => k === normalizeHeader(kindText));
    const fields = ObjectSchema.safeParse(value);
    if (!kind || !fields.success) {
      warn(`"${kindText}" non è un foglio del registro`);
      continue;
    }
    const mapping: FieldMapping = {};
    for (const [field, header] of Object.entries(fields.data)) {
      if (typeof header !== 'string' || !FIELDS_BY_KIND[kind].some((s) => s.field === field)) {
        warn(`"${field}" non è una colonna del foglio ${kindText}`);
        continue;
      }
      mapping[field] = header;
    }
    out[kind] = mapping;
  }
  return out;
}

/** Settings first: the one setting a key reads from, in the order the definitions need (Anno before a date). */
function readingOrder(): SettingKey[] {
  const first = SETTING_KEYS.filter((k) => !(SETTINGS[k] as SettingDefinition<unknown>).after?.length);
  return [...first, ...SETTING_KEYS.filter((k) => !first.includes(k))];
}

export function readSettings(grid: WorkbookGrid, sheet: SheetGrid | null): SettingsResult {
  const diagnostics: Diagnostic[] = [];
  const impostazioni = defaultImpostazioni();
  const fonti: Impostazioni['fonti'] = {};
  const fromSheet = sheet ? entriesFromSheet(sheet, diagnostics) : null;
  const index = voceIndex();
  // Settings first, then the sheet: the sheet's value wins for the same setting.
  const bySetting = new Map<SettingKey | 'mappaColonne', Entry>();
  for (const e of [...entriesFromSettings(grid), ...(fromSheet?.entries ?? [])]) {
    const key = index.get(normalizeHeader(e.voce));
    if (key !== undefined && !isBlank(e)) bySetting.set(key, e);
  }
  // A voce the tool does not know, written in the sheet, is most likely a typo: say so.
  for (const e of fromSheet?.entries ?? []) {
    if (index.has(normalizeHeader(e.voce)) || isBlank(e)) continue;
    const voci = SETTING_KEYS.map((k) => SETTINGS[k].voce);
    diagnostics.push(diagnose('IMPOSTAZIONE_SCONOSCIUTA', { voce: e.voce, foglio: e.sheet ?? '', voci }, whereOf(e)));
  }
  let mapping: Partial<Record<SheetKind, FieldMapping>> = {};
  const mapEntry = bySetting.get('mappaColonne');
  if (mapEntry) mapping = readMapping(mapEntry, diagnostics);
  let annoScritto = false;
  const values = impostazioni as Record<SettingKey, unknown>;
  for (const key of readingOrder()) {
    const e = bySetting.get(key);
    if (!e) continue;
    const def = SETTINGS[key] as SettingDefinition<unknown>;
    const read = isCellError(e.v)
      ? ({ ok: false, reason: `contiene l'errore di Excel ${e.v.error}` } as const)
      : def.read(e.fmt !== undefined ? { v: e.v, fmt: e.fmt } : { v: e.v }, { anno: impostazioni.anno });
    if (read.ok) {
      values[key] = read.value;
      fonti[key] = sourceOf(e);
      if (key === 'anno') annoScritto = true;
      continue;
    }
    diagnostics.push(
      diagnose('IMPOSTAZIONE_NON_VALIDA', { voce: def.voce, dove: originOf(e), motivo: read.reason, effetto: def.onInvalid ?? 'predefinito' }, whereOf(e)),
    );
  }
  impostazioni.fonti = fonti;
  return { impostazioni, mapping, sheet: fromSheet?.info ?? null, annoScritto, diagnostics };
}
