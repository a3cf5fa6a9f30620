/** `[Content_Types].xml`: Default (by extension) and Override (by part) content types. */
import { WorkbookReadError } from '../errors';
import { extensionOf, normalizePart } from './paths';
import { XmlError, attr, parseXml } from './xml';
import type { ZipPackage } from './zip';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export interface ContentTypes {
  /** Lower-case extension (no dot) → content type. */
  defaults: Map<string, string>;
  /** Lower-case part name (no leading slash) → content type. */
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const out: ContentTypes = { defaults: new Map(), overrides: new Map() };
  parseXml(xml, {
    open(el) {
      const type = attr(el, 'ContentType');
      if (type === undefined) return;
      if (el.name === 'Default') {
        const ext = attr(el, 'Extension');
        if (ext !== undefined) out.defaults.set(ext.toLowerCase(), type);
      } else if (el.name === 'Override') {
        const part = attr(el, 'PartName');
        if (part !== undefined) out.overrides.set(normalizePart(part).toLowerCase(), type);
      }
    },
  });
  return out;
}

export function readContentTypes(pkg: ZipPackage): ContentTypes {
  const xml = pkg.text(CONTENT_TYPES_PART);
  if (xml === null) return { defaults: new Map(), overrides: new Map() };
  try {
    return parseContentTypes(xml);
  } catch (cause) {
    if (cause instanceof XmlError) throw new WorkbookReadError('danneggiato', pkg.fileName, { cause });
    throw cause;
  }
}

/** A part's content type: its Override, else the Default of its extension. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  return types.overrides.get(normalizePart(part).toLowerCase()) ?? types.defaults.get(extensionOf(part));
}
