/** The block the Nucleo di Valutazione signs at the end of a generated document: luogo, data, firme. */
import { SheetBuilder, text } from './sheetBuilder';
import { COLORS } from './styles';
import type { CellStyle } from './types';

export const NUCLEO_STYLES: Record<string, CellStyle> = {
  nucleoTitle: { bold: true, fill: COLORS.header, border: 'thin', vAlign: 'middle' },
  nucleoSign: { fontSize: 11, vAlign: 'bottom' },
  nucleoLine: { fontSize: 11, vAlign: 'bottom', hAlign: 'center' },
  nucleoLabel: { fontSize: 9, italic: true, hAlign: 'center', vAlign: 'top' },
};

/**
 * Writes the block from row `start + 1`, over columns 0..lastCol, with three signature lines in
 * `spans` (column ranges); the builder's styles must include NUCLEO_STYLES. Returns the next free row.
 */
export function nucleoBlock(b: SheetBuilder, start: number, lastCol: number, spans: [number, number][]): number {
  let r = start + 1;
  b.merged(r, 0, lastCol, text('Il Nucleo di Valutazione'), 'nucleoTitle');
  r += 1;
  b.merged(r, 0, Math.min(lastCol, spans[0][1] + 1), text('Luogo e data: ______________________________'), 'nucleoSign');
  b.height(r, 30);
  r += 2;
  for (const [c1, c2] of spans) b.merged(r, c1, c2, text('______________________________'), 'nucleoLine');
  b.height(r, 36);
  r += 1;
  ['Presidente', 'Componente', 'Componente'].forEach((label, i) => {
    const span = spans[i];
    if (span) b.merged(r, span[0], span[1], text(label), 'nucleoLabel');
  });
  return r + 1;
}
