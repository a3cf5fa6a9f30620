/**
 * Writes a WorkbookPlan into the open workbook: one sync to look at sheets and markers, then the
 * operations packed into as few syncs as the request size limit allows.
 */
import type { WorkbookPlan } from '../core/plans/types';
import { HostError, type ApplyResult, type Progress } from '../taskpane/host';
import { generatedSheets, nextMarkerName } from './markers';
import { addSheetOp, clearSheetOp, columnLabel, columnWriteOps, deleteSheetOp, packOps, sheetPlanOps, type Op } from './planOps';
import type { RunExcel } from './run';
import type { Supports } from './support';

/**
 * Office rejects requests over about 5 MB (4 MB on some hosts). The per-operation estimates never
 * fall below what the simulated Excel counts (they run 20–30% above it), so a 3.5 MB estimate
 * keeps every request under 4 MB there while packing fewer syncs than a 3 MB one.
 */
export const REQUEST_BUDGET = 3.5 * 1024 * 1024;

export interface ApplyOptions {
  budget?: number;
  onProgress?: (p: Progress) => void;
}

export async function applyWorkbookPlan(run: RunExcel, supports: Supports, plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const budget = opts.budget ?? REQUEST_BUDGET;
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    await ctx.sync();

    const existing = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
    const markers = generatedSheets(names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? '') })));
    const isGenerated = (sheet: string) => markers.has(sheet.toLowerCase());
    const result: ApplyResult = { created: [], replaced: [], removed: [], columns: [] };
    const ops: Op[] = [];
    const rangeAreas = supports('ExcelApi', '1.9');
    const newMarkers = new Set<string>();

    for (const name of plan.removeSheets) {
      const actual = existing.get(name.toLowerCase());
      if (!actual) continue;
      if (!isGenerated(actual)) throw new HostError(`Il foglio «${actual}» non è stato generato dal componente: non viene eliminato.`);
      ops.push(deleteSheetOp(actual, markers.get(actual.toLowerCase()) ?? []));
      existing.delete(actual.toLowerCase());
      result.removed.push(actual);
    }

    for (const sheet of plan.sheets) {
      const actual = existing.get(sheet.name.toLowerCase());
      if (actual) {
        if (!isGenerated(actual)) {
          throw new HostError(`Esiste già un foglio «${actual}» inserito dall'utente: non viene sovrascritto. Rinominalo o ripeti il controllo.`);
        }
        ops.push(clearSheetOp(actual));
        result.replaced.push(sheet.name);
      } else {
        const marker = sheet.marker === false ? null : nextMarkerName(names.items.map((n) => n.name), newMarkers);
        if (marker) newMarkers.add(marker);
        ops.push(addSheetOp(sheet.name, marker));
        existing.set(sheet.name.toLowerCase(), sheet.name);
        result.created.push(sheet.name);
      }
      for (const op of sheetPlanOps(sheet, { rangeAreas })) ops.push(op); // no spread: a big plan has more ops than a call takes arguments
    }

    for (const cw of plan.columnWrites) {
      const actual = existing.get(cw.sheet.toLowerCase());
      if (!actual || isGenerated(actual)) throw new HostError(`Il foglio «${cw.sheet}» non si trova più: ripeti il controllo prima di generare.`);
      for (const op of columnWriteOps(cw)) ops.push(op);
      result.columns.push(columnLabel(cw));
    }

    const batches = packOps(ops, budget);
    const calc = supports('ExcelApi', '1.6');
    const screen = supports('ExcelApi', '1.9');
    let done = 0;
    for (const batch of batches) {
      if (calc) ctx.application.suspendApiCalculationUntilNextSync();
      if (screen && typeof ctx.application.suspendScreenUpdatingUntilNextSync === 'function') ctx.application.suspendScreenUpdatingUntilNextSync();
      for (const op of batch) op.apply(ctx);
      const label = [...new Set(batch.map((op) => op.sheet))].join(', ');
      opts.onProgress?.({ done, total: batches.length, label: `Scrittura di ${label}…` });
      await ctx.sync();
      done++;
      opts.onProgress?.({ done, total: batches.length, label: `Scritto ${label}` });
    }
    return result;
  });
}
