/**
 * The one way this adapter reads XML: saxes, namespace-aware, with each element's character
 * offsets in the text so a writer can splice the original string instead of re-serialising it.
 * Elements are matched by local name, so transitional and Strict OOXML read alike.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Local name (`sheet`, `c`…), without prefix. */
  name: string;
  /** Namespace URI of the element. */
  uri: string;
  /** Attributes by qualified name as written (`r:id`, `name`). */
  attrs: Record<string, { local: string; uri: string; value: string }>;
  /** Offset of `<` in the text. */
  start: number;
  /** Offset just past the start tag's `>`. */
  openEnd: number;
  selfClosing: boolean;
  /** Names of the enclosing elements, outermost first (local names). */
  path: readonly string[];
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  /** `end` is the offset just past the end tag (or of the start tag when self-closing). */
  close?(el: XmlElement, end: number): void;
  /** Character data (entities decoded) inside the innermost open element. */
  text?(text: string, el: XmlElement | undefined): void;
}

/** Thrown on malformed XML; the package reader turns it into "danneggiato". */
export class XmlError extends Error {}

/** Parses `text` once, calling the handlers in document order. */
export function parseXml(text: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const names: string[] = [];
  let tagStart = 0;
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: XmlElement['attrs'] = {};
    for (const [q, a] of Object.entries(tag.attributes)) attrs[q] = { local: a.local, uri: a.uri, value: a.value };
    const el: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attrs,
      start: tagStart,
      openEnd: parser.position,
      selfClosing: tag.isSelfClosing,
      path: names.slice(),
    };
    stack.push(el);
    names.push(el.name);
    handlers.open?.(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    names.pop();
    if (el) handlers.close?.(el, parser.position);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (t) => onText(t, stack[stack.length - 1]));
    parser.on('cdata', (t) => onText(t, stack[stack.length - 1]));
  }
  parser.on('error', (e) => {
    throw new XmlError(e.message);
  });
  parser.write(text).close();
}

/** An attribute by local name, in no namespace (plain attributes such as `name`, `r`, `t`). */
export function attr(el: XmlElement, local: string): string | undefined {
  const direct = el.attrs[local];
  if (direct && direct.uri === '') return direct.value;
  for (const a of Object.values(el.attrs)) if (a.local === local && a.uri === '') return a.value;
  return undefined;
}

/**
 * The relationship id attribute (`r:id`, or `r:embed`…): its namespace is the officeDocument
 * relationships one, transitional or Strict, whatever prefix the writer chose.
 */
export function relAttr(el: XmlElement, local = 'id'): string | undefined {
  for (const a of Object.values(el.attrs)) {
    if (a.local === local && /relationships$/.test(a.uri)) return a.value;
  }
  return undefined;
}

/** OOXML booleans: `1`/`true` (and `on` from old writers) are true. */
export function xmlBool(v: string | undefined, fallback = false): boolean {
  if (v === undefined) return fallback;
  const s = v.trim().toLowerCase();
  if (s === '1' || s === 'true' || s === 'on') return true;
  if (s === '0' || s === 'false' || s === 'off') return false;
  return fallback;
}
