/**
 * word/document.xml → blocks (src/core/import/blocks.ts): paragraphs with their text (soft
 * breaks, tabs and non-breaking spaces kept), tables with rows, cells, `gridSpan` / `vMerge`
 * merges, `gridBefore`, repeated header rows (`tblHeader`) and nested tables. Only WordprocessingML
 * elements count (DrawingML text inside shapes is skipped, and so is the fallback copy of a
 * text box), and deleted text and field instructions are not text.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { DocBlock, DocCell, DocParagraph, DocRow, DocTable } from '../../core/import/blocks';

const isWord = (uri: string) => uri.includes('wordprocessingml');

interface ParagraphState {
  parts: string[];
  listItem: boolean;
}

interface CellState {
  cell: DocCell;
  paragraphs: string[];
}

/** Where a finished paragraph or table goes: the innermost open cell, else the body. */
type Sink = { kind: 'body' } | { kind: 'cell'; state: CellState };

function attr(tag: SaxesTagNS, local: string): string | null {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return null;
}

/** Parses the main document part; throws on malformed XML (the caller reports the file as damaged). */
export function parseDocumentXml(xml: string): DocBlock[] {
  const body: DocBlock[] = [];
  const paragraphs: ParagraphState[] = [];
  const tables: DocTable[] = [];
  const rows: DocRow[] = [];
  const cells: CellState[] = [];
  // Elements whose character data is text: w:t only (not w:delText, not w:instrText).
  let inText = 0;
  // Inside mc:Fallback (a duplicate of the mc:Choice content) nothing is read.
  let skipDepth = 0;
  const stack: SaxesTagNS[] = [];

  const sink = (): Sink => (cells.length > 0 && cellDepthOk() ? { kind: 'cell', state: cells[cells.length - 1] } : { kind: 'body' });
  // A cell is the sink only while it is the innermost container (a table opened inside it takes over).
  const cellDepthOk = () => tables.length === cells.length;

  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    stack.push(tag);
    if (skipDepth > 0 || tag.local === 'Fallback') {
      skipDepth++;
      return;
    }
    if (!isWord(tag.uri)) return;
    switch (tag.local) {
      case 'p':
        paragraphs.push({ parts: [], listItem: false });
        break;
      case 'numPr':
        if (paragraphs.length > 0) paragraphs[paragraphs.length - 1].listItem = true;
        break;
      case 't':
        inText++;
        break;
      case 'tab':
        // w:tab inside a paragraph's tab stops (w:tabs) is a definition, not a character.
        if (paragraphs.length > 0 && stack[stack.length - 2]?.local === 'r') paragraphs[paragraphs.length - 1].parts.push('\t');
        break;
      case 'br':
      case 'cr':
        if (paragraphs.length > 0 && attr(tag, 'type') !== 'page' && attr(tag, 'type') !== 'column') paragraphs[paragraphs.length - 1].parts.push('\n');
        break;
      case 'noBreakHyphen':
        if (paragraphs.length > 0) paragraphs[paragraphs.length - 1].parts.push('-');
        break;
      case 'tbl':
        tables.push({ kind: 'table', rows: [] });
        break;
      case 'tr':
        rows.push({ cells: [], before: 0, header: false });
        break;
      case 'gridBefore':
        if (rows.length > 0) rows[rows.length - 1].before = Math.max(0, Number(attr(tag, 'val')) || 0);
        break;
      case 'tblHeader': {
        const v = attr(tag, 'val');
        if (rows.length > 0) rows[rows.length - 1].header = v === null || !['0', 'false', 'off'].includes(v);
        break;
      }
      case 'tc':
        cells.push({ cell: { text: '', span: 1, vMerge: null, tables: [] }, paragraphs: [] });
        break;
      case 'gridSpan':
        if (cells.length > 0) cells[cells.length - 1].cell.span = Math.max(1, Number(attr(tag, 'val')) || 1);
        break;
      case 'vMerge':
        if (cells.length > 0) cells[cells.length - 1].cell.vMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText > 0 && skipDepth === 0 && paragraphs.length > 0) paragraphs[paragraphs.length - 1].parts.push(text);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (!isWord(tag.uri)) return;
    switch (tag.local) {
      case 't':
        inText--;
        break;
      case 'p': {
        const p = paragraphs.pop();
        if (!p) break;
        const text = p.parts.join('');
        const s = sink();
        if (s.kind === 'cell') s.state.paragraphs.push(p.listItem && text.trim() !== '' ? `- ${text}` : text);
        else {
          const block: DocParagraph = { kind: 'paragraph', text };
          if (p.listItem) block.listItem = true;
          body.push(block);
        }
        break;
      }
      case 'tc': {
        const c = cells.pop();
        if (!c) break;
        c.cell.text = c.paragraphs.join('\n');
        rows[rows.length - 1]?.cells.push(c.cell);
        break;
      }
      case 'tr': {
        const r = rows.pop();
        if (r) tables[tables.length - 1]?.rows.push(r);
        break;
      }
      case 'tbl': {
        const t = tables.pop();
        if (!t) break;
        const s = sink();
        if (s.kind === 'cell') s.state.cell.tables.push(t);
        else body.push(t);
        break;
      }
    }
  });
  parser.write(xml).close();
  return body;
}
