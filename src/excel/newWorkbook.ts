/**
 * A plan → xlsx bytes for Excel.createWorkbook, with the same package writer as `peg template`
 * (one writer for new files). Loaded only on demand, in its own chunk.
 */
import type { WorkbookPlan } from '../core/plans/types';
import { newWorkbookBytes } from '../xlsx/write/newWorkbook';

export async function planToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  return newWorkbookBytes(plan).bytes;
}
