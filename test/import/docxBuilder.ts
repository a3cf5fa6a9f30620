/**
 * Test helper: builds real .docx files with the `docx` package (not the product's code), from a
 * small description. `\n` in a text is a soft line break (w:br), `\t` a tab (w:tab); cells take
 * a column span (gridSpan), a vertical merge (vMerge) and nested tables; rows can be repeated
 * header rows (tblHeader).
 */
import { Document, Packer, PageBreak, Paragraph, Tab, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';

export interface PSpec {
  p: string;
  bold?: boolean;
  /** A Word bullet list item (numbering), not a typed dash. */
  bullet?: boolean;
  /** A page break before the paragraph. */
  pageBreak?: boolean;
}
export interface CellSpec {
  text?: string;
  /** Paragraphs of the cell (instead of text). */
  paras?: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
  nested?: TableSpec;
}
export interface RowSpec {
  cells: (string | CellSpec)[];
  header?: boolean;
}
export interface TableSpec {
  rows: (RowSpec | (string | CellSpec)[])[];
}
export type BlockSpec = string | PSpec | TableSpec;

function runs(text: string, bold = false): (TextRun | PageBreak)[] {
  const out: TextRun[] = [];
  text.split('\n').forEach((line, i) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    out.push(new TextRun({ children, bold, break: i > 0 ? 1 : undefined }));
  });
  return out;
}

function paragraph(spec: string | PSpec): Paragraph {
  const s = typeof spec === 'string' ? { p: spec } : spec;
  const children: (TextRun | PageBreak)[] = runs(s.p, s.bold);
  if (s.pageBreak) children.unshift(new PageBreak());
  return new Paragraph({ children, ...(s.bullet ? { bullet: { level: 0 } } : {}) });
}

function cell(spec: string | CellSpec): TableCell {
  const s: CellSpec = typeof spec === 'string' ? { text: spec } : spec;
  const children: (Paragraph | Table)[] = (s.paras ?? [s.text ?? '']).map((t) => paragraph(t));
  if (s.nested) {
    children.push(table(s.nested));
    // Word requires a paragraph after a nested table in a cell.
    children.push(new Paragraph(''));
  }
  return new TableCell({
    children,
    columnSpan: s.span,
    verticalMerge: s.vMerge === 'restart' ? VerticalMergeType.RESTART : s.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
  });
}

function table(spec: TableSpec): Table {
  const rows = spec.rows.map((r) => (Array.isArray(r) ? { cells: r } : r));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({ tableHeader: r.header, children: r.cells.map(cell) })),
  });
}

export async function buildDocx(blocks: BlockSpec[]): Promise<Uint8Array> {
  const children = blocks.map((b) => (typeof b === 'object' && 'rows' in b ? table(b) : paragraph(b)));
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A two-objective Polizia locale document in the seed's layout (the second objective has no table):
 * the pane's import tests, in jsdom and in Chromium, read the same one.
 */
export const POLIZIA_LOCALE_DOC: BlockSpec[] = [
  'SETTORE POLIZIA LOCALE',
  'OBIETTIVI E INDICATORI DI RISULTATO anno 2025',
  'Obiettivo n.1 Mantenimento',
  'OGGETTO: SERVIZIO CONTROLLO SERALI.',
  { rows: [['', 'Attività da compiere', 'Tempistica', 'previsto'], ['1', 'Controlli.', 'Da Giugno a Settembre', '10']] },
  'Obiettivo n.2 Innovativo',
  "OGGETTO: NUOVA VIABILITA' VIALE LOMBARDIA.",
];
