/**
 * A lean saxes pass for the big parts (sheets, shared strings): no namespace processing and no
 * position tracking, which roughly halves parsing time. Elements are matched by local name (a
 * prefix such as `x:` is dropped), so prefixed Strict files read like the others.
 */
import { SaxesParser } from 'saxes';
import { XmlError } from './xml';

export interface LeanTag {
  /** Local name. */
  name: string;
  /** Attributes by name as written (prefix kept). */
  attrs: Record<string, string>;
  selfClosing: boolean;
}

export interface LeanHandlers {
  open(tag: LeanTag): void;
  close(name: string): void;
  text(t: string): void;
}

function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function parseLean(text: string, h: LeanHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => h.open({ name: local(tag.name), attrs: tag.attributes as Record<string, string>, selfClosing: tag.isSelfClosing }));
  parser.on('closetag', (tag) => h.close(local(tag.name)));
  parser.on('text', h.text);
  parser.on('cdata', h.text);
  parser.on('error', (e) => {
    throw new XmlError(e.message);
  });
  parser.write(text).close();
}
