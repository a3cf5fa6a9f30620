/** Relationship parts (`_rels/.rels`, `xl/_rels/workbook.xml.rels`, `…/_rels/sheetN.xml.rels`). */
import { WorkbookReadError } from '../errors';
import { relsPartOf, resolveTarget } from './paths';
import { XmlError, attr, parseXml } from './xml';
import type { ZipPackage } from './zip';

export interface Relationship {
  id: string;
  /** The full type URI (transitional or Strict). */
  type: string;
  /** The target as written in the part. */
  rawTarget: string;
  /** For an internal target, the resolved part name (no leading slash); for an external one, `rawTarget`. */
  target: string;
  external: boolean;
}

/** `http://…/relationships/worksheet` → `worksheet`: the same word in transitional and Strict. */
export function relKind(type: string): string {
  const i = type.lastIndexOf('/');
  return i < 0 ? type : type.slice(i + 1);
}

/** Parses a relationships part's text; `sourcePart` is the part it describes (`` for the package). */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(xml, {
    open(el) {
      if (el.name !== 'Relationship') return;
      const id = attr(el, 'Id') ?? '';
      const type = attr(el, 'Type') ?? '';
      const rawTarget = attr(el, 'Target') ?? '';
      const external = (attr(el, 'TargetMode') ?? '').toLowerCase() === 'external';
      out.push({ id, type, rawTarget, external, target: external ? rawTarget : resolveTarget(sourcePart, rawTarget) });
    },
  });
  return out;
}

/** The relationships of a part (`` for the package's own); [] when it has none. */
export function readRelationships(pkg: ZipPackage, sourcePart: string): Relationship[] {
  const xml = pkg.text(relsPartOf(sourcePart));
  if (xml === null) return [];
  try {
    return parseRelationships(xml, sourcePart);
  } catch (cause) {
    if (cause instanceof XmlError) throw new WorkbookReadError('danneggiato', pkg.fileName, { cause });
    throw cause;
  }
}

/** The first relationship of a kind (`officeDocument`, `styles`, `sharedStrings`…). */
export function relOfKind(rels: Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => !r.external && relKind(r.type) === kind);
}
