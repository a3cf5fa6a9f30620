/**
 * Writes a `WorkbookPlan` into the user's package by EDITING it: every part the tool does not own
 * is copied byte for byte (its stored zip entry, not even recompressed). The tool owns, and only
 * splices: its generated sheets' parts, their registration (the `<sheet>` entries and defined
 * names of `workbook.xml`, the workbook relationships, content types), the styles it appends, the
 * marker names, `fullCalcOnLoad`, a stale `calcChain.xml`, and the cells of the computed columns in
 * the user's register sheets (see docs/formato-cartella.md#pacchetto-intatto).
 */
import { splitNote } from '../../core/plans/limits';
import { resolveSheets, type KeptSheet, type Resolution } from '../../core/plans/resolve';
import { kindOfToolName, type MarkerKind } from '../../core/plans/markers';
import type { ColumnWrite, SheetPlan, WorkbookPlan } from '../../core/plans/types';
import type { OpenedWorkbook } from '../package/open';
import { CONTENT_TYPES_PART } from '../package/contentTypes';
import { folderOf, normalizePart, relsPartOf } from '../package/paths';
import { readRelationships, relKind, relOfKind } from '../package/rels';
import type { DefinedNameInfo as PackageName, SheetInfo } from '../package/workbook';
import { updateAppTitles } from './appTitles';
import { xmlAttr, xmlText } from './escape';
import { ListPart } from './listPart';
import { spliceColumns, type ColumnReport } from './registerCells';
import { partsOnlyOf } from './relatedParts';
import { STRICT, TRANSITIONAL, writeSheetXml } from './sheetXml';
import { applySplices, prefixAt, spansOf, withAttr, withPrefix, type Splice } from './spans';
import { StyleAppender } from './styles';
import { PackageWriter, PartDeflater, deflateText, type DeflatedPart } from './zipWriter';


const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const RELS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** Relationships of a sheet to what a person adds by hand: notes, threaded comments, drawings, pictures, controls. */
const USER_ADDITIONS = new Set(['comments', 'threadedComment', 'vmlDrawing', 'drawing', 'image', 'oleObject', 'control']);

/** Children of `<workbook>` that come after `<definedNames>`/`<calcPr>` (ECMA-376 CT_Workbook). */
const AFTER_NAMES = ['sheets', 'functionGroups', 'externalReferences'];

export interface EditOptions {
  /** Kinds of generated sheet rebuilt: their generated sheets no longer wanted are removed. */
  rebuilt: readonly MarkerKind[];
}

export interface EditReport {
  created: string[];
  replaced: string[];
  removed: string[];
  /** Sheets that look generated but are the user's (renamed, copied): left as they are. */
  kept: KeptSheet[];
  /** New sheets written under a free name because a user sheet had the wanted one. */
  freeNames: { name: string; takenBy: string }[];
  columns: ColumnReport[];
  /** Limits hit while writing (Excel's), in Italian. */
  notes: string[];
}

export interface EditResult {
  bytes: Uint8Array;
  report: EditReport;
  resolution: Resolution;
}

interface NewPart {
  name: string;
  data: DeflatedPart;
}

/** A relationship target for `part` from a source in `folder`, relative as Excel writes them (`../tables/table1.xml`). */
function relativeTo(folder: string, part: string): string {
  const from = folder ? folder.split('/') : [];
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A part name not used in the package nor already chosen: `xl/worksheets/sheet7.xml`. */
function freePart(taken: Set<string>, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const p = pattern(n);
    if (!taken.has(p.toLowerCase())) {
      taken.add(p.toLowerCase());
      return p;
    }
  }
}

