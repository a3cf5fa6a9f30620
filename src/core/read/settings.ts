/**
 * Settings: the `Impostazioni` sheet (Voce / Valore) over the add-in settings saved in the
 * workbook (`grid.settings`); the sheet wins. An unreadable value keeps its default, with a warning.
 */
import { diag, type Diagnostic } from '../diagnostics';
import { isCellError, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid';
import { defaultImpostazioni, type Impostazioni, type SheetInfo, type SheetKind } from '../model';
import { normalizeHeader, readDate, readNumber, readText } from '../values';
import { FIELDS_BY_KIND } from './fields';
import { findHeader, type FieldMapping } from './header';
import { parseAnni } from './parse';
import { RowReader } from './row';
import { sheetRows } from './sheets';

/**
 * Voce of the user's column mapping, read like any other voce (add-in settings or the sheet):
 * JSON `{ "<sheet kind>": { "<canonical field>": "<header text as in the sheet>" } }`, e.g.
 * `{ "obiettivi": { "peso": "Punti assegnati" } }`. Kinds are the SheetKind names (any case);
 * fields are those of `FIELDS_BY_KIND`. A mapped header wins over the synonyms for its field.
 */
export const MAPPA_COLONNE = 'Mappa colonne';

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

type Setter = (e: Entry, out: Impostazioni) => string | null;

const YES = new Set(['si', 'sì', 'vero', 'true', 'x', '1', 'yes']);
const NO = new Set(['no', 'falso', 'false', '0']);

function textOf(e: Entry): string | null {
  return isCellError(e.v) ? null : readText(e.v, e.fmt);
}

/** Each voce (normalised) → how to read it; a returned string says why it could not. */
const SETTERS: [string[], string, Setter][] = [
  [['ente', 'comune', 'nome ente'], 'Ente', (e, out) => {
    out.ente = textOf(e);
    return null;
  }],
  [['anno', 'anno del piano', 'esercizio'], 'Anno', (e, out) => {
    const p = parseAnni(e.v, e.fmt);
    if (!p.ok || p.value.length !== 1) return 'scrivi un anno, es. 2025';
    out.anno = p.value[0];
    return null;
  }],
  [['data verifica intermedia', 'verifica intermedia'], 'Data verifica intermedia', (e, out) => {
    const d = readDate(e.v, e.fmt);
    const year = d?.year ?? out.anno;
    if (!d || d.day === null || year === null) return 'scrivi una data completa, es. 30/06/2025';
    out.dataVerificaIntermedia = new Date(Date.UTC(year, d.month - 1, d.day));
    return null;
  }],
  [['soglia raggiungimento', 'soglia'], 'Soglia raggiungimento %', (e, out) => {
    const n = readNumber(e.v, e.fmt);
    if (!n || n.value < 0 || n.value > 100) return 'scrivi un numero da 0 a 100, es. 90';
    out.soglia = n.value;
    return null;
  }],
  [['scala qualitativa', 'scala'], 'Scala qualitativa', (e, out) => {
    const levels = (textOf(e) ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0);
    if (levels.length < 2) return 'scrivi almeno due livelli dal peggiore al migliore separati da ";", es. Insufficiente; Sufficiente; Buono; Ottimo';
    out.scala = levels;
    return null;
  }],
  [['pesi tutti'], 'Pesi TUTTI', (e, out) => {
    const s = normalizeHeader(textOf(e) ?? '');
    if (s.startsWith('inclus')) out.pesiTutti = 'inclusi';
    else if (s.startsWith('esclus')) out.pesiTutti = 'esclusi';
    else return 'scrivi "inclusi" o "esclusi"';
    return null;
  }],
  [['penalita per giorno di ritardo', 'penalita giorno di ritardo', 'penalita per giorno', 'penalita'], 'Penalità per giorno di ritardo', (e, out) => {
    const n = readNumber(e.v, e.fmt);
    if (!n || n.value < 0) return 'scrivi un numero di punti maggiore o uguale a 0, es. 100';
    out.penalitaGiorno = n.value;
    return null;
  }],
  [['consenti oltre 100'], 'Consenti oltre 100', (e, out) => {
    if (typeof e.v === 'boolean') out.consentiOltre100 = e.v;
    else {
      const s = normalizeHeader(textOf(e) ?? '');
      if (YES.has(s)) out.consentiOltre100 = true;
      else if (NO.has(s)) out.consentiOltre100 = false;
      else return 'scrivi SI o NO';
    }
    return null;
  }],
  [['regola obiettivo'], 'Regola obiettivo', (e, out) => {
    const s = normalizeHeader(textOf(e) ?? '');
    if (s.startsWith('media')) out.regolaObiettivo = 'media';
    else if (s.startsWith('minim')) out.regolaObiettivo = 'minimo';
    else return 'scrivi "media" o "minimo"';
    return null;
  }],
  [['valori mancanti'], 'Valori mancanti', (e, out) => {
    const s = normalizeHeader(textOf(e) ?? '');
    if (s.startsWith('esclus')) out.valoriMancanti = 'esclusi';
    else if (s === 'zero' || s === '0') out.valoriMancanti = 'zero';
    else return 'scrivi "esclusi" o "zero"';
    return null;
  }],
];

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

function readMapping(e: Entry, diagnostics: Diagnostic[]): Partial<Record<SheetKind, FieldMapping>> {
  const where = e.sheet !== undefined ? { sheet: e.sheet, cell: e.cell } : undefined;
  const origin = e.sheet !== undefined ? `${e.sheet}!${e.cell}` : 'impostazioni del componente aggiuntivo';
  const warn = (why: string) =>
    diagnostics.push(
      diag('warning', 'IMPOSTAZIONE_NON_VALIDA', `Impostazione "${MAPPA_COLONNE}" non valida (${origin}): ${why}. La mappa è ignorata; rifai l'associazione delle colonne dal pannello.`, where),
    );
  let data: unknown;
  try {
    data = JSON.parse(textOf(e) ?? '');
  } catch {
    warn('il testo non è una mappa leggibile');
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    warn('il testo non è una mappa leggibile');
    return {};
  }
  const out: Partial<Record<SheetKind, FieldMapping>> = {};
  for (const [kindText, fields] of Object.entries(data as Record<string, unknown>)) {
    const kind = (Object.keys(FIELDS_BY_KIND) as SheetKind[]).find((k) => k === normalizeHeader(kindText));
    if (!kind || !fields || typeof fields !== 'object' || Array.isArray(fields)) {
      warn(`"${kindText}" non è un foglio del registro`);
      continue;
    }
    const mapping: FieldMapping = {};
    for (const [field, header] of Object.entries(fields as Record<string, unknown>)) {
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

export function readSettings(grid: WorkbookGrid, sheet: SheetGrid | null): SettingsResult {
  const diagnostics: Diagnostic[] = [];
  const impostazioni = defaultImpostazioni();
  const fromSheet = sheet ? entriesFromSheet(sheet, diagnostics) : null;
  // Settings first, then the sheet: the sheet's value wins for the same voce.
  const entries = [...entriesFromSettings(grid), ...(fromSheet?.entries ?? [])];
  const byVoce = new Map<string, Entry>();
  for (const e of entries) {
    if (e.v === null || (typeof e.v === 'string' && e.v.trim() === '')) continue;
    byVoce.set(normalizeHeader(e.voce), e);
  }
  // A voce the tool does not know, written in the sheet, is most likely a typo: say so.
  const known = new Set([...SETTERS.flatMap(([names]) => names), normalizeHeader(MAPPA_COLONNE)]);
  for (const e of fromSheet?.entries ?? []) {
    if (known.has(normalizeHeader(e.voce)) || e.v === null || (typeof e.v === 'string' && e.v.trim() === '')) continue;
    const voci = SETTERS.map(([, label]) => label).join(', ');
    diagnostics.push(
      diag('warning', 'IMPOSTAZIONE_NON_VALIDA', `Voce "${e.voce}" non riconosciuta in ${e.sheet}: è ignorata. Le voci possibili sono ${voci}.`, {
        sheet: e.sheet,
        cell: e.cell,
      }),
    );
  }
  let mapping: Partial<Record<SheetKind, FieldMapping>> = {};
  const mapEntry = byVoce.get(normalizeHeader(MAPPA_COLONNE));
  if (mapEntry) mapping = readMapping(mapEntry, diagnostics);
  // Anno first: a verifica date without a year takes it.
  const ordered = [...SETTERS].sort((a, b) => (a[1] === 'Anno' ? -1 : b[1] === 'Anno' ? 1 : 0));
  let annoScritto = false;
  for (const [names, label, set] of ordered) {
    const e = names.map((n) => byVoce.get(n)).find((x) => x !== undefined);
    if (!e) continue;
    const where = e.sheet !== undefined ? { sheet: e.sheet, cell: e.cell } : undefined;
    const origin = e.sheet !== undefined ? `${e.sheet}!${e.cell}` : 'impostazioni del componente aggiuntivo';
    const why = isCellError(e.v) ? `contiene l'errore di Excel ${e.v.error}` : set(e, impostazioni);
    if (why === null) {
      if (label === 'Anno') annoScritto = true;
      continue;
    }
    diagnostics.push(
      diag('warning', 'IMPOSTAZIONE_NON_VALIDA', `Impostazione "${label}" non valida (${origin}): ${why}. Viene usato il valore predefinito.`, where),
    );
  }
  return { impostazioni, mapping, sheet: fromSheet?.info ?? null, annoScritto, diagnostics };
}
