/**
 * Add-in document settings (`Office.context.document.settings`), as Office stores them in a file:
 * `xl/webextensions/webextensionN.xml`, one part per add-in, each setting a
 * `<we:property name="…" value="…"/>` whose value is JSON text. Task-pane add-ins are reached
 * from the package relationships through `xl/webextensions/taskpanes.xml`; parts not reached that
 * way (content add-ins hang off drawings) are found by their folder.
 */
import { WorkbookReadError } from '../errors';
import { readRelationships, relKind } from './rels';
import { XmlError, attr, parseXml } from './xml';
import type { ZipPackage } from './zip';

export interface AddinSettings {
  /** The webextension part (`xl/webextensions/webextension1.xml`). */
  part: string;
  /** The add-in's reference (`<we:reference id>`: the manifest id or store asset id), when present. */
  referenceId?: string;
  /** Setting name → value as stored (JSON text; decode with `JSON.parse`). */
  properties: Map<string, string>;
}

const WEBEXT_FOLDER = /^xl\/webextensions\/webextension[^/]*\.xml$/i;

export function parseWebExtension(xml: string, part: string): AddinSettings {
  const out: AddinSettings = { part, properties: new Map() };
  parseXml(xml, {
    open(el) {
      if (el.name === 'reference' && out.referenceId === undefined && el.path[el.path.length - 1] === 'webextension') {
        const id = attr(el, 'id');
        if (id !== undefined) out.referenceId = id;
      }
      if (el.name === 'property' && el.path[el.path.length - 1] === 'properties') {
        const name = attr(el, 'name');
        if (name !== undefined) out.properties.set(name, attr(el, 'value') ?? '');
      }
    },
  });
  return out;
}

/** The webextension parts of a package: those of its task panes first, then any other in the folder. */
export function webExtensionParts(pkg: ZipPackage): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (part: string): void => {
    const key = part.toLowerCase();
    if (seen.has(key) || !pkg.has(part)) return;
    seen.add(key);
    found.push(part);
  };
  for (const rel of readRelationships(pkg, '')) {
    if (rel.external || relKind(rel.type) !== 'webextensiontaskpanes') continue;
    for (const inner of readRelationships(pkg, rel.target)) if (!inner.external && relKind(inner.type) === 'webextension') add(inner.target);
  }
  for (const part of pkg.parts()) if (WEBEXT_FOLDER.test(part)) add(part);
  return found;
}

/** Every add-in's stored settings; [] when the workbook has none. */
export function readDocumentSettings(pkg: ZipPackage): AddinSettings[] {
  try {
    return webExtensionParts(pkg).map((part) => parseWebExtension(pkg.text(part) ?? '', part));
  } catch (cause) {
    if (cause instanceof XmlError) throw new WorkbookReadError('danneggiato', pkg.fileName, { cause });
    throw cause;
  }
}

/**
 * The value of one setting, JSON-decoded, from the first add-in that stores it; undefined when
 * no add-in does or its text is not JSON.
 */
export function documentSetting(settings: AddinSettings[], name: string): unknown {
  for (const s of settings) {
    const raw = s.properties.get(name);
    if (raw === undefined) continue;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