function freeRelId(used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

export function editPackage(opened: OpenedWorkbook, plan: WorkbookPlan, opts: EditOptions): EditResult {
  const { pkg, workbook: wb } = opened;
  // Sheets the planner split to stay within Excel's 1,023 page breaks (the schede of a big year):
  // one note for each.
  const splitNotes: string[] = [];
  for (const s of plan.sheets) {
    if (s.pieceOf?.index !== 0) continue;
    const of = s.pieceOf.name;
    splitNotes.push(splitNote(of, plan.sheets.filter((p) => p.pieceOf?.name === of && p.kind === s.kind).map((p) => p.name)));
  }
  const wbXml = wb.xml;
  // A Strict workbook gets Strict parts and relationship types (the same elements otherwise).
  const ns = wb.strict ? STRICT : TRANSITIONAL;
  const NS_REL = ns.rel;
  const REL_WORKSHEET = `${NS_REL}/worksheet`;
  const REL_STYLES = `${NS_REL}/styles`;
  const REL_TABLE = `${NS_REL}/table`;
  const wbFolder = folderOf(wb.part);
  const wbRelsPart = relsPartOf(wb.part);
  const names = wb.definedNames;
  const resolution = resolveSheets(
    {
      sheets: wb.sheets.map((s) => s.name),
      names: names.map((n) => ({ name: n.name, formula: n.text, sheetScoped: n.localSheetId !== undefined })),
    },
    plan.sheets,
    { rebuilt: opts.rebuilt },
  );
  const report: EditReport = { created: [], replaced: [], removed: [], kept: resolution.kept, freeNames: [], columns: [], notes: splitNotes };

  const takenParts = new Set(pkg.parts().map((p) => p.toLowerCase()));
  const deleted = new Set<string>();
  const replacedParts = new Map<string, DeflatedPart>();
  const newParts: NewPart[] = [];
  const contentTypes = new ListPart(pkg.text(CONTENT_TYPES_PART) ?? '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const wbRelsText = pkg.text(wbRelsPart) ?? `${RELS_HEAD}</Relationships>`;
  const wbRels = new ListPart(wbRelsText);
  const relIds = new Set(wb.rels.map((r) => r.id));

  // Styles: appended to the user's part (created when the package has none).
  const stylesRel = relOfKind(wb.rels, 'styles');
  const stylesPart = stylesRel && pkg.has(stylesRel.target) ? stylesRel.target : null;
  const styles = new StyleAppender(stylesPart ? pkg.text(stylesPart) : null);

  const byName = new Map(wb.sheets.map((s) => [s.name.toLowerCase(), s]));
  const removedSheets: SheetInfo[] = [];
  const dropPart = (part: string | null) => {
    if (!part) return;
    deleted.add(part.toLowerCase());
    deleted.add(relsPartOf(part).toLowerCase());
    contentTypes.remove((a) => a.PartName !== undefined && normalizePart(a.PartName).toLowerCase() === part.toLowerCase());
  };
  for (const name of resolution.remove) {
    const s = byName.get(name.toLowerCase());
    if (!s) continue;
    removedSheets.push(s);
    dropPart(s.part);
    wbRels.remove((a) => a.Id === s.rId);
    report.removed.push(s.name);
  }

  // Final positions: removed sheets leave, replaced ones stay in place, new ones go last.
  const removedIdx = new Set(removedSheets.map((s) => s.index));
  const newIndex = new Map<number, number>();
  let k = 0;
  for (const s of wb.sheets) if (!removedIdx.has(s.index)) newIndex.set(s.index, k++);

  const splices: Splice[] = [];
  // Elements spliced into workbook.xml take its prefix (`x:sheet`) when its writer used one.
  const wx = (fragment: string) => withPrefix(fragment, prefixAt(wbXml, wb.elements.get('sheets')?.start ?? 0));
  const addedNames: string[] = [];
  const addedSheets: string[] = [];
  let maxSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId));
  const tableIds = { next: 1 };
  for (const part of pkg.parts()) if (/^xl\/tables\/table\d+\.xml$/i.test(part)) tableIds.next++;
  const printNamesOf = new Set<number>();
  let formulas = false;

  const date1904 = wb.date1904;
  for (const d of resolution.sheets) {
    const sp: SheetPlan = plan.sheets[d.index];
    const named: SheetPlan = { ...sp, name: d.name };
    let part: string;
    let index: number;
    let rId: string | null = null;
    if (d.action === 'replace') {
      const old = byName.get(d.name.toLowerCase())!;
      part = old.part ?? freePart(takenParts, (n) => `${wbFolder ? `${wbFolder}/` : ''}worksheets/sheet${n}.xml`);
      index = newIndex.get(old.index)!;
      printNamesOf.add(old.index);
      // The old generated part's own relationships (drawings the user may have added) go with it.
      deleted.add(relsPartOf(part).toLowerCase());
      report.replaced.push(d.name);
    } else {
      part = freePart(takenParts, (n) => `${wbFolder ? `${wbFolder}/` : ''}worksheets/sheet${n}.xml`);
      index = k + addedSheets.length;
      rId = freeRelId(relIds);
      wbRels.append(`<Relationship Id="${rId}" Type="${REL_WORKSHEET}" Target="${xmlAttr(relativeTo(wbFolder, part))}"/>`);
      contentTypes.append(`<Override PartName="/${xmlAttr(part)}" ContentType="${CT_WORKSHEET}"/>`);
      report.created.push(d.name);
      if (d.nameTakenBy) report.freeNames.push({ name: d.name, takenBy: d.nameTakenBy });
    }
    const deflater = new PartDeflater();
    const tableId = named.table ? tableIds.next++ : undefined;
    const extras = writeSheetXml(named, { styles, date1904, notes: report.notes, tableId, ns }, deflater.push);
    if (extras.formulas) formulas = true;
    const data = deflater.finish();
    if (d.action === 'replace') replacedParts.set(part.toLowerCase(), data);
    else newParts.push({ name: part, data });
    if (extras.table) {
      const tablePart = freePart(takenParts, (n) => `${wbFolder ? `${wbFolder}/` : ''}tables/table${n}.xml`);
      newParts.push({ name: tablePart, data: deflateText(extras.table) });
      contentTypes.append(`<Override PartName="/${xmlAttr(tablePart)}" ContentType="${CT_TABLE}"/>`);
      const relsText = `${RELS_HEAD}<Relationship Id="rId1" Type="${REL_TABLE}" Target="${xmlAttr(relativeTo(folderOf(part), tablePart))}"/></Relationships>`;
      newParts.push({ name: relsPartOf(part), data: deflateText(relsText) });
      deleted.delete(relsPartOf(part).toLowerCase());
    }
    if (rId !== null) {
      maxSheetId++;
      addedSheets.push(wx(`<sheet name="${xmlAttr(d.name)}" sheetId="${maxSheetId}" r:id="${rId}"/>`));
    }
    for (const n of extras.names) addedNames.push(wx(`<definedName name="${n.name}" localSheetId="${index}">${xmlText(n.formula)}</definedName>`));
    if (d.marker) addedNames.push(wx(`<definedName name="${xmlAttr(d.marker.name)}" hidden="1">${xmlText(d.marker.formula)}</definedName>`));
  }

  // What the replaced and removed generated sheets pointed at (a note or a drawing a user added
  // there) goes with them, unless a part the package keeps still uses it.
  const oldSheets = [...removedSheets, ...report.replaced.map((n) => byName.get(n.toLowerCase())!)].filter((s) => s.part !== null);
  const related = partsOnlyOf(pkg, oldSheets.map((s) => s.part!));
  for (const k of related) dropPart(k);
  for (const s of oldSheets) {
    // Said for what a person adds by hand (printer settings Excel saves with the sheet go silently).
    const added = readRelationships(pkg, s.part!).some((r) => !r.external && USER_ADDITIONS.has(relKind(r.type)) && related.has(r.target.toLowerCase()));
    if (added) report.notes.push(`${s.name}: le note, i disegni o le immagini aggiunti a mano al foglio generato sono stati tolti con il foglio; per conservarli, rinominare il foglio prima di rigenerare`);
  }

  // Computed columns, spliced into the register sheets.
  const writesBySheet = new Map<string, ColumnWrite[]>();
  for (const w of plan.columnWrites) writesBySheet.set(w.sheet.toLowerCase(), [...(writesBySheet.get(w.sheet.toLowerCase()) ?? []), w]);
  for (const [lower, writes] of writesBySheet) {
    const s = byName.get(lower);
    if (!s || !s.part || removedIdx.has(s.index) || printNamesOf.has(s.index)) continue;
    const xml = pkg.text(s.part);
    if (xml === null) continue;
    const out = spliceColumns(xml, s.name, writes, styles, { date1904, notes: report.notes });
    report.columns.push(...out.report);
    if (out.report.some((r) => r.cells > 0)) replacedParts.set(s.part.toLowerCase(), deflateText(out.xml));
  }

  // workbook.xml: sheet list, defined names, calcPr, views — spliced.
  for (const s of removedSheets) splices.push({ from: s.span.start, to: s.span.end, text: '' });
  const sheetsEl = wb.elements.get('sheets');
  if (addedSheets.length > 0 && sheetsEl) {
    const close = wbXml.lastIndexOf('</', sheetsEl.end - 1);
    // `r:` must be bound to the relationships namespace where the new entries are written.
    const needsNs = !wbXml.slice(0, sheetsEl.start).includes(`xmlns:r="${NS_REL}"`);
    const text = addedSheets.map((x) => (needsNs ? x.replace(/^<([\w.-]+:)?sheet /, `<$1sheet xmlns:r="${NS_REL}" `) : x)).join('');
    if (sheetsEl.end === sheetsEl.openEnd) {
      splices.push({ from: sheetsEl.start, to: sheetsEl.end, text: `${wbXml.slice(sheetsEl.start, sheetsEl.end).replace(/\s*\/>$/, '>')}${text}${wx('</sheets>')}` });
    } else {
      splices.push({ from: close, to: close, text });
    }
  }
  const dropMarkers = new Set(resolution.dropMarkers.map((n) => n.toUpperCase()));
  const ownedName = (n: PackageName): boolean => {
    if (n.localSheetId === undefined) return dropMarkers.has(n.name.toUpperCase());
    if (removedIdx.has(n.localSheetId)) return true;
    return printNamesOf.has(n.localSheetId) && /^_xlnm\.(Print_Titles|Print_Area)$/i.test(n.name);
  };
  for (const n of names) {
    if (ownedName(n)) {
      splices.push({ from: n.span.start, to: n.span.end, text: '' });
    } else if (n.localSheetId !== undefined && newIndex.get(n.localSheetId) !== n.localSheetId) {
      splices.push(withAttr(wbXml, n.span, 'localSheetId', String(newIndex.get(n.localSheetId))));
    }
  }
  const namesEl = wb.elements.get('definedNames');
  const calcEl = wb.elements.get('calcPr');
  const calcText = '<calcPr fullCalcOnLoad="1"/>';
  const needCalc = formulas || report.columns.length > 0 || report.removed.length > 0;
  if (namesEl && addedNames.length > 0) {
    if (namesEl.end === namesEl.openEnd) {
      splices.push({ from: namesEl.start, to: namesEl.end, text: `${wx('<definedNames>')}${addedNames.join('')}${wx('</definedNames>')}` });
    } else {
      const close = wbXml.lastIndexOf('</', namesEl.end - 1);
      splices.push({ from: close, to: close, text: addedNames.join('') });
    }
  }
  // A missing definedNames / calcPr goes right after sheets (functionGroups, externalReferences).
  const at = Math.max(...AFTER_NAMES.map((e) => wb.elements.get(e)?.end ?? -1), namesEl?.end ?? -1);
  let inserted = '';
  if (!namesEl && addedNames.length > 0) inserted += `${wx('<definedNames>')}${addedNames.join('')}${wx('</definedNames>')}`;
  if (needCalc && !calcEl) inserted += wx(calcText);
  if (inserted && at >= 0) splices.push({ from: at, to: at, text: inserted });
  if (needCalc && calcEl) splices.push(withAttr(wbXml, calcEl, 'fullCalcOnLoad', '1'));
  if (removedSheets.length > 0) splices.push(...viewSplices(wbXml, newIndex, wb.sheets.length));
  const newWbXml = applySplices(wbXml, splices);

  // A calcChain lists formula cells that may no longer exist: dropped, Excel rebuilds it.
  const calcChain = wb.rels.find((r) => !r.external && relKind(r.type) === 'calcChain');
  if (calcChain && (needCalc || report.created.length > 0 || report.replaced.length > 0)) {
    deleted.add(calcChain.target.toLowerCase());
    wbRels.remove((a) => a.Id === calcChain.id);
    contentTypes.remove((a) => a.PartName !== undefined && normalizePart(a.PartName).toLowerCase() === calcChain.target.toLowerCase());
  }

  // Styles part: replaced in place, or created and registered.
  let stylesOut: string | null = null;
  if (!styles.unchanged) {
    stylesOut = styles.result();
    if (!stylesPart) {
      const part = `${wbFolder ? `${wbFolder}/` : ''}styles.xml`;
      const id = freeRelId(relIds);
      wbRels.append(`<Relationship Id="${id}" Type="${REL_STYLES}" Target="${relativeTo(wbFolder, part)}"/>`);
      contentTypes.append(`<Override PartName="/${part}" ContentType="${CT_STYLES}"/>`);
      newParts.push({ name: part, data: deflateText(stylesOut) });
      stylesOut = null;
    }
  }

  // docProps/app.xml: its list of sheet names follows the new sheet list.
  const appRel = readRelationships(pkg, '').find((r) => !r.external && relKind(r.type) === 'extended-properties');
  const appPart = appRel && pkg.has(appRel.target) ? appRel.target : null;
  const worksheets = (list: SheetInfo[]) => list.filter((s) => s.kind === 'worksheet').map((s) => s.name);
  const appXml = appPart ? pkg.text(appPart) : null;
  const newApp = appXml === null ? null : updateAppTitles(appXml, worksheets(wb.sheets), [...worksheets(wb.sheets.filter((s) => !removedIdx.has(s.index))), ...report.created]);

  const changed = new Map<string, DeflatedPart>(replacedParts);
  if (appPart && newApp !== null) changed.set(appPart.toLowerCase(), deflateText(newApp));
  changed.set(wb.part.toLowerCase(), deflateText(newWbXml));
  if (stylesOut !== null && stylesPart) changed.set(stylesPart.toLowerCase(), deflateText(stylesOut));
  if (wbRels.changed) changed.set(wbRelsPart.toLowerCase(), deflateText(wbRels.text()));
  if (contentTypes.changed) changed.set(CONTENT_TYPES_PART.toLowerCase(), deflateText(contentTypes.text()));
  if (newWbXml === wbXml) changed.delete(wb.part.toLowerCase());

  const writer = new PackageWriter();
  for (const entry of pkg.zipEntries()) {
    const part = normalizePart(entry.name).toLowerCase();
    if (deleted.has(part)) continue;
    const edit = changed.get(part);
    if (edit) {
      writer.add(entry.name, edit);
      changed.delete(part);
      continue;
    }
    const raw = pkg.raw(entry.name);
    if (raw) writer.copy(raw);
    else if (entry.name.endsWith('/')) writer.folder(entry.name);
  }
  // Parts that did not exist (a workbook rels or content types written from nothing).
  for (const [part, data] of changed) if (!deleted.has(part)) writer.add(part === CONTENT_TYPES_PART.toLowerCase() ? CONTENT_TYPES_PART : part, data);
  for (const p of newParts) writer.add(p.name, p.data);
  return { bytes: writer.finish(), report, resolution };
}

