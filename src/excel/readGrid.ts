/**
 * Reads the workbook into the core's grid in two syncs: one to list sheets and marker names, one
 * with every sheet's used range (values, number formats, value types, formulas) loaded together.
 */
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import { generatedSheets } from './markers';
import type { RunExcel } from './run';
import type { Supports } from './support';
import { localAreas, toSheetGrid, type LoadedRange } from './toGrid';

export async function readWorkbookGrid(run: RunExcel, supports: Supports, settings?: Record<string, string>): Promise<WorkbookGrid> {
  return run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    await ctx.sync();

    const generated = generatedSheets(names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? '') })));
    // Merged areas need ExcelApi 1.13; without them the grid simply has no `merges`.
    const withMerges = supports('ExcelApi', '1.13');
    const pending = worksheets.items.map((ws) => {
      const isGenerated = generated.has(ws.name.toLowerCase());
      if (isGenerated) return { name: ws.name, generated: true, used: null, merges: null };
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('address,values,numberFormat,valueTypes,formulas');
      let merges: Excel.RangeAreas | null = null;
      if (withMerges) {
        merges = ws.getRange().getMergedAreasOrNullObject();
        merges.load('address');
      }
      return { name: ws.name, generated: false, used, merges };
    });
    await ctx.sync();

    const sheets: SheetGrid[] = pending.map((p) => {
      if (p.generated || !p.used) return toSheetGrid(p.name, null, { generated: p.generated });
      const range: LoadedRange | null = p.used.isNullObject
        ? null
        : { address: p.used.address, values: p.used.values, numberFormat: p.used.numberFormat, valueTypes: p.used.valueTypes as string[][], formulas: p.used.formulas };
      const merges = p.merges && !p.merges.isNullObject ? localAreas(p.merges.address) : undefined;
      return toSheetGrid(p.name, range, { merges });
    });
    const grid: WorkbookGrid = { sheets };
    if (settings && Object.keys(settings).length > 0) grid.settings = settings;
    return grid;
  });
}
