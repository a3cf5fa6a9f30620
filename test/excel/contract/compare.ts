/**
 * Cell-by-cell differences between two workbook dumps (file writer, Excel writer), each tagged
 * with what differs, so the contract test can check them against the table of host differences.
 */
import type { CellDump, SheetDump, WorkbookDump } from './normalize';

export interface Difference {
  sheet: string;
  /** `A1` for a cell, or the sheet-level property. */
  where: string;
  /** `cell.fmt`, `cell.border`, `merges`, `widths`, `print.area`… */
  what: string;
  file: unknown;
  excel: unknown;
  /** The cell as each side has it (cell differences only). */
  fileCell?: CellDump;
  excelCell?: CellDump;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const CELL_PROPS: (keyof CellDump)[] = ['v', 'f', 'fmt', 'bold', 'italic', 'fontColor', 'fill', 'hAlign', 'vAlign', 'wrap', 'border'];

export function compareSheets(sheet: string, file: SheetDump, excel: SheetDump, cellsOnly?: (address: string) => boolean): Difference[] {
  const out: Difference[] = [];
  const keys = new Set([...Object.keys(file.cells), ...Object.keys(excel.cells)]);
  for (const k of keys) {
    if (cellsOnly && !cellsOnly(k)) continue;
    const f = file.cells[k] ?? {};
    const e = excel.cells[k] ?? {};
    for (const p of CELL_PROPS) {
      if (!same(f[p], e[p])) out.push({ sheet, where: k, what: `cell.${p}`, file: f[p], excel: e[p], fileCell: f, excelCell: e });
    }
  }
  if (cellsOnly) return out;
  if (!same(file.merges, excel.merges)) out.push({ sheet, where: 'sheet', what: 'merges', file: file.merges.filter((m) => !excel.merges.includes(m)), excel: excel.merges.filter((m) => !file.merges.includes(m)) });
  for (const prop of ['widths', 'heights'] as const) {
    const ks = new Set([...Object.keys(file[prop]), ...Object.keys(excel[prop])]);
    for (const k of ks) if (!same(file[prop][k], excel[prop][k])) out.push({ sheet, where: k, what: prop, file: file[prop][k], excel: excel[prop][k] });
  }
  if (!same(file.freeze, excel.freeze)) out.push({ sheet, where: 'sheet', what: 'freeze', file: file.freeze, excel: excel.freeze });
  for (const k of Object.keys(file.print) as (keyof SheetDump['print'])[]) {
    if (!same(file.print[k], excel.print[k])) out.push({ sheet, where: 'sheet', what: `print.${k}`, file: file.print[k], excel: excel.print[k] });
  }
  if (!same(file.tabColor, excel.tabColor)) out.push({ sheet, where: 'sheet', what: 'tabColor', file: file.tabColor, excel: excel.tabColor });
  return out;
}

export function compareWorkbooks(file: WorkbookDump, excel: WorkbookDump, opts: { generated: string[]; columns: Record<string, string[]> }): Difference[] {
  const out: Difference[] = [];
  if (!same(file.sheets, excel.sheets)) out.push({ sheet: '', where: 'workbook', what: 'sheets', file: file.sheets, excel: excel.sheets });
  const markers = (d: WorkbookDump) => d.names.map((n) => [n.name, n.sheet, n.hidden]).sort();
  if (!same(markers(file), markers(excel))) out.push({ sheet: '', where: 'workbook', what: 'markers', file: markers(file), excel: markers(excel) });
  for (const s of opts.generated) for (const d of compareSheets(s, file.dump[s], excel.dump[s])) out.push(d);
  for (const [s, cols] of Object.entries(opts.columns)) {
    for (const d of compareSheets(s, file.dump[s], excel.dump[s], (k) => cols.includes(k.replace(/\d+$/, '')))) out.push(d);
  }
  return out;
}
