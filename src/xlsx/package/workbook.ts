/**
 * The workbook part: found through the package's officeDocument relationship (transitional or
 * Strict), with its sheet list, defined names, date system and protection, and the character
 * offsets of its elements so a writer can splice `workbook.xml` as a string.
 */
import { WorkbookReadError } from '../errors';
import { readRelationships, relKind, relOfKind, type Relationship } from './rels';
import { XmlError, attr, parseXml, relAttr, xmlBool, type XmlElement } from './xml';
import type { ZipPackage } from './zip';

/** Offsets of one element in its part's text. */
export interface XmlSpan {
  /** Offset of `<`. */
  start: number;
  /** Offset just past the start tag. */
  openEnd: number;
  /** Offset just past the end tag (equals `openEnd` when self-closing). */
  end: number;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  sheetId: number;
  rId: string;
  /** The sheet's part (`xl/worksheets/sheet1.xml`), null when its relationship is missing. */
  part: string | null;
  /** `worksheet`, `chartsheet`, `dialogsheet`, `xlMacrosheet`… (the relationship's last word). */
  kind: string;
  state: SheetState;
  /** 0-based position in the sheet list (what `localSheetId` counts). */
  index: number;
  span: XmlSpan;
}

export interface DefinedNameInfo {
  name: string;
  /** The sheet index the name is scoped to, or undefined for a workbook name. */
  localSheetId?: number;
  hidden: boolean;
  /** The formula text (`'Riepilogo 2025'!$A$1`). */
  text: string;
  span: XmlSpan;
}

export interface WorkbookInfo {
  /** The workbook part's name (`xl/workbook.xml`). */
  part: string;
  /** Its text, to which every span refers. */
  xml: string;
  /** Strict OOXML (purl.oclc.org namespaces). */
  strict: boolean;
  sheets: SheetInfo[];
  definedNames: DefinedNameInfo[];
  /** `workbookPr date1904` (`1` or `true`): serial 0 is 1904-01-01. */
  date1904: boolean;
  /** `<workbookProtection>` present (structure/windows locked, maybe with a password). */
  workbookProtection: boolean;
  /** `<fileSharing>` present (password to modify / read-only recommended). */
  fileSharing: boolean;
  /** Direct children of `<workbook>` by local name (`sheets`, `definedNames`, `calcPr`…), first occurrence. */
  elements: Map<string, XmlSpan>;
  /** The workbook part's relationships. */
  rels: Relationship[];
}

const STRICT_NS = /^http:\/\/purl\.oclc\.org\/ooxml\//;

/** The workbook part's name, or null when the package is not a spreadsheet. */
export function findWorkbookPart(pkg: ZipPackage): string | null {
  const office = relOfKind(readRelationships(pkg, ''), 'officeDocument');
  if (office && pkg.has(office.target)) return office.target;
  // Some writers omit or garble `_rels/.rels`; Excel still opens the conventional part.
  return pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

function stateOf(v: string | undefined): SheetState {
  return v === 'hidden' ? 'hidden' : v === 'veryHidden' ? 'veryHidden' : 'visible';
}

function intOrUndefined(v: string | undefined): number | undefined {
  if (v === undefined || !/^\s*\d+\s*$/.test(v)) return undefined;
  return Number(v);
}

/** Parses a workbook part's text; `rels` are its relationships (to resolve `r:id`). */
export function parseWorkbook(xml: string, part: string, rels: Relationship[]): WorkbookInfo {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const info: WorkbookInfo = {
    part,
    xml,
    strict: false,
    sheets: [],
    definedNames: [],
    date1904: false,
    workbookProtection: false,
    fileSharing: false,
    elements: new Map(),
    rels,
  };
  let nameText: string[] | null = null;
  const span = (el: XmlElement, end: number): XmlSpan => ({ start: el.start, openEnd: el.openEnd, end });
  parseXml(xml, {
    open(el) {
      if (el.path.length === 0 && el.name === 'workbook') info.strict = STRICT_NS.test(el.uri);
      if (el.name === 'definedName' && el.path[el.path.length - 1] === 'definedNames') nameText = [];
    },
    text(t) {
      if (nameText) nameText.push(t);
    },
    close(el, end) {
      const depth = el.path.length;
      if (depth === 1 && !info.elements.has(el.name)) info.elements.set(el.name, span(el, end));
      if (depth === 1 && el.name === 'workbookPr') info.date1904 = xmlBool(attr(el, 'date1904'));
      if (depth === 1 && el.name === 'workbookProtection') info.workbookProtection = true;
      if (depth === 1 && el.name === 'fileSharing') info.fileSharing = true;
      if (el.name === 'sheet' && el.path[depth - 1] === 'sheets') {
        const rId = relAttr(el) ?? '';
        const rel = byId.get(rId);
        info.sheets.push({
          name: attr(el, 'name') ?? '',
          sheetId: Number(attr(el, 'sheetId') ?? 0),
          rId,
          part: rel && !rel.external ? rel.target : null,
          kind: rel ? relKind(rel.type) : 'worksheet',
          state: stateOf(attr(el, 'state')),
          index: info.sheets.length,
          span: span(el, end),
        });
      }
      if (el.name === 'definedName' && nameText) {
        const localSheetId = intOrUndefined(attr(el, 'localSheetId'));
        info.definedNames.push({
          name: attr(el, 'name') ?? '',
          ...(localSheetId !== undefined ? { localSheetId } : {}),
          hidden: xmlBool(attr(el, 'hidden')),
          text: nameText.join(''),
          span: span(el, end),
        });
        nameText = null;
      }
    },
  });
  return info;
}

/**
 * The workbook of a package. Throws `WorkbookReadError`: `non-xlsx` when there is no workbook
 * part (a .docx, any other zip), `danneggiato` when it is not well-formed XML.
 */
export function readWorkbookInfo(pkg: ZipPackage): WorkbookInfo {
  const part = findWorkbookPart(pkg);
  if (!part) throw new WorkbookReadError('non-xlsx', pkg.fileName);
  const xml = pkg.text(part) ?? '';
  try {
    return parseWorkbook(xml, part, readRelationships(pkg, part));
  } catch (cause) {
    if (cause instanceof XmlError) throw new WorkbookReadError('danneggiato', pkg.fileName, { cause });
    throw cause;
  }
}
