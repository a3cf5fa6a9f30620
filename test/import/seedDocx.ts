/**
 * Test helper: rebuilds the Calusco d'Adda objectives document (test/fixtures/import, the text a
 * PDF extraction left: tables as tab-separated lines, `**` around bold runs, `<p>` inside cells)
 * as the Word document it came from: bold runs are paragraphs (their line breaks soft breaks),
 * runs of tabbed lines are tables, empty trailing cells widen the cell before them (gridSpan), the
 * phase table's header takes two rows (vMerge over N. / Attività / Tempistica, Indicatori di
 * risultato over previsto | ottenuto), `<p>` pieces are paragraphs of their cell.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildDocx, type BlockSpec, type CellSpec, type RowSpec } from './docxBuilder';

export const SEED_TEXT_FILE = path.join(__dirname, '..', 'fixtures', 'import', 'calusco-obiettivi-2025-2027.txt');

function cellParas(text: string): string[] {
  const clean = (s: string) => s.replace(/<\/?i>/g, '').trim();
  if (!text.includes('<p>')) return [clean(text)];
  return text
    .split(/<\/p>\s*<p>|<p>|<\/p>/)
    .map(clean)
    .filter((s) => s !== '');
}

function row(line: string, prev: RowSpec | null): RowSpec {
  const raw = line.split('\t');
  const norm = raw.map((c) => c.trim().toLowerCase());
  // The second header row: previsto | ottenuto under the merged header cells.
  if (norm.includes('previsto') || (norm.includes('ottenuto') && norm.filter((c) => c !== '').length <= 2)) {
    const cells: CellSpec[] = raw.map((c) => (c.trim() === '' ? { text: '', vMerge: 'continue' } : { text: c.trim() }));
    return { cells, header: true };
  }
  if (norm.some((c) => c.startsWith('attività da compiere'))) {
    const cells: CellSpec[] = [];
    raw.forEach((c, i) => {
      if (c.trim() === '' && i > 0 && cells.length > 0 && /indicator/i.test(cells[cells.length - 1].text ?? '')) {
        cells[cells.length - 1].span = (cells[cells.length - 1].span ?? 1) + 1;
        return;
      }
      cells.push({ text: c.trim(), vMerge: /indicator/i.test(c) ? undefined : 'restart' });
    });
    return { cells, header: true };
  }
  void prev;
  const filled = raw.filter((c) => c.trim() !== '').length;
  const phaseLike = /^\d+$/.test(raw[0].trim()) || filled >= 3;
  const cells: CellSpec[] = [];
  raw.forEach((c, i) => {
    if (!phaseLike && c.trim() === '' && i > 0 && cells.length > 0) {
      cells[cells.length - 1].span = (cells[cells.length - 1].span ?? 1) + 1;
      return;
    }
    cells.push({ paras: cellParas(c) });
  });
  return { cells };
}

/** The seed's text → block specs for the docx builder. */
export function seedBlocks(text: string): BlockSpec[] {
  const blocks: BlockSpec[] = [];
  let table: RowSpec[] | null = null;
  const endTable = () => {
    if (table) blocks.push({ rows: table });
    table = null;
  };
  text.split('**').forEach((segment, i) => {
    if (i % 2 === 1) {
      endTable();
      if (segment.trim() !== '') blocks.push({ p: segment.trim(), bold: true });
      return;
    }
    for (const line of segment.split('\n')) {
      if (line.includes('\t')) {
        table ??= [];
        table.push(row(line, table[table.length - 1] ?? null));
        continue;
      }
      endTable();
      blocks.push(line.trim() === '' ? '' : cellParas(line).join('\n'));
    }
  });
  endTable();
  return blocks;
}

export async function seedDocx(): Promise<Uint8Array> {
  return buildDocx(seedBlocks(readFileSync(SEED_TEXT_FILE, 'utf8')));
}
