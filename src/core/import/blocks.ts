/**
 * The seam between a document reader and the import: a document as a plain list of blocks
 * (paragraphs and tables), in reading order. The `.docx` reader (src/xlsx/docx) produces it; a
 * PDF reader could produce the same later, and everything after this point stays the same.
 */

export interface DocParagraph {
  kind: 'paragraph';
  /** The text with soft line breaks as `\n` and tabs as `\t`, as written (no trimming). */
  text: string;
  /** True for a list item (Word numbering): the import shows it as a bullet line. */
  listItem?: boolean;
}

export interface DocCell {
  /** The cell's paragraphs joined by `\n` (soft breaks are `\n` too). */
  text: string;
  /** How many grid columns the cell covers (Word `gridSpan`), at least 1. */
  span: number;
  /**
   * Vertical merge (Word `vMerge`): `restart` starts a merged block, `continue` is a cell covered
   * by the one above (its own text is normally empty), null for an ordinary cell.
   */
  vMerge: 'restart' | 'continue' | null;
  /** Tables nested inside the cell, in order. */
  tables: DocTable[];
}

export interface DocRow {
  cells: DocCell[];
  /** Grid columns skipped before the first cell (Word `gridBefore`). */
  before: number;
  /** A header row repeated on every page (Word `tblHeader`). */
  header: boolean;
}

export interface DocTable {
  kind: 'table';
  rows: DocRow[];
}

export type DocBlock = DocParagraph | DocTable;
