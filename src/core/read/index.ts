/**
 * The register reader: the canonical layout (docs/formato-cartella.md) from a plain grid to the model, with
 * every reading diagnostic in one pass. Sheets: sheets.ts; headers: header.ts; rows: obiettivi.ts
 * and children.ts; links: link.ts; settings: settings.ts.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { SheetGrid, WorkbookGrid } from '../grid';
import type { Piano, SheetInfo, SheetKind } from '../model';
import { CHILD_KINDS, SHEET_WORDS } from './fields';
import { findHeader, type ColumnMap } from './header';
import { readChildren } from './children';
import { ObiettiviIndex } from './link';
import { inferPlanYear, readObiettivi } from './obiettivi';
import { readSettings } from './settings';
import { findSheet, findSheets } from './sheets';
import { normalizeHeader } from '../values';

export interface ReadResult {
  piano: Piano;
  diagnostics: Diagnostic[];
}

export { HEADER_SEARCH_ROWS } from './header';
export { FIELDS_BY_KIND, SHEET_WORDS } from './fields';
export { MAPPA_COLONNE } from './settings';

/**
 * The sheet named for `kind` that holds the register (docs/formato-cartella.md). Candidates are
 * the user sheets named with the word (`Obiettivi`, `Obiettivi 2025`) whose header row is found:
 * a sheet of schede called `Obiettivi` must not hide the register converted next to it as
 * `Obiettivi (2)`. When several qualify, the rule is: the sheet named exactly with the word, then
 * the one whose name holds the plan year, then the first in workbook order; the others are named
 * in a FOGLIO_AMBIGUO warning. When none has the headers, the first candidate's diagnostics
 * explain what is missing.
 */
function findRegisterSheet(
  grid: WorkbookGrid,
  kind: SheetKind,
  mapping: Parameters<typeof findHeader>[2],
  planYear: number | null,
  diagnostics: Diagnostic[],
) {
  const candidates = findSheets(grid, SHEET_WORDS[kind]);
  let first: { sheet: SheetGrid; header: ReturnType<typeof findHeader> } | null = null;
  const usable: { sheet: SheetGrid; header: ReturnType<typeof findHeader> }[] = [];
  for (const sheet of candidates) {
    const header = findHeader(sheet, kind, mapping);
    if (header.headerRow !== null) usable.push({ sheet, header });
    first ??= { sheet, header };
  }
  if (usable.length === 0) return first;
  const word = normalizeHeader(SHEET_WORDS[kind]);
  const hasYear = (name: string): boolean => planYear !== null && new RegExp(`(^|\\D)${planYear}(\\D|$)`).test(name);
  const chosen =
    usable.find((u) => normalizeHeader(u.sheet.name) === word) ?? usable.find((u) => hasYear(u.sheet.name)) ?? usable[0];
  if (usable.length > 1) {
    const altri = usable.filter((u) => u !== chosen).map((u) => u.sheet.name);
    diagnostics.push(diagnose('FOGLIO_AMBIGUO', { tipo: SHEET_WORDS[kind], scelto: chosen.sheet.name, altri }, { sheet: chosen.sheet.name }));
  }
  return chosen;
}

function sheetInfo(kind: SheetKind, sheet: SheetGrid, map: ColumnMap, lastRow: number): SheetInfo {
  // The last header row: data (and anything the tool writes) starts right below it.
  return { kind, name: sheet.name, headerRow: map.headerEnd, lastRow, columns: { ...map.columns }, width: map.width };
}

/** Reads the canonical register layout (docs/formato-cartella.md) from a plain grid. Never throws. */
export function readRegister(grid: WorkbookGrid): ReadResult {
  const safe: WorkbookGrid = { ...grid, sheets: Array.isArray(grid?.sheets) ? grid.sheets.filter((s) => s && typeof s === 'object') : [] };
  const diagnostics: Diagnostic[] = [];
  const sheets: SheetInfo[] = [];
  const settings = readSettings(safe, findSheet(safe, SHEET_WORDS.impostazioni));
  diagnostics.push(...settings.diagnostics);
  const impostazioni = settings.impostazioni;
  const piano: Piano = { obiettivi: [], impostazioni, layout: 'vuoto', sheets };

  const found = findRegisterSheet(safe, 'obiettivi', settings.mapping.obiettivi, impostazioni.anno ?? null, diagnostics);
  if (!found) {
    const presenti = safe.sheets.filter((s) => !s.generated).map((s) => s.name);
    diagnostics.push(diagnose('FOGLIO_MANCANTE', { foglio: 'Obiettivi', presenti }));
    if (settings.sheet) sheets.push(settings.sheet);
    return { piano, diagnostics };
  }
  const { sheet, header } = found;
  diagnostics.push(...header.diagnostics);
  if (header.headerRow === null) {
    if (settings.sheet) sheets.push(settings.sheet);
    return { piano, diagnostics };
  }
  const planYear = impostazioni.anno ?? inferPlanYear(sheet, header);
  impostazioni.anno = planYear;
  const read = readObiettivi(sheet, header, planYear, diagnostics);
  piano.obiettivi = read.obiettivi;
  sheets.push(sheetInfo('obiettivi', sheet, header, read.lastRow));

  const index = new ObiettiviIndex(read.obiettivi, planYear);
  for (const kind of CHILD_KINDS) {
    const childFound = findRegisterSheet(safe, kind, settings.mapping[kind], planYear, diagnostics);
    if (!childFound) continue;
    const { sheet: child, header: map } = childFound;
    diagnostics.push(...map.diagnostics);
    if (map.headerRow === null) continue;
    const lastRow = readChildren(kind, child, map, index, diagnostics);
    sheets.push(sheetInfo(kind, child, map, lastRow));
  }
  if (settings.sheet) sheets.push(settings.sheet);
  piano.layout = piano.obiettivi.length > 0 ? 'registro' : 'vuoto';
  return { piano, diagnostics };
}
