/**
 * A workbook plan → an ordered list of Office.js operations, each with an estimate of the bytes it
 * adds to a request, so the caller can pack them into as few syncs as the request limit allows.
 * Nothing here touches cells outside the plan.
 *
 * Every operation runs inside a `Batch`: one worksheet proxy per sheet per request (looking a sheet
 * up is itself a call in the request, and there are tens of thousands of operations). Heights and
 * widths go to many rows or columns per call through `Worksheet.getRanges` (ExcelApi 1.9, the
 * manifest's minimum); merges cannot (RangeAreas has no merge), so stacked ones are one
 * `merge(true)`.
 */
import { a1, columnLetters } from '../core/grid';
import { expandStyleRanges } from '../core/plans/styleRanges';
import type { CellStyle, ColumnWrite, PlanCell, PlanRange, SheetPlan } from '../core/plans/types';
import { cellWrite, rowRuns, styleRectangles, TEXT_FORMAT, type Run } from './cellRuns';
import { fitPageBreaks } from '../core/plans/limits';

/** The objects one request shares among its operations. */
export interface Batch {
  ctx: Excel.RequestContext;
  /** The sheet's proxy, looked up once per request. */
  ws(name: string): Excel.Worksheet;
  /** Records a proxy the batch created (a sheet just added) or forgets one (deleted: undefined). */
  remember(name: string, ws: Excel.Worksheet | undefined): void;
}

export function newBatch(ctx: Excel.RequestContext): Batch {
  const proxies = new Map<string, Excel.Worksheet>();
  return {
    ctx,
    ws(name) {
      const key = name.toLowerCase();
      let ws = proxies.get(key);
      if (!ws) {
        ws = ctx.workbook.worksheets.getItem(name);
        proxies.set(key, ws);
      }
      return ws;
    },
    remember(name, ws) {
      if (ws) proxies.set(name.toLowerCase(), ws);
      else proxies.delete(name.toLowerCase());
    },
  };
}

export interface Op {
  /** Estimated request bytes. */
  size: number;
  /** The sheet it writes, for the progress label. */
  sheet: string;
  apply(b: Batch): void;
}

/**
 * Bytes each call (a property set, a method, an object path such as getRange) costs in a request
 * beyond its arguments: action ids, names and object paths. Kept a little above what the simulated
 * Excel counts, so an estimate is never below the real request and packing stays tight.
 */
export const CALL_BYTES = 125;

/** Estimated bytes of an operation making `calls` calls with `data` as arguments. */
export const opSize = (data: unknown, calls: number) => calls * CALL_BYTES + JSON.stringify(data ?? null).length;

/** Bytes a request pays once per sheet it touches (the getItem of its proxy). */
export const SHEET_LOOKUP_BYTES = 2 * CALL_BYTES;

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Calls one style costs on a range already obtained: one per property set, four per edge. */
function styleCalls(s: CellStyle): number {
  let n = 0;
  for (const k of ['bold', 'italic', 'fontSize', 'fontColor', 'fill', 'hAlign', 'vAlign', 'wrap'] as const) if (s[k] !== undefined) n += 1;
  if (s.border) n += EDGES.length * 4;
  return n;
}

function applyStyle(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.fontColor) format.font.color = `#${s.fontColor}`;
  if (s.fill) format.fill.color = `#${s.fill}`;
  if (s.hAlign) format.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) format.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = s.border === 'thin' ? 'Thin' : 'Medium';
      b.color = '#000000';
    }
  }
}

function applyConditionalStyle(format: Excel.ConditionalRangeFormat, s: CellStyle): void {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontColor) format.font.color = `#${s.fontColor}`;
  if (s.fill) format.fill.color = `#${s.fill}`;
}

/**
 * The schede merge the same columns on row after row: such a stack is one `merge(true)`, which
 * merges each row of the range on its own (the same merges, in a fraction of the calls). Any other
 * merge stays a `merge(false)` of its own range.
 */
