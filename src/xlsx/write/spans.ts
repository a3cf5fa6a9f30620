/**
 * Where elements sit in a part's text, found with saxes (never by hand): the editor splices the
 * user's parts at these offsets instead of re-serializing them, so everything else stays byte for
 * byte as it was. Offsets are JavaScript string indexes (saxes' `position`).
 */
import { parseLean } from '../package/fastXml';

export interface Span {
  /** Qualified name as written (`x:fonts`). */
  name: string;
  /** Local name (`fonts`). */
  local: string;
  /** Namespace prefix as written, '' for none. */
  prefix: string;
  /** Plain (un-namespaced) attributes by local name. */
  attrs: Record<string, string>;
  depth: number;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the open tag's `>`. */
  openEnd: number;
  /** Offset of the close tag's `<` (equals `openEnd` for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  /** Number of element children. */
  children: number;
  parent: Span | null;
}

/** The name as written in the open tag at `at` (`x:row`): read up to the first blank, `/` or `>`
 * (per element of a large sheet, so no slicing or regex). */
export function nameAt(xml: string, at: number): string {
  let i = at + 1;
  for (;;) {
    const ch = xml.charCodeAt(i);
    // NaN (end), space, tab, LF, CR, '/', '>'
    if (Number.isNaN(ch) || ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
    i++;
  }
  return xml.slice(at + 1, i);
}

/**
 * Every element whose depth (root = 0) is at most `maxDepth` and that `keep` accepts (default: all),
 * read with the package layer's lean parser (saxes, offsets on). Deeper elements are counted as
 * children, not returned.
 */
export function spansOf(xml: string, maxDepth: number, keep: (s: Span) => boolean = () => true): Span[] {
  const out: Span[] = [];
  const stack: Span[] = [];
  parseLean(
    xml,
    {
      open(tag) {
        const parent = stack[stack.length - 1] ?? null;
        const qname = nameAt(xml, tag.start) || tag.name;
        const colon = qname.indexOf(':');
        // Plain attributes only: prefixed ones (`r:id`, `mc:Ignorable`) and namespace declarations are in a namespace.
        const attrs: Record<string, string> = {};
        for (const k in tag.attrs) if (k.indexOf(':') < 0 && k !== 'xmlns') attrs[k] = tag.attrs[k];
        const span: Span = {
          name: qname,
          local: tag.name,
          prefix: colon < 0 ? '' : qname.slice(0, colon),
          attrs,
          depth: stack.length,
          start: tag.start,
          openEnd: tag.openEnd,
          closeStart: tag.openEnd,
          end: tag.openEnd,
          selfClosing: tag.selfClosing,
          children: 0,
          parent,
        };
        if (parent) parent.children++;
        stack.push(span);
      },
      close(_name, end) {
        const span = stack.pop()!;
        span.end = end;
        span.closeStart = span.selfClosing ? span.openEnd : xml.lastIndexOf('</', end - 1);
        if (span.depth <= maxDepth && keep(span)) out.push(span);
      },
    },
    { offsets: true },
  );
  return out.sort((a, b) => a.start - b.start);
}


/**
 * A fragment written by the tool, with its elements in the namespace prefix of the part it goes
 * into (`x:row`), for parts whose writer prefixed the main namespace instead of declaring it the
 * default. Attributes stay unprefixed, as the schema wants.
 */
export function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}:$2`);
}

/** The namespace prefix of the element that starts at `at` (`x` for `<x:sheets>`), '' for none. */
export function prefixAt(xml: string, at: number): string {
  return /^<([A-Za-z_][\w.-]*):/.exec(xml.slice(at, at + 64))?.[1] ?? '';
}

/** One replacement of `text[from, to)`. */
export interface Splice {
  from: number;
  to: number;
  text: string;
}

/** Applies non-overlapping splices (any order) to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return text;
  const sorted = [...splices].sort((a, b) => a.from - b.from || a.to - b.to);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.from < at) throw new Error(`overlapping splices at ${s.from}`);
    parts.push(text.slice(at, s.from), s.text);
    at = s.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The open tag of `span` with attribute `name` set to `value` (added when missing). */
export function withAttr(xml: string, span: { start: number; openEnd: number }, name: string, value: string): Splice {
  const open = xml.slice(span.start, span.openEnd);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(["'])[^"']*\\2`);
  const next = re.test(open)
    ? open.replace(re, `$1"${value}"`)
    : open.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  return { from: span.start, to: span.openEnd, text: next };
}
