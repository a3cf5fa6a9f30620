/**
 * Blocks → lines: the import reads a document as a sequence of lines, each a paragraph or one
 * table row laid out on the table's grid (gridSpan widens a cell, vMerge repeats the text of the
 * merged cell above, gridBefore shifts the row). Nested tables follow the row that holds them.
 */
import type { DocBlock, DocTable } from './blocks';

export interface LineCell {
  text: string;
  /** First grid column (0-based) and how many columns it covers. */
  col: number;
  span: number;
  /** A cell covered by the vertically merged cell above: its text is that cell's. */
  continued: boolean;
}

export interface Line {
  /** Cells with their cleaned text (empty cells included, so that columns can be found). */
  cells: LineCell[];
  /** null for a paragraph; else the table's ordinal in the document (1-based, nested ones too). */
  table: number | null;
  /** 1-based row in its table, or the paragraph's ordinal among paragraphs. */
  index: number;
  /** A repeated header row (Word `tblHeader`). */
  header: boolean;
}

/** Text as a reader sees it: non-breaking spaces are spaces, runs of spaces are one, lines trimmed. */
export function cleanText(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function isBlank(line: Line): boolean {
  return line.cells.every((c) => c.text === '');
}

/** The non-empty cells, in grid order. */
export function filled(line: Line): LineCell[] {
  return line.cells.filter((c) => c.text !== '');
}

export function documentLines(blocks: DocBlock[]): Line[] {
  const out: Line[] = [];
  let tables = 0;
  let paragraphs = 0;
  const table = (t: DocTable) => {
    const id = ++tables;
    // Text of the merged block currently open in each grid column.
    const merged = new Map<number, string>();
    t.rows.forEach((row, r) => {
      const cells: LineCell[] = [];
      let col = row.before;
      for (const c of row.cells) {
        let text = cleanText(c.text);
        let continued = false;
        if (c.vMerge === 'restart') merged.set(col, text);
        else if (c.vMerge === 'continue') {
          continued = true;
          if (text === '') text = merged.get(col) ?? '';
        } else merged.delete(col);
        cells.push({ text, col, span: c.span, continued });
        col += c.span;
      }
      out.push({ cells, table: id, index: r + 1, header: row.header });
      for (const c of row.cells) for (const nested of c.tables) table(nested);
    });
  };
  for (const b of blocks) {
    if (b.kind === 'table') table(b);
    else {
      paragraphs++;
      // Tabs typed between a label and its value act as columns (`RISORSE UMANE<tab>Rossi`).
      const cells = b.text.split('\t').map((part, col) => ({ text: cleanText(part), col, span: 1, continued: false }));
      if (b.listItem && cells[0].text !== '') cells[0].text = `- ${cells[0].text}`;
      out.push({ cells, table: null, index: paragraphs, header: false });
    }
  }
  return out;
}
