/**
 * Genera inside Excel: read the workbook, plan again if it changed since the plan was made, and
 * write, all in one batch. A plan made on the grid the pane read when it opened would put computed
 * values on the wrong rows after the user inserted one; here the write always follows a read of
 * what the workbook holds now. The read's first sync also brings what the writer checks (sheets,
 * protection, markers), so the whole Genera costs the read's syncs and the writes.
 */
import type { WorkbookGrid } from '../core/grid';
import type { WorkbookPlan } from '../core/plans/types';
import { HostError, type ApplyResult, type PlanBasis } from '../host/workbookHost';
import { applyPlanIn, type ApplyOptions } from './applyPlan';
import { readGridIn, type ReadOptions } from './readGrid';
import type { RunExcel } from './run';
import type { Supports } from './support';

export interface GenerateOptions extends Omit<ApplyOptions, 'state'> {
  basis?: PlanBasis;
  settings?: Record<string, string>;
  read?: ReadOptions;
}

/** Same cells, merges, prepared columns, markers and settings: the plan still fits. */
export function sameGrid(a: WorkbookGrid, b: WorkbookGrid): boolean {
  const key = (g: WorkbookGrid) => JSON.stringify([g.sheets.map((s) => [s.name, s.generated === true, s.generated ? null : s.rows, s.merges ?? [], s.reservedColumns ?? 0]), g.settings ?? {}]);
  return key(a) === key(b);
}

/** What the confirmation listed: sheets made, removed, columns written. */
function shape(p: WorkbookPlan): string {
  return JSON.stringify([p.sheets.map((s) => s.name), [...p.removeSheets].sort(), p.columnWrites.map((c) => [c.sheet, c.header])]);
}

export async function generateWorkbook(run: RunExcel, supports: Supports, plan: WorkbookPlan, opts: GenerateOptions = {}): Promise<ApplyResult> {
  return run(async (ctx) => {
    const basis = opts.basis;
    if (!basis) return applyPlanIn(ctx, supports, plan, opts);
    const { grid, state } = await readGridIn(ctx, supports, opts.settings, opts.read);
    if (sameGrid(grid, basis.grid)) return applyPlanIn(ctx, supports, plan, { ...opts, state });
    const fresh = basis.replan(grid);
    if (shape(fresh) !== shape(plan)) {
      throw new HostError('La cartella di lavoro è cambiata dopo il controllo e i fogli da generare non sono più gli stessi: ripeti il controllo e poi Genera. Non è stato scritto nulla.');
    }
    const result = await applyPlanIn(ctx, supports, fresh, { ...opts, state });
    const note = 'La cartella di lavoro era cambiata dopo il controllo: i valori sono stati calcolati sui dati attuali.';
    return { ...result, note: result.note ? `${note} ${result.note}` : note };
  });
}
