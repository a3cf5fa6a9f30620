/**
 * The alternative issue 12 asked to measure before choosing how generated sheets are written:
 * the library (ExcelJS) writes them into a scratch package, whose sheet parts would then be
 * transplanted into the user's. Only the first half is measured here — the library writing the
 * planned sheets — against what `peg build` does for the same sheets (serialize from the plan and
 * deflate). Transplanting would cost more on top (re-numbering the scratch package's styles and
 * shared strings into the user's), so this is the alternative's lower bound.
 *
 *   node --expose-gc lib/bench/transplant.js <plan.xlsx> [exceljs|stream|direct]
 *
 * One variant per process (peak memory is the process's); prints milliseconds and MB.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { analyze } from '../core/analyze';
import { planBuild } from '../core/plans/build';
import type { CellStyle, PlanValue, SheetPlan } from '../core/plans/types';
import { openWorkbookPackage } from '../xlsx/package/open';
import { gridOfPackage } from '../xlsx/read';
import { installNodeZlib } from '../xlsx/write/nodeZlib';
import { TRANSITIONAL, writeSheetXml } from '../xlsx/write/sheetXml';
import { StyleAppender } from '../xlsx/write/styles';
import { PartDeflater } from '../xlsx/write/zipWriter';

function excelStyle(s: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!s) return {};
  const side: Partial<ExcelJS.Border> | undefined = s.border ? { style: s.border } : undefined;
  return {
    font: { bold: s.bold, italic: s.italic, size: s.fontSize, color: s.fontColor ? { argb: `FF${s.fontColor}` } : undefined },
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } } as ExcelJS.Fill } : {}),
    ...(side ? { border: { top: side, left: side, bottom: side, right: side } } : {}),
    alignment: { horizontal: s.hAlign, vertical: s.vAlign, wrapText: s.wrap },
    ...(s.numberFormat ? { numFmt: s.numberFormat } : {}),
  };
}

function excelValue(v: PlanValue | undefined): ExcelJS.CellValue {
  if (!v) return null;
  switch (v.t) {
    case 'text':
    case 'number':
    case 'bool':
      return v.v;
    case 'date':
      return new Date(`${v.v}T00:00:00Z`);
    case 'formula':
      return { formula: v.f.replace(/^=/, ''), result: v.result ?? undefined } as ExcelJS.CellFormulaValue;
  }
}

/** Every planned cell with its value and style, style rectangles expanded as the writers do. */
function* cellsOf(plan: SheetPlan): Generator<{ row: number; col: number; value?: PlanValue; style?: string }> {
  for (const sr of plan.styleRanges ?? []) {
    for (let r = sr.range.r1; r <= sr.range.r2; r++) for (let c = sr.range.c1; c <= sr.range.c2; c++) yield { row: r, col: c, style: sr.style };
  }
  yield* plan.cells;
}

interface MergeRange { top: number; left: number; bottom: number; right: number }
interface ModelCell { address: string; isMerged: boolean; merge(master: ModelCell): void }
interface ModelSheet {
  _merges: Record<string, MergeRange>;
  findRow(r: number): { findCell(c: number): ModelCell | undefined } | undefined;
  getCell(r: number, c: number): ModelCell;
}

/**
 * ExcelJS 4.4.0 checks each new merge against every earlier one (O(M²): a 1,000-objective plan did
 * not finish in 10 minutes). The kindest case for the alternative: the same check on the new
 * range's own cells (how this project patched ExcelJS until it stopped writing through it).
 */
function linearMerges(ws: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as ModelSheet & { _mergeCellsInternal: (d: MergeRange) => void };
  sheet._mergeCellsInternal = function (this: ModelSheet, d: MergeRange): void {
    for (let i = d.top; i <= d.bottom; i++) {
      const row = this.findRow(i);
      for (let j = d.left; row && j <= d.right; j++) {
        const cell = row.findCell(j);
        if (cell && (cell.isMerged || this._merges[cell.address])) throw new Error('Cannot merge already merged cells');
      }
    }
    const master = this.getCell(d.top, d.left);
    for (let i = d.top; i <= d.bottom; i++) for (let j = d.left; j <= d.right; j++) if (i > d.top || j > d.left) this.getCell(i, j).merge(master);
    this._merges[master.address] = d;
  };
}

function fillSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  linearMerges(ws);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (k: string | undefined) => {
    if (k === undefined) return {};
    let s = styles.get(k);
    if (!s) styles.set(k, (s = excelStyle(plan.styles[k])));
    return s;
  };
  for (const c of cellsOf(plan)) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.value) cell.value = excelValue(c.value);
    if (c.style !== undefined) cell.style = styleOf(c.style);
  }
  for (const m of plan.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  for (const w of plan.columnWidths) ws.getColumn(w.col + 1).width = w.width;
  for (const h of plan.rowHeights) ws.getRow(h.row + 1).height = h.height;
}

async function viaDocumentModel(sheets: SheetPlan[]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const p of sheets) fillSheet(wb.addWorksheet(p.name), p);
  const buf = await wb.xlsx.writeBuffer();
  return buf.byteLength;
}

async function viaStreamWriter(sheets: SheetPlan[]): Promise<number> {
  const chunks: Buffer[] = [];
  const { Writable } = await import('stream');
  const sink = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true });
  for (const p of sheets) {
    const ws = wb.addWorksheet(p.name);
    // The stream writer wants rows in order: cells grouped by row first. Rows are committed with
    // the sheet, after the merges (a merge may not touch a committed row).
    const byRow = new Map<number, { col: number; value?: PlanValue; style?: string }[]>();
    for (const c of cellsOf(p)) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
    const styles = new Map<string, Partial<ExcelJS.Style>>();
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      const row = ws.getRow(r + 1);
      for (const c of byRow.get(r)!) {
        const cell = row.getCell(c.col + 1);
        if (c.value) cell.value = excelValue(c.value);
        if (c.style !== undefined) cell.style = styles.get(c.style) ?? styles.set(c.style, excelStyle(p.styles[c.style])).get(c.style)!;
      }
    }
    for (const m of p.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    ws.commit();
  }
  await wb.commit();
  return chunks.reduce((n, c) => n + c.length, 0);
}

function direct(sheets: SheetPlan[]): number {
  installNodeZlib();
  const styles = new StyleAppender(null);
  let bytes = 0;
  for (const p of sheets) {
    const d = new PartDeflater();
    writeSheetXml(p, { styles, date1904: false, notes: [], ns: TRANSITIONAL }, d.push);
    for (const c of d.finish().chunks) bytes += c.length;
  }
  return bytes;
}

async function main(): Promise<void> {
  const [file, variant = 'direct'] = process.argv.slice(2);
  const opened = openWorkbookPackage(new Uint8Array(readFileSync(file)), file);
  const grid = gridOfPackage(opened);
  const sheets = planBuild(analyze(grid, { verifica: null }), grid).plan.sheets;
  (globalThis as { gc?: () => void }).gc?.();
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const size = variant === 'exceljs' ? await viaDocumentModel(sheets) : variant === 'stream' ? await viaStreamWriter(sheets) : direct(sheets);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${variant}: ${Math.round(ms)} ms, CPU ${Math.round((used.user + used.system) / 1000)} ms, ${(size / 1024 / 1024).toFixed(1)} MB scritti, RSS di picco ${Math.round(rss)} MB\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
