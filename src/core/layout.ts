/**
 * Which layout a workbook uses: the canonical register (an `Obiettivi` sheet), *schede
 * obiettivo* (one objective per sheet or block), or both. The CLI and the pane show it; analyze
 * reads whatever is there.
 */
import type { WorkbookGrid } from './grid';
import { findSheets } from './read/sheets';
import { findBlocks } from './schede/blocks';

export type Layout = 'registro' | 'schede' | 'misto' | 'vuoto';

export interface LayoutInfo {
  layout: Layout;
  /** The register's `Obiettivi` sheet, when there is one. */
  registerSheet: string | null;
  /** Sheets holding schede, in workbook order. */
  schedeSheets: string[];
  /** Number of schede found. */
  schede: number;
}

export function detectLayout(grid: WorkbookGrid): LayoutInfo {
  const schedeSheets: string[] = [];
  let schede = 0;
  for (const sheet of grid.sheets ?? []) {
    if (!sheet || !Array.isArray(sheet.rows)) continue;
    const n = findBlocks(sheet).length;
    if (n > 0) {
      schedeSheets.push(sheet.name);
      schede += n;
    }
  }
  // A sheet named `Obiettivi…` that is itself made of schede is not a register.
  const registerSheet = findSheets(grid, 'Obiettivi').find((s) => !schedeSheets.includes(s.name))?.name ?? null;
  const layout: Layout =
    registerSheet !== null && schede > 0 ? 'misto' : registerSheet !== null ? 'registro' : schede > 0 ? 'schede' : 'vuoto';
  return { layout, registerSheet, schedeSheets, schede };
}

function schedeCount(n: number): string {
  return n === 1 ? '1 scheda' : `${n} schede`;
}

/** `Formato rilevato: schede obiettivo (29 schede)`, for the CLI and the pane. */
export function describeLayout(info: LayoutInfo): string {
  switch (info.layout) {
    case 'registro':
      return `Formato rilevato: registro (foglio «${info.registerSheet}»)`;
    case 'schede':
      return `Formato rilevato: schede obiettivo (${schedeCount(info.schede)})`;
    case 'misto':
      return `Formato rilevato: misto, registro (foglio «${info.registerSheet}») e schede obiettivo (${schedeCount(info.schede)})`;
    default:
      return 'Formato rilevato: nessun obiettivo trovato (né un foglio «Obiettivi» né schede obiettivo)';
  }
}
