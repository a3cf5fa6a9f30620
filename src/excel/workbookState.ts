/**
 * What the adapter must know about the open workbook before reading or writing it, loaded in one
 * sync: sheet names and protection, defined names (the generated-sheet markers), structure
 * protection and calculation mode.
 */
import type { DefinedNameInfo } from '../core/plans/markers';
import { deadline } from './sync';

export interface WorkbookState {
  /** Sheets in tab order. */
  sheets: { name: string; protected: boolean }[];
  /** Workbook-scoped names, then (when loaded by the reader) the sheets' own names. */
  names: DefinedNameInfo[];
  /** Revisione › Proteggi cartella di lavoro: no sheet may be added, deleted or renamed. */
  structureProtected: boolean;
  manualCalculation: boolean;
}

/** Queues the loads; the returned function reads them after the caller's sync. */
export function queueWorkbookState(ctx: Excel.RequestContext): () => WorkbookState {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const names = ctx.workbook.names;
  names.load('items/name,items/formula');
  const protection = ctx.workbook.protection;
  protection.load('protected');
  ctx.application.load('calculationMode');
  return () => ({
    sheets: sheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected === true })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? '') })),
    structureProtected: protection.protected === true,
    manualCalculation: String(ctx.application.calculationMode) === 'Manual',
  });
}

export async function loadWorkbookState(ctx: Excel.RequestContext): Promise<WorkbookState> {
  const read = queueWorkbookState(ctx);
  await deadline(ctx.sync());
  return read();
}
