/**
 * What the reader needs from `xl/styles.xml`: each cell format (`cellXfs/xf`, the cell's `s`
 * index) with its number format text and whether its fill is visible. Built-in number formats
 * (ids below 164 that the file does not declare) come from the table of the standard.
 */
import { parseLean } from './fastXml';

export interface CellStyle {
  numFmtId: number;
  /** The format text (`0%`, `dd/mm/yyyy`), undefined for General. */
  numFmt?: string;
  /** A solid or gradient fill that is not plain white. */
  filled: boolean;
}

/** ECMA-376 §18.8.30 built-in formats (the locale-independent ones). */
const BUILTIN_NUMFMTS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Ids the standard reserves for locale-dependent date formats (East Asian calendars): still dates. */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

export function builtinNumFmt(id: number): string | undefined {
  if (BUILTIN_NUMFMTS[id] !== undefined) return BUILTIN_NUMFMTS[id];
  return LOCALE_DATE_IDS.has(id) ? 'yyyy-mm-dd' : undefined;
}

interface FillInfo {
  pattern?: string;
  fg?: Record<string, string>;
  gradient: boolean;
}

/** Excel ignores the alpha byte of ARGB fills: `00FFFFFF` (openpyxl's default) is white too. */
const WHITE_RGB = /^([0-9a-f]{2})?ffffff$/i;

/**
 * A fill a user sees. White is not a mark: plain white RGB, indexed 9 (white in the legacy
 * palette) and theme 0 without tint (the theme's light background) all look like no fill.
 */
function visible(f: FillInfo | undefined): boolean {
  if (!f) return false;
  if (f.gradient) return true;
  if (f.pattern !== 'solid') return false;
  const c = f.fg ?? {};
  if (c.rgb !== undefined && WHITE_RGB.test(c.rgb)) return false;
  if (c.indexed === '9') return false;
  if (c.theme === '0' && (c.tint === undefined || Number(c.tint) === 0)) return false;
  return true;
}

export function parseStyles(xml: string): CellStyle[] {
  const custom = new Map<number, string>();
  const fills: FillInfo[] = [];
  const xfs: { numFmtId: number; fillId: number }[] = [];
  const stack: string[] = [];
  let fill: FillInfo | null = null;
  parseLean(xml, {
    open(tag) {
      const parent = stack[stack.length - 1];
      if (tag.name === 'numFmt' && parent === 'numFmts') {
        const id = Number(tag.attrs.numFmtId);
        if (Number.isInteger(id) && tag.attrs.formatCode !== undefined) custom.set(id, tag.attrs.formatCode);
      } else if (tag.name === 'fill' && parent === 'fills') {
        fill = { gradient: false };
        fills.push(fill);
      } else if (fill && tag.name === 'patternFill') {
        fill.pattern = tag.attrs.patternType;
      } else if (fill && tag.name === 'gradientFill') {
        fill.gradient = true;
      } else if (fill && tag.name === 'fgColor' && parent === 'patternFill') {
        fill.fg = tag.attrs;
      } else if (tag.name === 'xf' && parent === 'cellXfs') {
        xfs.push({ numFmtId: Number(tag.attrs.numFmtId ?? 0) || 0, fillId: Number(tag.attrs.fillId ?? 0) || 0 });
      }
      stack.push(tag.name);
    },
    // saxes reports a close for self-closing tags too, so the stack stays balanced.
    close(name) {
      stack.pop();
      if (name === 'fill') fill = null;
    },
    text() {},
  });
  return xfs.map(({ numFmtId, fillId }) => {
    const fmt = custom.get(numFmtId) ?? builtinNumFmt(numFmtId);
    const style: CellStyle = { numFmtId, filled: visible(fills[fillId]) };
    if (fmt !== undefined && !/^general$/i.test(fmt)) style.numFmt = fmt;
    return style;
  });
}