/** `activeTab` / `firstSheet` of the workbook views follow the sheets they pointed at. */
function viewSplices(xml: string, newIndex: Map<number, number>, count: number): Splice[] {
  const out: Splice[] = [];
  const views = spansOf(xml, 2, (s) => s.local === 'workbookView' && s.parent?.local === 'bookViews');
  for (const v of views) {
    for (const a of ['activeTab', 'firstSheet']) {
      const cur = v.attrs[a];
      if (cur === undefined) continue;
      const i = Number(cur);
      const mapped = Number.isInteger(i) && i < count ? newIndex.get(i) : undefined;
      const next = String(mapped ?? 0);
      if (next !== cur) out.push(withAttr(xml, v, a, next));
    }
  }
  // Two attributes of one element: merge into one splice of the open tag.
  return mergeTagSplices(xml, out);
}

function mergeTagSplices(xml: string, splices: Splice[]): Splice[] {
  const byFrom = new Map<number, Splice[]>();
  for (const s of splices) byFrom.set(s.from, [...(byFrom.get(s.from) ?? []), s]);
  const out: Splice[] = [];
  for (const [, list] of byFrom) {
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    // Re-apply each attribute change on the open tag's text.
    let text = xml.slice(list[0].from, list[0].to);
    for (const s of list) {
      const m = /\s([A-Za-z]+)="([^"]*)"/g;
      const changes = [...s.text.matchAll(m)].filter(([, k, v]) => !new RegExp(`\\s${k}="${v}"`).test(text));
      for (const [, k, v] of changes) text = text.replace(new RegExp(`(\\s${k}=)"[^"]*"`), `$1"${v}"`);
    }
    out.push({ from: list[0].from, to: list[0].to, text });
  }
  return out;
}

/** Kinds a plan rebuilds: those of its sheets and of the generated sheets it drops. */
export function rebuiltKinds(plan: WorkbookPlan, parts?: readonly string[]): MarkerKind[] {
  const out = new Set<MarkerKind>();
  for (const p of parts ?? []) if (p === 'cronoprogramma' || p === 'riepilogo' || p === 'schede') out.add(p);
  if (parts?.includes('personale')) out.add('individuale');
  for (const s of plan.sheets) if (s.kind !== 'registro' && s.marker !== false) out.add(s.kind);
  for (const name of plan.removeSheets) {
    const k = kindOfToolName(name);
    if (k) out.add(k);
  }
  return [...out];
}
