/**
 * A worksheet part's cells and merges, streamed: each `<c>` of `<sheetData>` is reported once
 * with its raw attributes and texts, so the caller keeps only what it needs (a stray value at
 * XFD1048576 costs one callback, not a million empty cells). Rows or cells without an `r`
 * attribute (allowed by the standard) follow the previous one.
 */
import { parseLean } from './fastXml';
import { decodeXString } from './xstring';

export interface RawCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  /** The `t` attribute (`s`, `str`, `inlineStr`, `b`, `e`, `d`, `n`), undefined for a number. */
  t?: string;
  /** The `s` attribute: index into the cell formats, 0 when absent. */
  s: number;
  /** The `<v>` text, undefined when the cell has none. */
  v?: string;
  /** True when the cell has an `<f>` (own, shared or array formula). */
  formula: boolean;
  /** The text of an inline string (`<is>`), runs joined, escapes decoded. */
  inline?: string;
}

export interface SheetCallbacks {
  cell(c: RawCell): void;
  /** A `<mergeCell ref>`. */
  merge?(ref: string): void;
  /**
   * The `sqref` of a data validation or a conditional format, classic (attribute) or x14 in
   * `<extLst>` (an `<xm:sqref>` element), or the cell an x14 sparkline is drawn in: cells the user
   * prepared, even without values.
   */
  prepared?(sqref: string): void;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based row and column of an A1 reference; null if malformed or outside Excel's grid. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3 || col > MAX_COLUMNS) return null;
  let row = 0;
  const digits = ref.length - i;
  if (digits === 0 || digits > 7) return null;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROWS) return null;
  return { row: row - 1, col: col - 1 };
}

export function parseSheet(xml: string, cb: SheetCallbacks): void {
  let row = -1;
  let col = -1;
  let cell: RawCell | null = null;
  let inSheetData = false;
  // Which text we are collecting: the value, an inline string's `<t>` (not phonetic runs), or an x14 rule's `<xm:sqref>`.
  let collect: 'v' | 't' | 'sqref' | null = null;
  // Inside an x14 validation, conditional format or sparkline (their ranges are `<xm:sqref>` elements).
  let inRule = 0;
  let inIs = false;
  let inPhonetic = 0;
  let buf: string[] = [];
  parseLean(xml, {
    open(tag) {
      switch (tag.name) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = Number(tag.attrs.r);
          row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
          col = -1;
          return;
        }
        case 'c': {
          if (!inSheetData) return;
          if (tag.attrs.r !== undefined) {
            const ref = parseCellRef(tag.attrs.r);
            // A reference outside Excel's grid (or garbled) is a cell Excel would not show: skipped.
            if (!ref) return;
            row = ref.row;
            col = ref.col;
          } else col += 1;
          if (row < 0) row = 0;
          if (row >= MAX_ROWS || col >= MAX_COLUMNS) return;
          cell = { row, col, s: Number(tag.attrs.s ?? 0) || 0, formula: false };
          if (tag.attrs.t !== undefined) cell.t = tag.attrs.t;
          return;
        }
        case 'f':
          if (cell) cell.formula = true;
          return;
        case 'v':
          if (cell) {
            collect = 'v';
            buf = [];
          }
          return;
        case 'is':
          if (cell) {
            inIs = true;
            buf = [];
          }
          return;
        case 'rPh':
          inPhonetic++;
          return;
        case 't':
          if (inIs && inPhonetic === 0) collect = 't';
          return;
        case 'mergeCell':
          if (tag.attrs.ref !== undefined) cb.merge?.(tag.attrs.ref);
          return;
        // After <sheetData>: these cost nothing in the cell loop.
        case 'dataValidation':
        case 'conditionalFormatting':
        case 'sparkline':
          if (tag.attrs.sqref !== undefined) cb.prepared?.(tag.attrs.sqref);
          else if (!tag.selfClosing) inRule++;
          return;
        case 'sqref':
          if (inRule > 0) {
            collect = 'sqref';
            buf = [];
          }
          return;
      }
    },
    close(name) {
      switch (name) {
        case 'sheetData':
          inSheetData = false;
          return;
        case 'c':
          if (cell) cb.cell(cell);
          cell = null;
          return;
        case 'v':
          if (cell && collect === 'v') cell.v = buf.join('');
          collect = null;
          return;
        case 't':
          if (collect === 't') collect = null;
          return;
        case 'rPh':
          inPhonetic--;
          return;
        case 'dataValidation':
        case 'conditionalFormatting':
        case 'sparkline':
          if (inRule > 0) inRule--;
          return;
        case 'sqref':
          if (collect === 'sqref') {
            cb.prepared?.(buf.join(''));
            collect = null;
          }
          return;
        case 'is':
          if (cell && inIs) cell.inline = decodeXString(buf.join(''));
          inIs = false;
          return;
      }
    },
    text(t) {
      if (collect) buf.push(t);
    },
  });
}
