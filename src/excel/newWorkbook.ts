/** A plan → xlsx bytes with the file adapter, for Excel.createWorkbook. Loaded only on demand: ExcelJS is heavy. */
import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../core/plans/types';
import { applyWorkbookPlan } from '../xlsx/plan/apply';
import { workbookBytes } from '../xlsx/plan/build';

export async function planToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'peg';
  applyWorkbookPlan(wb, plan);
  return workbookBytes(wb);
}
