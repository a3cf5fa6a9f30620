/** What a plan will do to the workbook, in the words the confirmation uses. */
import type { WorkbookPlan } from '../core/plans/types';
import type { ApplyResult } from '../host/workbookHost';
import { listIt, plural } from './labels';

export interface PlanSummary {
  created: string[];
  replaced: string[];
  removed: string[];
  /** `Obiettivi: Valore raggiunto %`. */
  columns: string[];
  /** Cells the plan writes, for deciding whether to show progress. */
  cells: number;
}

export function summarizePlan(plan: WorkbookPlan): PlanSummary {
  return {
    created: plan.sheets.filter((s) => s.replaces === null).map((s) => s.name),
    replaced: plan.sheets.filter((s) => s.replaces !== null).map((s) => s.name),
    removed: [...plan.removeSheets],
    columns: plan.columnWrites.map((c) => `${c.sheet}: ${c.header}${c.appended ? ' (nuova colonna)' : ''}`),
    cells: plan.sheets.reduce((n, s) => n + s.cells.length, 0) + plan.columnWrites.reduce((n, c) => n + c.cells.length, 0),
  };
}

export function isEmptyPlan(s: PlanSummary): boolean {
  return s.created.length + s.replaced.length + s.removed.length + s.columns.length === 0;
}

/** `Fatto: creati 2 fogli (A e B); sostituito 1 foglio (C); …`. */
export function resultMessage(r: ApplyResult): string {
  const parts: string[] = [];
  if (r.created.length) parts.push(`${r.created.length === 1 ? 'creato' : 'creati'} ${plural(r.created.length, 'foglio', 'fogli')} (${listIt(r.created)})`);
  if (r.replaced.length) parts.push(`${r.replaced.length === 1 ? 'sostituito' : 'sostituiti'} ${plural(r.replaced.length, 'foglio', 'fogli')} (${listIt(r.replaced)})`);
  if (r.removed.length) parts.push(`${r.removed.length === 1 ? 'eliminato' : 'eliminati'} ${plural(r.removed.length, 'foglio non più necessario', 'fogli non più necessari')} (${listIt(r.removed)})`);
  if (r.columns.length) parts.push(`${plural(r.columns.length, 'colonna calcolata scritta', 'colonne calcolate scritte')} (${listIt(r.columns)})`);
  return parts.length ? `Fatto: ${parts.join('; ')}.` : 'Niente da scrivere.';
}
