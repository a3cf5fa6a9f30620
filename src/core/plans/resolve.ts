/**
 * Resolution: what each writer (file package, Excel add-in) does with the workbook's sheets, given
 * the sheets it wants to write. Pure: the same facts give the same decisions in both writers.
 *
 * - a wanted sheet whose final name is a generated sheet of the same kind → `replace` it (in place);
 * - otherwise → `create` it under a free name (`Cronoprogramma 2025 (2)` when a user sheet has the
 *   wanted name; the next build finds and replaces that one, so building twice equals building once);
 * - generated sheets of a rebuilt kind that no wanted sheet replaces → `remove`;
 * - sheets that look generated but are the user's (renamed, copied, marker removed) → `kept`: never
 *   cleared, replaced or deleted, and reported;
 * - markers: the old markers of replaced and removed sheets and the stale ones (pointing at a
 *   renamed sheet, or at nothing) are dropped; each generated sheet gets a fresh marker.
 */
import {
  encodeMarker,
  generatedSheets,
  markersOf,
  nextMarkerNumber,
  yearOfSheetName,
  type DefinedNameInfo,
  type MarkerKind,
  MARKER_KINDS,
} from './markers';
import { uniqueSheetName } from './sheetNames';
import { GENERATED_NAME_PREFIX, type GeneratedKind } from './types';

export interface WorkbookSheets {
  /** The workbook's sheet names, in tab order. */
  sheets: readonly string[];
  /** Every defined name (workbook- and sheet-scoped). */
  names: readonly DefinedNameInfo[];
}

/** What a writer wants to write; a `SheetPlan` fits as it is. */
export interface WantedSheet {
  /** The name the planner wants (already a valid sheet name). */
  name: string;
  kind: GeneratedKind | MarkerKind;
  /** The plan year; taken from the name (`Riepilogo 2025`) when absent. */
  year?: number | null;
  /** False for sheets that are the user's once written (register sheets): no marker. */
  marker?: boolean;
}

export interface NewMarker {
  name: string;
  /** `'Sheet'!$A$1`, without `=`. */
  formula: string;
}

export type SheetDecision =
  | {
      action: 'create';
      /** Index into the `wanted` list. */
      index: number;
      wanted: string;
      name: string;
      marker: NewMarker | null;
      /** Set when the wanted name belongs to a user sheet: the output must say so. */
      nameTakenBy: string | null;
    }
  | {
      action: 'replace';
      index: number;
      wanted: string;
      /** The existing generated sheet's name, kept as the new sheet's name. */
      name: string;
      marker: NewMarker | null;
      nameTakenBy: string | null;
    };

export interface KeptSheet {
  name: string;
  /** `rinominato`: a generated sheet the user renamed; `copia`: a copy of one (Move or Copy). */
  reason: 'rinominato' | 'copia';
  /** The name the tool had given it (renamed sheets). */
  given: string | null;
}

export interface Resolution {
  /** One decision per wanted sheet, in the same order. */
  sheets: SheetDecision[];
  /** Generated sheets no longer wanted: removed with their markers. */
  remove: string[];
  /** Sheets that look generated but are the user's: left untouched, reported. */
  kept: KeptSheet[];
  /** Workbook-scoped marker names to delete (replaced, removed and stale markers). */
  dropMarkers: string[];
}

export interface ResolveOptions {
  /** Kinds being rebuilt: their generated sheets not replaced are removed. Default: the wanted kinds. */
  rebuilt?: readonly (GeneratedKind | MarkerKind)[];
}

function markerKind(kind: GeneratedKind | MarkerKind): MarkerKind | null {
  return (MARKER_KINDS as readonly string[]).includes(kind) ? (kind as MarkerKind) : null;
}

