/**
 * The schede reader: every *scheda obiettivo* of the workbook (one per sheet, several per sheet,
 * anywhere on it) read into the same model as the register. Never throws.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { WorkbookGrid } from '../grid';
import type { Obiettivo } from '../model';
import { findBlocks } from './blocks';
import { readScheda } from './scheda';
import { sameKey } from './keys';

export interface SchedeOptions {
  /** The plan year (Impostazioni), for schede whose heading has no ANNO. */
  planYear?: number | null;
}

export interface SchedeResult {
  obiettivi: Obiettivo[];
  diagnostics: Diagnostic[];
  /** Names of the sheets holding at least one scheda, in workbook order. */
  sheets: string[];
}

export function readSchede(grid: WorkbookGrid, opts: SchedeOptions = {}): SchedeResult {
  const diagnostics: Diagnostic[] = [];
  const obiettivi: Obiettivo[] = [];
  const sheets: string[] = [];
  for (const sheet of grid.sheets ?? []) {
    if (!sheet || !Array.isArray(sheet.rows)) continue;
    const blocks = findBlocks(sheet);
    if (blocks.length === 0) continue;
    sheets.push(sheet.name);
    for (const block of blocks) obiettivi.push(readScheda(block, { planYear: opts.planYear ?? null }, diagnostics));
  }
  flagDuplicates(obiettivi, [], diagnostics, true);
  return { obiettivi, diagnostics, sheets };
}

/**
 * CHIAVE_DUPLICATA for each objective of `list` whose (Anno, Settore, N.) one of `others` (or,
 * with `within`, an earlier one of `list`) already has. Ids stay unique so nothing downstream
 * merges them.
 */
export function flagDuplicates(list: Obiettivo[], others: Obiettivo[], diagnostics: Diagnostic[], within: boolean): void {
  const ids = new Set(others.map((o) => o.id));
  list.forEach((o, i) => {
    const same = [...others, ...(within ? list.slice(0, i) : [])].find((p) => sameKey(p, o));
    if (same) {
      const cell = o.source.cells.numero ?? o.source.cells.settore;
      const there = `${same.source.sheet}!${same.source.cells.numero ?? `A${same.source.row}`}`;
      diagnostics.push(
        diagnose(
          'CHIAVE_DUPLICATA',
          { per: 'numero', dove: `${o.source.sheet}!${cell ?? `A${o.source.row}`}`, settore: o.settore, numero: o.numero ?? 0, anni: o.anni, altrove: `(${there})` },
          { sheet: o.source.sheet, cell },
        ),
      );
    }
    if (ids.has(o.id)) o.id = `${o.id}#${o.source.sheet}!${o.source.row}`;
    ids.add(o.id);
  });
}
