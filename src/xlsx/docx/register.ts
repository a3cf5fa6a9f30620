/**
 * A new workbook holding the canonical register of an imported plan (browser-safe: the standalone
 * page downloads it, the CLI writes it). Uses the same plan → workbook path as the nuovo modello
 * (`newWorkbookBytes`).
 */
import type { Piano } from '../../core/model';
import { planRegister } from '../../core/plans/register';
import { newWorkbookBytes } from '../write/newWorkbook';

export async function registerWorkbookBytes(piano: Piano): Promise<Uint8Array> {
  return Promise.resolve(newWorkbookBytes({ sheets: planRegister(piano), columnWrites: [], removeSheets: [] }).bytes);
}