export function resolveSheets(wb: WorkbookSheets, wanted: readonly WantedSheet[], opts: ResolveOptions = {}): Resolution {
  const generated = generatedSheets(wb.sheets, wb.names);
  const markers = markersOf(wb.names);
  const allNames = wb.names.map((n) => n.name);

  // Stale markers: not holding any sheet now. Their targets, when they exist, are the user's.
  const holding = new Set([...generated.values()].flatMap((g) => g.markers.map((m) => m.toUpperCase())));
  const dropMarkers = new Set<string>();
  const kept: KeptSheet[] = [];
  const sheetByLower = new Map(wb.sheets.map((s) => [s.toLowerCase(), s]));
  for (const m of markers) {
    if (holding.has(m.name.toUpperCase())) continue;
    dropMarkers.add(m.name);
    const target = m.target === null ? undefined : sheetByLower.get(m.target.toLowerCase());
    if (target !== undefined && !kept.some((k) => k.name === target)) kept.push({ name: target, reason: 'rinominato', given: m.given });
  }
  // Copies: a sheet-scoped marker name travels with Excel's Move or Copy.
  const scopedMarkers = wb.names.filter((n) => n.sheetScoped && n.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX));
  for (const n of scopedMarkers) {
    const m = markersOf([{ ...n, sheetScoped: false }])[0];
    const target = m?.target ? sheetByLower.get(m.target.toLowerCase()) : undefined;
    if (target !== undefined && !generated.has(target.toLowerCase()) && !kept.some((k) => k.name === target)) {
      kept.push({ name: target, reason: 'copia', given: null });
    }
  }

  const userSheets = wb.sheets.filter((s) => !generated.has(s.toLowerCase()));
  const wantedKinds = new Set(wanted.map((w) => markerKind(w.kind)).filter((k): k is MarkerKind => k !== null));
  const assigned: string[] = [];
  const replaced = new Set<string>();
  const sheets: SheetDecision[] = wanted.map((w, index) => {
    const kind = markerKind(w.kind);
    const marked = w.marker !== false && kind !== null;
    // Generated sheets of other kinds are as good as taken: a plan never replaces another kind's sheet.
    const otherGenerated = [...generated.values()]
      .filter((g) => !marked || (g.kind !== null && g.kind !== kind) || replaced.has(g.sheet.toLowerCase()))
      .map((g) => g.sheet);
    const name = uniqueSheetName(w.name, [...userSheets, ...otherGenerated, ...assigned]);
    assigned.push(name);
    // The user sheet that has the wanted name: either this name had to change, or the planner
    // already gave the plan its free name (`Riepilogo 2025 (2)`, built on the user's `Riepilogo 2025`).
    const base = w.name.replace(/ \(\d+\)$/, '');
    const wantedLower = (name.toLowerCase() === w.name.toLowerCase() ? base : w.name).toLowerCase();
    const takenBy = userSheets.find((s) => s.toLowerCase() === wantedLower && s.toLowerCase() !== name.toLowerCase()) ?? null;
    const old = marked ? generated.get(name.toLowerCase()) : undefined;
    // Numbered below, once every marker that goes away is known.
    const marker: NewMarker | null = null;
    if (old) {
      replaced.add(old.sheet.toLowerCase());
      for (const m of old.markers) dropMarkers.add(m);
      return { action: 'replace', index, wanted: w.name, name: old.sheet, marker, nameTakenBy: takenBy };
    }
    return { action: 'create', index, wanted: w.name, name, marker, nameTakenBy: takenBy };
  });

  const rebuilt = new Set((opts.rebuilt ?? [...wantedKinds]).map(markerKind).filter((k) => k !== null));
  const remove: string[] = [];
  for (const g of generated.values()) {
    if (replaced.has(g.sheet.toLowerCase())) continue;
    if (g.kind === null || !rebuilt.has(g.kind)) continue;
    remove.push(g.sheet);
    for (const m of g.markers) dropMarkers.add(m);
  }
  // Markers are numbered after the names that stay, so a rebuild gives the same names again.
  const dropped = new Set([...dropMarkers].map((n) => n.toUpperCase()));
  const staying = allNames.filter((n) => !dropped.has(n.toUpperCase()));
  const usedNumbers: number[] = [];
  for (const d of sheets) {
    const w = wanted[d.index];
    const kind = markerKind(w.kind);
    if (w.marker === false || kind === null) continue;
    const n = nextMarkerNumber(staying, usedNumbers);
    usedNumbers.push(n);
    d.marker = encodeMarker(n, kind, w.year ?? yearOfSheetName(w.name), d.name);
  }
  return { sheets, remove, kept, dropMarkers: [...dropMarkers] };
}
