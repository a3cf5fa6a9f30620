/**
 * A lean saxes pass for the big parts (sheets, shared strings): no namespace processing and no
 * line/column tracking, which roughly halves parsing time (and a fifth of the time of the
 * namespace-aware pass with offsets, on a register sheet). Elements are matched by local name (a
 * prefix such as `x:` is dropped), so prefixed Strict files read like the others. With `offsets`,
 * each tag also carries where it sits in the text, for the writer's splices.
 */
import { SaxesParser } from 'saxes';
import { XmlError } from './xml';

export interface LeanTag {
  /** Local name. */
  name: string;
  /** Attributes by name as written (prefix kept). */
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** Offset of `<` and just past the open tag's `>` (only when parsing with `offsets`). */
  start: number;
  openEnd: number;
}

export interface LeanHandlers {
  /** `tag` is reused for the next tag: take what you need from it, do not keep it. */
  open(tag: LeanTag): void;
  /** `end`: offset just past the end tag, or past the open tag of a self-closing element. */
  close(name: string, end: number): void;
  text?(t: string): void;
}

function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function parseLean(text: string, h: LeanHandlers, opts: { offsets?: boolean } = {}): void {
  const parser = new SaxesParser({ position: false });
  let start = 0;
  // saxes reports its offset in the text (`position`) even without line tracking.
  if (opts.offsets) parser.on('opentagstart', () => void (start = text.lastIndexOf('<', parser.position - 1)));
  // One tag object for the whole pass (a big sheet has hundreds of thousands of tags): handlers
  // read it during the call and keep only what they take from it.
  const current: LeanTag = { name: '', attrs: {}, selfClosing: false, start: 0, openEnd: 0 };
  parser.on('opentag', (tag) => {
    current.name = local(tag.name);
    current.attrs = tag.attributes as Record<string, string>;
    current.selfClosing = tag.isSelfClosing;
    current.start = start;
    current.openEnd = opts.offsets ? parser.position : 0;
    h.open(current);
  });
  parser.on('closetag', (tag) => h.close(local(tag.name), opts.offsets ? parser.position : 0));
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  parser.on('error', (e) => {
    throw new XmlError(e.message);
  });
  parser.write(text).close();
}
