/**
 * The generated-sheet marker: ONE format for every writer (file and Excel add-in).
 *
 * A marker is a hidden, workbook-scoped defined name whose formula is a reference to the sheet's
 * A1 and whose NAME encodes what the tool knows about the sheet:
 *
 *     _PEG_GEN_<n>_<kind>_<year>_<hex of the sheet name the tool gave>
 *     e.g. _PEG_GEN_1_riepilogo_2025_005200690065…  →  ='Riepilogo 2025'!$A$1
 *
 * Why a name and a reference: every spreadsheet program keeps defined names and rewrites their
 * references when a sheet is renamed (Excel and LibreOffice alike), while comments on names and
 * string-constant names are not reliably kept. The name carries the facts (kind, year, given
 * name) in characters any name allows; the reference says which sheet it is now.
 *
 * A sheet is generated only while a workbook-scoped marker points at it AND the sheet still has
 * the name recorded in the marker. A renamed generated sheet, a copy (Excel's Move or Copy
 * duplicates the name as a sheet-scoped one, which is ignored here) and a sheet whose marker was
 * removed belong to the user.
 *
 * Files written by v1 carry `_PEG_GEN_<n>` → `'Sheet'!$A$1` with no recorded name: those still
 * count, but only while the sheet's name is one the tool gives (`Riepilogo…`, `Cronoprogramma…`,
 * `Schede…`), the best v1 allows.
 */
import { GENERATED_NAME_PREFIX } from './types';

/** Kinds a marker may record (the add-in also writes personale / individuale sheets). */
export type MarkerKind = 'cronoprogramma' | 'riepilogo' | 'schede' | 'personale' | 'individuale';
export const MARKER_KINDS: readonly MarkerKind[] = ['cronoprogramma', 'riepilogo', 'schede', 'personale', 'individuale'];

/** A defined name as read from the workbook (`workbook.xml` or Office.js). */
export interface DefinedNameInfo {
  name: string;
  /** The formula without the leading `=`, or with it: both are accepted. */
  formula: string;
  /** True for a sheet-scoped name (`localSheetId` / worksheet names): never a marker. */
  sheetScoped?: boolean;
}

export interface Marker {
  /** The defined name itself. */
  name: string;
  /** 1: v1 `_PEG_GEN_<n>` (no facts recorded); 2: the current format. */
  version: 1 | 2;
  n: number;
  /** Null for a v1 marker whose sheet name says nothing, or an unknown kind word. */
  kind: MarkerKind | null;
  year: number | null;
  /** The sheet name the tool gave; null for v1 markers. */
  given: string | null;
  /** The sheet the reference points at now; null when it points nowhere (`#REF!`). */
  target: string | null;
}

const V1 = /^_PEG_GEN_(\d+)$/i;
const V2 = /^_PEG_GEN_(\d+)_([a-z]+)_(\d{1,4})_((?:[0-9A-F]{4})+)$/i;

/** Sheet name a reference like `='Foglio di Mario'!$A$1` points at; null for anything else. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'#"(]+)!/.exec(f);
  return plain ? plain[1] : null;
}

/** A sheet name quoted for a reference: `'Riepilogo 2025'!$A$1`. */
export function markerFormula(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

function hexOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return out;
}