export function mergeBlocks(merges: PlanRange[]): { range: PlanRange; across: boolean }[] {
  const out: { range: PlanRange; across: boolean }[] = [];
  const open = new Map<string, { range: PlanRange; across: boolean }>();
  for (const m of merges) {
    if (m.r1 !== m.r2 || m.c2 <= m.c1) {
      out.push({ range: { ...m }, across: false });
      continue;
    }
    const key = `${m.c1}|${m.c2}`;
    const block = open.get(key);
    if (block && block.range.r2 === m.r1 - 1) {
      block.range.r2 = m.r1;
      block.across = true;
    } else {
      const fresh = { range: { ...m }, across: false };
      open.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

const rangeOf = (ws: Excel.Worksheet, r: PlanRange) => ws.getRangeByIndexes(r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export const address = (r: PlanRange) => (r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`);

/** Column width in characters → points (Calibri 11: 7 px per character plus 5 px padding). */
export const widthToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * Empties a generated sheet being replaced, so that it ends as a freshly added one would: contents,
 * formats, merges, rules, panes, breaks, tab colour, row heights and column widths. Print area and
 * print titles are set again by the plan (host differences table, README).
 */
export function clearSheetOp(name: string): Op {
  return {
    size: opSize(name, 14),
    sheet: name,
    apply(b) {
      const ws = b.ws(name);
      const all = ws.getRange();
      all.unmerge();
      all.clear('All');
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
      ws.freezePanes.unfreeze();
      ws.horizontalPageBreaks.removePageBreaks();
      ws.tabColor = '';
    },
  };
}

/** Adds a new sheet, with its hidden marker name unless it is a user (register) sheet. */
export function addSheetOp(name: string, marker: string | null): Op {
  return {
    size: opSize([name, marker], 6),
    sheet: name,
    apply(b) {
      const ws = b.ctx.workbook.worksheets.add(name);
      b.remember(name, ws);
      if (marker) {
        const item = b.ctx.workbook.names.add(marker, ws.getRange('A1'), 'Foglio generato dal componente PEG');
        item.visible = false;
      }
    },
  };
}

export function deleteSheetOp(name: string, markers: string[]): Op {
  return {
    size: opSize([name, markers], 3 + 2 * markers.length),
    sheet: name,
    apply(b) {
      for (const m of markers) b.ctx.workbook.names.getItem(m).delete();
      b.ws(name).delete();
      b.remember(name, undefined);
    },
  };
}

/**
 * Consecutive row runs with the same columns, as one rectangular block to write at once; at most
 * `maxCells` cells a block, so that no single operation outgrows a request.
 */
export function blocks<T>(runs: Run<T>[], maxCells = 4000): Run<T>[][] {
  const out: Run<T>[][] = [];
  for (const run of runs) {
    const cur = out[out.length - 1];
    const last = cur?.[cur.length - 1];
    const fits = cur && (cur.length + 1) * run.items.length <= maxCells;
    if (last && fits && last.row + 1 === run.row && last.col === run.col && last.items.length === run.items.length) cur.push(run);
    else out.push([run]);
  }
  return out;
}

/** Range addresses joined into `A1:B2,D4:E5` lists short enough for one getRanges call. */
export function addressGroups(addresses: string[], maxLength = 2000): string[] {
  const groups: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > maxLength) {
      groups.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) groups.push(cur);
  return groups;
}

/** Indexes with the same value, as runs of consecutive indexes: value → [from, to] pairs. */
export function sameValueRuns(entries: { at: number; value: number }[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  let prev: { at: number; value: number } | null = null;
  for (const e of sorted) {
    const runs = out.get(e.value) ?? [];
    const last = runs[runs.length - 1];
    if (prev && last && prev.value === e.value && last[1] === e.at - 1) last[1] = e.at;
    else runs.push([e.at, e.at]);
    out.set(e.value, runs);
    prev = e;
  }
  return out;
}

/** One `getRanges(...).format.<prop> = value` per group of addresses. */
function areaFormatOps(name: string, addresses: string[], set: (f: Excel.RangeFormat) => void, value: unknown): Op[] {
  return addressGroups(addresses).map((group) => ({
    size: opSize([group, value], 2),
    sheet: name,
    apply: (b: Batch) => set(b.ws(name).getRanges(group).format),
  }));
}

/** Every operation that writes one sheet plan into an existing, empty sheet. */
export function sheetPlanOps(plan: SheetPlan): Op[] {
  const ops: Op[] = [];
  const name = plan.name;

  const widths = sameValueRuns(plan.columnWidths.map((w) => ({ at: w.col, value: widthToPoints(w.width) })));
  for (const [points, runs] of widths) {
    const addresses = runs.map(([c1, c2]) => `${columnLetters(c1)}1${c2 > c1 ? `:${columnLetters(c2)}1` : ''}`);
    for (const op of areaFormatOps(name, addresses, (f) => { f.columnWidth = points; }, points)) ops.push(op);
  }

  // The sheet is new or cleared, and `null` in a matrix leaves a cell as it is (Office.js): blocks
  // carry only what differs from an empty sheet, and a block with nothing to say is not sent.
  // Formats before values: the text format must be in place when a text value arrives.
  const numberFormatOf = (c: PlanCell) => (c.style ? plan.styles[c.style]?.numberFormat : undefined);
  // Style rectangles as cells: the runs and rectangles below regroup them into few range calls.
  const cells = expandStyleRanges(plan);
  for (const block of blocks(rowRuns(cells))) {
    const writes = block.map((run) => run.items.map((c) => cellWrite(c.value, numberFormatOf(c))));
    const formats = writes.map((line) => line.map((w) => (w.format === 'General' ? null : w.format)));
    const inputs = writes.map((line) => line.map((w) => (w.input === '' ? null : w.input)));
    const anyFormat = formats.some((line) => line.some((f) => f !== null));
    const anyInput = inputs.some((line) => line.some((v) => v !== null));
    if (!anyFormat && !anyInput) continue;
    const first = block[0];
    const calls = 1 + (anyFormat ? 1 : 0) + (anyInput ? 1 : 0);
    ops.push({
      size: opSize([first.row, first.col, block.length, first.items.length, anyFormat ? formats : null, anyInput ? inputs : null], calls),
      sheet: name,
      apply(b) {
        const range = b.ws(name).getRangeByIndexes(first.row, first.col, block.length, first.items.length);
        if (anyFormat) range.numberFormat = formats as string[][];
        if (anyInput) range.formulas = inputs as (string | number | boolean)[][];
      },
    });
  }

  // One format call per style for many rectangles at once. A cell listed twice keeps its later
  // entry, as its value does: formats add up in Excel, so both styles must not reach it.
  const last = new Map<string, PlanCell>();
  for (const c of cells) last.set(`${c.row},${c.col}`, c);
  const byStyle = new Map<string, string[]>();
  for (const r of styleRectangles(last.size === cells.length ? cells : [...last.values()])) {
    const list = byStyle.get(r.style) ?? [];
    list.push(address(r.range));
    byStyle.set(r.style, list);
  }
  for (const [key, addresses] of byStyle) {
    const style = plan.styles[key];
    if (!style || styleCalls(style) === 0) continue;
    for (const group of addressGroups(addresses)) {
      ops.push({ size: opSize([group, style], 1 + styleCalls(style)), sheet: name, apply: (b) => applyStyle(b.ws(name).getRanges(group).format, style) });
    }
  }

  for (const { range, across } of mergeBlocks(plan.merges)) {
    ops.push({ size: opSize([range.r1, range.c1, range.r2 - range.r1 + 1, range.c2 - range.c1 + 1, across], 2), sheet: name, apply: (b) => rangeOf(b.ws(name), range).merge(across) });
  }

  const heights = sameValueRuns(plan.rowHeights.map((h) => ({ at: h.row, value: h.height })));
  for (const [height, runs] of heights) {
    const addresses = runs.map(([r1, r2]) => (r2 > r1 ? `A${r1 + 1}:A${r2 + 1}` : `A${r1 + 1}`));
    for (const op of areaFormatOps(name, addresses, (f) => { f.rowHeight = height; }, height)) ops.push(op);
  }

  for (const v of plan.validations) {
    const rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    ops.push({ size: opSize([v.range, rule], 3), sheet: name, apply: (b) => { rangeOf(b.ws(name), v.range).dataValidation.rule = rule; } });
  }
  for (const cf of plan.conditionalFormats) {
    for (const rule of cf.rules) {
      const style = plan.styles[rule.style] ?? {};
      ops.push({
        size: opSize([cf.range, rule, style], 4 + styleCalls(style)),
        sheet: name,
        apply(b) {
          const format = rangeOf(b.ws(name), cf.range).conditionalFormats.add('Custom');
          format.custom.rule.formula = rule.formula;
          applyConditionalStyle(format.custom.format, style);
        },
      });
    }
  }
  const table = plan.table;
  if (table) {
    const area: PlanRange = { r1: table.headerRow, c1: table.c1, r2: Math.max(table.lastRow, table.headerRow + 1), c2: table.c2 };
    ops.push({
      size: opSize([name, table, area], 4),
      sheet: name,
      apply(b) {
        const t = b.ws(name).tables.add(`${quoteSheet(name)}!${address(area)}`, true);
        t.name = table.name;
        if (table.style) t.style = table.style;
      },
    });
  }
  const breaks = pageBreakCells(plan);
  ops.push({ size: opSize([plan.freeze, plan.print, plan.tabColor], 12) + breaks.length * opSize('A1000', 1), sheet: name, apply: (b) => applySheetSetup(b.ws(name), plan, breaks) });
  return ops;
}

/** `A<n>` cells the manual page breaks go above, within Excel's limit per sheet. */
export function pageBreakCells(plan: SheetPlan): string[] {
  return fitPageBreaks(plan.print.rowBreaks ?? []).rows.map((r) => `A${r + 2}`);
}

function applySheetSetup(ws: Excel.Worksheet, plan: SheetPlan, breaks: string[]): void {
  const f = plan.freeze;
  if (f && f.rows > 0 && f.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f && f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f && f.cols > 0) ws.freezePanes.freezeColumns(f.cols);
  if (plan.tabColor) ws.tabColor = `#${plan.tabColor}`;
  const p = plan.print;
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.from + 1}:$${p.titleRows.to + 1}`);
  if (p.area) layout.setPrintArea(address(p.area));
  for (const cell of breaks) ws.horizontalPageBreaks.add(cell);
}

/**
 * The computed cells of one owned column; the header only when the column is appended. Each cell
 * keeps its own number format (a scostamento in giorni, in punti %) over the column's.
 */
export function columnWriteOps(cw: ColumnWrite): Op[] {
  const ops: Op[] = [];
  if (cw.appended) {
    ops.push({
      size: opSize([cw.headerRow, cw.col, cw.header], 5),
      sheet: cw.sheet,
      apply(b) {
        const cell = b.ws(cw.sheet).getRangeByIndexes(cw.headerRow, cw.col, 1, 1);
        cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[cw.header]];
        cell.format.font.bold = true;
      },
    });
  }
  // Runs down the column: same machinery as rows, with rows and columns swapped.
  const swapped = rowRuns(cw.cells.map((c) => ({ row: cw.col, col: c.row, value: c.value, numberFormat: c.numberFormat })));
  for (const run of swapped) {
    const writes = run.items.map((c) => cellWrite(c.value, c.numberFormat ?? cw.numberFormat));
    const formats = writes.map((w) => [w.format]);
    const inputs = writes.map((w) => [w.input]);
    ops.push({
      size: opSize([run.col, cw.col, run.items.length, formats, inputs], 3),
      sheet: cw.sheet,
      apply(b) {
        const range = b.ws(cw.sheet).getRangeByIndexes(run.col, cw.col, run.items.length, 1);
        range.numberFormat = formats;
        range.formulas = inputs;
      },
    });
  }
  return ops;
}

/** `Obiettivi!P (Valore raggiunto %)` for the result message. */
export function columnLabel(cw: ColumnWrite): string {
  return `${cw.sheet}!${columnLetters(cw.col)} (${cw.header})`;
}

/**
 * Packs operations in order into batches whose estimated size stays under `budget` bytes, counting
 * the sheet look-ups each batch pays once.
 */
export function packOps(ops: Op[], budget: number): Op[][] {
  const batches: Op[][] = [];
  let cur: Op[] = [];
  let used = 0;
  let sheets = new Set<string>();
  for (const op of ops) {
    const extra = op.size + (sheets.has(op.sheet) ? 0 : SHEET_LOOKUP_BYTES + op.sheet.length);
    if (cur.length > 0 && used + extra > budget) {
      batches.push(cur);
      cur = [];
      used = 0;
      sheets = new Set();
    }
    cur.push(op);
    used += op.size + (sheets.has(op.sheet) ? 0 : SHEET_LOOKUP_BYTES + op.sheet.length);
    sheets.add(op.sheet);
  }
  if (cur.length > 0) batches.push(cur);
  return batches;
}
