/** A plan → xlsx bytes with the file adapter's serializer, for Excel.createWorkbook. */
import type { WorkbookPlan } from '../core/plans/types';
import { newWorkbookBytes } from '../xlsx/write/newWorkbook';

export async function planToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  return Promise.resolve(newWorkbookBytes(plan).bytes);
}
