/**
 * Applies a `WorkbookPlan` to an ExcelJS workbook: removes or replaces only marked sheets, writes
 * the planned sheets (values, cached formula results, shared styles, merges, sizes, freeze, print
 * setup, validations, conditional formats, tables, marker) and the computed register columns.
 */
import type ExcelJS from 'exceljs';
import { a1 } from '../../core/grid';
import type { ColumnWrite, PlanRange, SheetPlan, WorkbookPlan } from '../../core/plans/types';
import { addMarker, isMarked, removeMarker } from './markers';
import { toConditionalStyle, toExcelStyle } from './styles';
import { toExcelValue, fileFormula } from './values';
import { installFastMerges } from '../fastMerges';

// Merges checked in linear time (see fastMerges.ts) before any workbook is loaded or written.
installFastMerges();

export interface ApplyReport {
  created: string[];
  replaced: string[];
  removed: string[];
  /** Sheets the plan wanted to replace or remove but that are not marked: left untouched. */
  refused: string[];
  columns: { sheet: string; header: string; appended: boolean; cells: number }[];
}

/** ExcelJS keeps a sheet's tab position in an untyped `orderNo`. */
interface Ordered {
  orderNo: number;
}

function rangeA1(r: PlanRange): string {
  return `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`;
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

/** Removes a generated sheet; returns its position, or null when it is not ours. */
function removeGenerated(wb: ExcelJS.Workbook, name: string): number | null {
  const ws = findSheet(wb, name);
  if (!ws || !isMarked(wb, ws.name)) return null;
  const order = (ws as unknown as Ordered).orderNo;
  removeMarker(wb, ws.name);
  wb.removeWorksheet(ws.id);
  return order;
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan, orderNo: number | null): void {
  const ws = wb.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: `FF${plan.tabColor}` } } : {},
  });
  if (orderNo !== null) (ws as unknown as Ordered).orderNo = orderNo;
  const styles = new Map(Object.entries(plan.styles).map(([k, s]) => [k, toExcelStyle(s)]));
  for (const c of plan.columnWidths) ws.getColumn(c.col + 1).width = c.width;
  for (const cell of plan.cells) {
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    if (cell.value) target.value = toExcelValue(cell.value);
    const style = cell.style ? styles.get(cell.style) : undefined;
    if (style) target.style = style;
  }
  for (const m of plan.merges) ws.mergeCellsWithoutStyle(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  for (const h of plan.rowHeights) ws.getRow(h.row + 1).height = h.height;
  if (plan.freeze) ws.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  const p = plan.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: 9,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.from + 1}:${p.titleRows.to + 1}` } : {}),
    ...(p.area ? { printArea: rangeA1(p.area) } : {}),
  };
  ws.headerFooter = { oddFooter: '&L&8&A&R&8Pagina &P di &N' };
  for (const r of p.rowBreaks ?? []) ws.getRow(r + 1).addPageBreak();
  for (const v of plan.validations) {
    const formulae = [`"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`];
    for (let r = v.range.r1; r <= v.range.r2; r++) {
      for (let c = v.range.c1; c <= v.range.c2; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = { type: 'list', allowBlank: true, formulae };
      }
    }
  }
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: cf.rules.map((rule) => ({
        type: 'expression',
        priority: priority++,
        formulae: [fileFormula(rule.formula)],
        style: toConditionalStyle(plan.styles[rule.style] ?? {}),
      })),
    });
  }
  if (plan.table) addTable(ws, plan);
  if (plan.marker !== false) addMarker(wb, plan.name);
}

/** An Excel table over cells already written: ExcelJS rewrites them, so values and styles are put back. */
function addTable(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const t = plan.table!;
  const header: string[] = [];
  for (let c = t.c1; c <= t.c2; c++) header.push(String(ws.getCell(t.headerRow + 1, c + 1).value ?? `Colonna ${c + 1}`));
  const rows: ExcelJS.CellValue[][] = [];
  const saved: { cell: ExcelJS.Cell; style: Partial<ExcelJS.Style> }[] = [];
  for (let r = t.headerRow; r <= t.lastRow; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = t.c1; c <= t.c2; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      saved.push({ cell, style: cell.style });
      if (r > t.headerRow) row.push(cell.value);
    }
    if (r > t.headerRow) rows.push(row);
  }
  ws.addTable({
    name: t.name,
    ref: a1(t.headerRow, t.c1),
    headerRow: true,
    style: { theme: (t.style ?? 'TableStyleLight9') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows,
  });
  for (const s of saved) s.cell.style = s.style;
}

function writeColumn(wb: ExcelJS.Workbook, w: ColumnWrite): ApplyReport['columns'][number] | null {
  const ws = findSheet(wb, w.sheet);
  if (!ws) return null;
  if (w.appended) {
    const head = ws.getCell(w.headerRow + 1, w.col + 1);
    const neighbour = w.col > 0 ? ws.getCell(w.headerRow + 1, w.col) : null;
    head.value = w.header;
    // Copied, never shared: ExcelJS cells of one style share the object.
    if (neighbour) head.style = JSON.parse(JSON.stringify(neighbour.style ?? {})) as Partial<ExcelJS.Style>;
    const column = ws.getColumn(w.col + 1);
    if (!column.width) column.width = Math.max(12, w.header.length + 2);
  }
  for (const c of w.cells) {
    const cell = ws.getCell(c.row + 1, w.col + 1);
    cell.value = toExcelValue(c.value);
    const numFmt = c.numberFormat ?? w.numberFormat;
    if (numFmt) cell.style = { ...JSON.parse(JSON.stringify(cell.style ?? {})), numFmt };
  }
  return { sheet: ws.name, header: w.header, appended: w.appended, cells: w.cells.length };
}

export function applyWorkbookPlan(wb: ExcelJS.Workbook, plan: WorkbookPlan): ApplyReport {
  const report: ApplyReport = { created: [], replaced: [], removed: [], refused: [], columns: [] };
  for (const name of plan.removeSheets) {
    if (removeGenerated(wb, name) !== null) report.removed.push(name);
    else if (findSheet(wb, name)) report.refused.push(name);
  }
  for (const sheet of plan.sheets) {
    let order: number | null = null;
    if (sheet.replaces) {
      order = removeGenerated(wb, sheet.replaces);
      if (order === null && findSheet(wb, sheet.replaces)) {
        // Not ours after all (the marker is gone): never overwrite, skip this sheet.
        report.refused.push(sheet.replaces);
        continue;
      }
    } else if (findSheet(wb, sheet.name)) {
      report.refused.push(sheet.name);
      continue;
    }
    writeSheet(wb, sheet, order);
    (order !== null ? report.replaced : report.created).push(sheet.name);
  }
  for (const w of plan.columnWrites) {
    const r = writeColumn(wb, w);
    if (r) report.columns.push(r);
  }
  return report;
}
