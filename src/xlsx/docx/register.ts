/**
 * A new workbook holding the canonical register of an imported plan (browser-safe: the standalone
 * page downloads it, the CLI writes it). Uses the same plan → workbook path as the nuovo modello
 * until the package layer offers `newWorkbookBytes(plan)`.
 */
import ExcelJS from 'exceljs';
import type { Piano } from '../../core/model';
import { planRegister } from '../../core/plans/register';
import { applyWorkbookPlan } from '../plan/apply';
import { workbookBytes } from '../plan/build';

export async function registerWorkbookBytes(piano: Piano): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'peg';
  applyWorkbookPlan(wb, { sheets: planRegister(piano), columnWrites: [], removeSheets: [] });
  return workbookBytes(wb);
}
