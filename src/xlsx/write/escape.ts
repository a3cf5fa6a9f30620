/**
 * XML escaping for every part the tool writes: ONE place.
 *
 * Cell text is an `ST_Xstring`: characters XML 1.0 cannot carry (control characters, U+FFFE/FFFF,
 * lone surrogates) are written as Excel writes them, `_xHHHH_`; a literal `_xHHHH_` already in the
 * user's text gets its underscore escaped (`_x005F_xHHHH_`) so that it reads back as typed. `\r`
 * is kept as a character reference: a raw CR would be turned into `\n` by every XML parser.
 */

// Characters XML 1.0 forbids (tab, LF and CR are allowed), lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Text that XML can carry, with Excel's `_xHHHH_` convention applied (cell text, names). */
function xstring(s: string): string {
  return s.replace(LITERAL_ESCAPE, '_x005F_$1').replace(FORBIDDEN, hex4);
}

// Any character one of the rules below may change: most texts have none and are returned as they are.
// eslint-disable-next-line no-control-regex
const TEXT_MAY_CHANGE = /[&<>\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Element content holding user text (`<t>`, `<v>` of a string result). */
export function xmlText(s: string): string {
  if (!TEXT_MAY_CHANGE.test(s)) return s;
  return xstring(s).replace(TEXT_SPECIAL, (c) => ENTITIES[c]);
}

/** Attribute value holding user text (sheet names, defined names' comments). */
export function xmlAttr(s: string): string {
  return xstring(s).replace(ATTR_SPECIAL, (c) => ENTITIES[c]);
}

/** True when a `<t>` element needs `xml:space="preserve"` to keep its text as is. */
const PRESERVE = /^\s|\s$|[\n\r\t]| {2}/;

export function needsPreserve(s: string): boolean {
  return PRESERVE.test(s);
}
