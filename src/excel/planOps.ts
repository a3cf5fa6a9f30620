/**
 * A workbook plan → an ordered list of small Office.js operations, each with an estimate of the
 * bytes it adds to a request, so the caller can pack them into as few syncs as the ~4 MB request
 * limit allows. Nothing here touches cells outside the plan.
 */
import { a1, columnLetters } from '../core/grid';
import type { CellStyle, ColumnWrite, PlanRange, SheetPlan } from '../core/plans/types';
import { cellWrite, rowRuns, styleRectangles, TEXT_FORMAT, type Run } from './cellRuns';

export interface Op {
  /** Estimated request bytes. */
  size: number;
  /** The sheet it writes, for the progress label. */
  sheet: string;
  apply(ctx: Excel.RequestContext): void;
}

/**
 * Bytes each call (a property set, a method, an object path such as getItem or getRange) costs in
 * a request beyond its data: action ids, names and object paths.
 */
const CALL_OVERHEAD = 150;

/** Estimated bytes of an operation making `calls` calls with `data` as arguments. */
const size = (data: unknown, calls = 3) => calls * CALL_OVERHEAD + JSON.stringify(data ?? null).length;

/** Calls one style costs: one per property set, four per bordered edge (getItem and three sets). */
function styleCalls(s: CellStyle): number {
  let n = 3; // getItem, getRangeByIndexes, format
  for (const k of ['bold', 'italic', 'fontSize', 'fontColor', 'fill', 'hAlign', 'vAlign', 'wrap'] as const) if (s[k] !== undefined) n += 2;
  if (s.border) n += EDGES.length * 4;
  return n;
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

const address = (r: PlanRange) => (r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`);

/** Column width in characters → points (Calibri 11: 7 px per character plus 5 px padding). */
export const widthToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

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

/** Empties a generated sheet being replaced: contents, formats, merges, rules, panes, breaks. */
export function clearSheetOp(name: string): Op {
  return {
    size: size(name, 12),
    sheet: name,
    apply(ctx) {
      const ws = ctx.workbook.worksheets.getItem(name);
      const all = ws.getRange();
      all.unmerge();
      all.clear('All');
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      ws.freezePanes.unfreeze();
      ws.horizontalPageBreaks.removePageBreaks();
    },
  };
}

/** Adds a new sheet, with its hidden `_PEG_GEN_` marker name unless it is a user (register) sheet. */
export function addSheetOp(name: string, marker: string | null): Op {
  return {
    size: size([name, marker], 6),
    sheet: name,
    apply(ctx) {
      const ws = ctx.workbook.worksheets.add(name);
      if (marker) {
        const item = ctx.workbook.names.add(marker, ws.getRange('A1'), 'Foglio generato dal componente PEG');
        item.visible = false;
      }
    },
  };
}

export function deleteSheetOp(name: string, markers: string[]): Op {
  return {
    size: size([name, markers], 3 + 2 * markers.length),
    sheet: name,
    apply(ctx) {
      for (const m of markers) ctx.workbook.names.getItem(m).delete();
      ctx.workbook.worksheets.getItem(name).delete();
    },
  };
}

/** Every operation that writes one sheet plan into an existing, empty sheet. */
export interface SheetOpsOptions {
  /** Worksheet.getRanges is there (ExcelApi 1.9): styles go to many rectangles per call. */
  rangeAreas: boolean;
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

export function sheetPlanOps(plan: SheetPlan, opts: SheetOpsOptions = { rangeAreas: false }): Op[] {
  const ops: Op[] = [];
  const ws = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(plan.name);
  const name = plan.name;

  for (const w of plan.columnWidths) {
    const points = widthToPoints(w.width);
    ops.push({ size: size(points, 5), sheet: name, apply: (ctx) => { ws(ctx).getRangeByIndexes(0, w.col, 1, 1).getEntireColumn().format.columnWidth = points; } });
  }

  // Formats before values: the text format must be in place when a text value arrives.
  for (const block of blocks(rowRuns(plan.cells))) {
    const formats = block.map((run) => run.items.map((c) => cellWrite(c.value, c.style ? plan.styles[c.style]?.numberFormat : undefined).format));
    const inputs = block.map((run) => run.items.map((c) => cellWrite(c.value, c.style ? plan.styles[c.style]?.numberFormat : undefined).input));
    const first = block[0];
    ops.push({
      size: size([formats, inputs], 4),
      sheet: name,
      apply(ctx) {
        const range = ws(ctx).getRangeByIndexes(first.row, first.col, block.length, first.items.length);
        range.numberFormat = formats;
        range.formulas = inputs;
      },
    });
  }

  const rects = styleRectangles(plan.cells);
  if (opts.rangeAreas) {
    // One format call per style for many rectangles at once (Worksheet.getRanges, ExcelApi 1.9).
    const byStyle = new Map<string, string[]>();
    for (const r of rects) byStyle.set(r.style, [...(byStyle.get(r.style) ?? []), address(r.range)]);
    for (const [key, addresses] of byStyle) {
      const style = plan.styles[key];
      if (!style) continue;
      for (const group of addressGroups(addresses)) {
        ops.push({ size: size([style, group], styleCalls(style)), sheet: name, apply: (ctx) => applyStyle(ws(ctx).getRanges(group).format, style) });
      }
    }
  } else {
    for (const rect of rects) {
      const style = plan.styles[rect.style];
      if (!style) continue;
      ops.push({ size: size([style, rect.range], styleCalls(style)), sheet: name, apply: (ctx) => applyStyle(rangeOf(ws(ctx), rect.range).format, style) });
    }
  }

  for (const { range, across } of mergeBlocks(plan.merges)) {
    ops.push({ size: size([range, across]), sheet: name, apply: (ctx) => rangeOf(ws(ctx), range).merge(across) });
  }
  for (const h of plan.rowHeights) {
    ops.push({ size: size(h, 5), sheet: name, apply: (ctx) => { ws(ctx).getRangeByIndexes(h.row, 0, 1, 1).getEntireRow().format.rowHeight = h.height; } });
  }
  for (const v of plan.validations) {
    ops.push({
      size: size(v),
      sheet: name,
      apply: (ctx) => { rangeOf(ws(ctx), v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } }; },
    });
  }
  for (const cf of plan.conditionalFormats) {
    for (const rule of cf.rules) {
      const style = plan.styles[rule.style] ?? {};
      ops.push({
        size: size([cf.range, rule, style], 10),
        sheet: name,
        apply(ctx) {
          const format = rangeOf(ws(ctx), cf.range).conditionalFormats.add('Custom');
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
      size: size(table, 6),
      sheet: name,
      apply(ctx) {
        const t = ws(ctx).tables.add(`${quoteSheet(name)}!${address(area)}`, true);
        t.name = table.name;
        if (table.style) t.style = table.style;
      },
    });
  }
  ops.push({ size: size([plan.freeze, plan.print, plan.tabColor], 12 + (plan.print.rowBreaks?.length ?? 0) * 2), sheet: name, apply: (ctx) => applySheetSetup(ws(ctx), plan) });
  return ops;
}

function applySheetSetup(ws: Excel.Worksheet, plan: SheetPlan): void {
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
  for (const r of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r + 2}`);
}

