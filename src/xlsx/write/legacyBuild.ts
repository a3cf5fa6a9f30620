/**
 * `peg build` on an `.xls` or `.ods` (read with SheetJS, never LibreOffice): the result is a NEW
 * `.xlsx` beside the original, holding the user's sheets as values (with their number formats)
 * and the generated sheets. What a values copy cannot carry is named in the output, never lost
 * silently: formulas become their values, styles, merges and everything else are not copied.
 */
import { analyze } from '../../core/analyze';
import type { WorkbookGrid } from '../../core/grid';
import { planBuild } from '../../core/plans/build';
import { SheetBuilder } from '../../core/plans/sheetBuilder';
import type { CellStyle, PlanValue, SheetPlan } from '../../core/plans/types';
import type { BuildFileOptions, BuildFileResult } from './build';
import { newWorkbookBytes } from './newWorkbook';

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The user's sheets as register plans (values and number formats; no marker: they stay the user's). */
function userSheets(grid: WorkbookGrid): { plans: SheetPlan[]; formulas: number } {
  let formulas = 0;
  const plans = grid.sheets
    .filter((s) => !s.generated)
    .map((s): SheetPlan => {
      const styles: Record<string, CellStyle> = {};
      const { plan } = new SheetBuilder(s.name, 'registro', styles, { orientation: 'portrait', paper: 'A4', fitToWidth: false });
      plan.marker = false;
      s.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || cell.v === null || cell.v === '') return;
          if (cell.formula) formulas++;
          const v = cell.v;
          let value: PlanValue;
          if (typeof v === 'number') value = { t: 'number', v };
          else if (typeof v === 'boolean') value = { t: 'bool', v };
          else if (v instanceof Date) value = { t: 'date', v: isoDate(v) };
          else if (typeof v === 'string') value = { t: 'text', v };
          else value = { t: 'text', v: v.error };
          const fmt = cell.fmt && cell.fmt !== 'General' ? cell.fmt : v instanceof Date ? 'dd/mm/yyyy' : undefined;
          if (fmt) styles[fmt] ??= { numberFormat: fmt, fontSize: 11 };
          plan.cells.push(fmt ? { row: r, col: c, value, style: fmt } : { row: r, col: c, value });
        }),
      );
      return plan;
    });
  return { plans, formulas };
}

/** The new `.xlsx` for a legacy workbook's grid. */
export function buildLegacyWorkbook(grid: WorkbookGrid, opts: BuildFileOptions = {}): BuildFileResult {
  const analysis = analyze(grid, { verifica: opts.verifica ?? null });
  const planned = planBuild(analysis, grid, opts);
  const { plans, formulas } = userSheets(grid);
  // The computed columns go straight into the copied register sheets (their cells replace the copies).
  for (const p of plans) {
    const writes = planned.plan.columnWrites.filter((w) => w.sheet === p.name);
    if (writes.length === 0) continue;
    const added: SheetPlan['cells'] = [];
    const put = (row: number, col: number, value: PlanValue | null, fmt?: string) => {
      if (fmt) p.styles[fmt] ??= { numberFormat: fmt, fontSize: 11 };
      added.push(fmt ? { row, col, value: value ?? undefined, style: fmt } : { row, col, value: value ?? undefined });
    };
    for (const w of writes) {
      if (w.appended) put(w.headerRow, w.col, { t: 'text', v: w.header });
      for (const c of w.cells) put(c.row, w.col, c.value, c.numberFormat ?? w.numberFormat);
    }
    const taken = new Set(added.map((c) => `${c.row},${c.col}`));
    p.cells = [...p.cells.filter((c) => !taken.has(`${c.row},${c.col}`)), ...added];
  }
  const { bytes, report } = newWorkbookBytes({ sheets: [...plans, ...planned.plan.sheets], columnWrites: [], removeSheets: [] });
  const generated = new Set(planned.plan.sheets.map((s) => s.name));
  const notes = [...report.notes];
  if (formulas > 0) notes.push(`${formulas} formule del file originale sono scritte come valori nel nuovo .xlsx (il file originale resta com'è)`);
  notes.push("Il nuovo .xlsx contiene i valori dei fogli originali con i formati dei numeri: stili, celle unite, commenti e convalide non sono copiati (il file originale resta com'è)");
  const columns = planned.plan.columnWrites.map((w) => ({ sheet: w.sheet, header: w.header, appended: w.appended, cells: w.cells.length, formulas: 0 }));
  return {
    bytes,
    analysis,
    grid,
    planned,
    applied: { ...report, created: report.created.filter((n) => generated.has(n)), columns, notes },
    timings: { read: 0, core: 0, serialize: 0, compress: 0 },
  };
}
