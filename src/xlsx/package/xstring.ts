/**
 * OOXML string escapes (ST_Xstring): a character XML cannot carry is written `_xHHHH_`, and a
 * literal `_x…_` sequence is protected as `_x005F_x…_`. Excel decodes them in cell text.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXString(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