/** The computed cells of one owned column; the header only when the column is appended. */
export function columnWriteOps(cw: ColumnWrite): Op[] {
  const ops: Op[] = [];
  const ws = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(cw.sheet);
  if (cw.appended) {
    ops.push({
      size: size(cw.header, 6),
      sheet: cw.sheet,
      apply(ctx) {
        const cell = ws(ctx).getRangeByIndexes(cw.headerRow, cw.col, 1, 1);
        cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[cw.header]];
        cell.format.font.bold = true;
      },
    });
  }
  const cells = cw.cells.map((c) => ({ row: c.row, col: cw.col, value: c.value }));
  // Runs down the column: same machinery as rows, with rows and columns swapped.
  const swapped = rowRuns(cells.map((c) => ({ row: c.col, col: c.row, value: c.value })));
  for (const run of swapped) {
    const writes = run.items.map((c) => cellWrite(c.value, cw.numberFormat));
    const formats = writes.map((w) => [w.format]);
    const inputs = writes.map((w) => [w.input]);
    ops.push({
      size: size([formats, inputs], 4),
      sheet: cw.sheet,
      apply(ctx) {
        const range = ws(ctx).getRangeByIndexes(run.col, cw.col, run.items.length, 1);
        range.numberFormat = formats;
        range.formulas = inputs;
      },
    });
  }
  return ops;
}

/** `Obiettivi!P` for the result message. */
export function columnLabel(cw: ColumnWrite): string {
  return `${cw.sheet}!${columnLetters(cw.col)} (${cw.header})`;
}

/** Packs operations into batches whose estimated size stays under `budget` bytes. */
export function packOps(ops: Op[], budget: number): Op[][] {
  const batches: Op[][] = [];
  let cur: Op[] = [];
  let used = 0;
  for (const op of ops) {
    if (cur.length > 0 && used + op.size > budget) {
      batches.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(op);
    used += op.size;
  }
  if (cur.length > 0) batches.push(cur);
  return batches;
}