function textOfHex(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function kindWord(word: string): MarkerKind | null {
  const w = word.toLowerCase();
  return (MARKER_KINDS as readonly string[]).includes(w) ? (w as MarkerKind) : null;
}

/** The kind a v1 sheet name implies (`Cronoprogramma 2025`, `Riepilogo`, `Schede obiettivo 2025`). */
export function kindOfToolName(sheet: string): MarkerKind | null {
  const n = sheet.trim().toLowerCase();
  if (n.startsWith('crono')) return 'cronoprogramma';
  if (n.startsWith('riepilogo')) return 'riepilogo';
  if (n.startsWith('scheda') || n.startsWith('schede')) return 'schede';
  if (n.startsWith('valutazione individuale')) return 'individuale';
  return null;
}

/** A four-digit year in a sheet name (`Riepilogo 2025` → 2025), else null. */
export function yearOfSheetName(sheet: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(sheet);
  return m ? Number(m[1]) : null;
}

/** Parses a defined name; null when it is not a workbook-scoped marker. */
export function parseMarker(dn: DefinedNameInfo): Marker | null {
  if (dn.sheetScoped) return null;
  const target = sheetOfReference(dn.formula);
  const v2 = V2.exec(dn.name);
  if (v2) {
    const year = Number(v2[3]);
    return { name: dn.name, version: 2, n: Number(v2[1]), kind: kindWord(v2[2]), year: year > 0 ? year : null, given: textOfHex(v2[4]), target };
  }
  const v1 = V1.exec(dn.name);
  if (v1) {
    return { name: dn.name, version: 1, n: Number(v1[1]), kind: target ? kindOfToolName(target) : null, year: target ? yearOfSheetName(target) : null, given: null, target };
  }
  return null;
}

/** Every marker among the workbook's names (valid or stale). */
export function markersOf(names: readonly DefinedNameInfo[]): Marker[] {
  const out: Marker[] = [];
  for (const dn of names) {
    const m = parseMarker(dn);
    if (m) out.push(m);
  }
  return out;
}

/** True when the marker still makes `sheet` a generated sheet (see the module comment). */
export function markerHolds(m: Marker, sheet: string): boolean {
  if (m.target === null || m.target.toLowerCase() !== sheet.toLowerCase()) return false;
  if (m.version === 2) return m.given === sheet;
  return kindOfToolName(sheet) !== null;
}

export interface GeneratedSheet {
  sheet: string;
  kind: MarkerKind | null;
  year: number | null;
  /** Every marker name pointing at the sheet (a workbook may hold a v1 and a v2 marker). */
  markers: string[];
}

/**
 * The generated sheets of a workbook, by lower-cased sheet name. `sheets` are the names the
 * workbook has now: a marker pointing at a missing sheet holds nothing.
 */
export function generatedSheets(sheets: readonly string[], names: readonly DefinedNameInfo[]): Map<string, GeneratedSheet> {
  const byLower = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const out = new Map<string, GeneratedSheet>();
  for (const m of markersOf(names)) {
    const sheet = m.target === null ? undefined : byLower.get(m.target.toLowerCase());
    if (sheet === undefined || !markerHolds(m, sheet)) continue;
    const key = sheet.toLowerCase();
    const prev = out.get(key);
    if (prev) {
      prev.markers.push(m.name);
      // The current format's facts win over a v1 guess.
      if (m.version === 2) Object.assign(prev, { kind: m.kind ?? prev.kind, year: m.year ?? prev.year });
    } else {
      out.set(key, { sheet, kind: m.kind, year: m.year, markers: [m.name] });
    }
  }
  return out;
}

/** True when `sheet` is a generated sheet of this workbook. */
export function isGeneratedSheet(sheet: string, sheets: readonly string[], names: readonly DefinedNameInfo[]): boolean {
  return generatedSheets(sheets, names).has(sheet.toLowerCase());
}

/** The lowest marker number not used by any name in the workbook or in `taken`. */
export function nextMarkerNumber(names: Iterable<string>, taken: Iterable<number> = []): number {
  const used = new Set<number>(taken);
  for (const n of names) {
    const m = /^_PEG_GEN_(\d+)(?:_|$)/i.exec(n);
    if (m) used.add(Number(m[1]));
  }
  let i = 1;
  while (used.has(i)) i++;
  return i;
}

/** The defined name and formula that mark `sheet` as generated (the name is hidden when written). */
export function encodeMarker(n: number, kind: MarkerKind, year: number | null, sheet: string): { name: string; formula: string } {
  return { name: `${GENERATED_NAME_PREFIX}${n}_${kind}_${year ?? 0}_${hexOf(sheet)}`, formula: markerFormula(sheet) };
}
