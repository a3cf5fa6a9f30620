/**
 * The Excel fake's workbook in the shape dump_workbook.py gives for a file, so the two writers'
 * results can be compared cell by cell: formats resolved per cell (borders per side), widths back
 * in characters, print setup and panes in the file's terms.
 */
import { a1, columnLetters, parseA1 } from '../../../src/core/grid';
import type { FakeSheet, FakeWorkbook } from '../fake/fakeExcel';

export interface CellDump {
  v?: unknown;
  f?: string;
  fmt?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  /** top, bottom, left, right. */
  border?: (string | null)[];
}

export interface SheetDump {
  cells: Record<string, CellDump>;
  merges: string[];
  widths: Record<string, number>;
  heights: Record<string, number>;
  freeze: string | null;
  print: { orientation: string | null; paper: number | null; fitToWidth: boolean; titleRows: string | null; area: string | null; rowBreaks: number[] };
  tabColor: string | null;
}

export interface WorkbookDump {
  sheets: string[];
  dump: Record<string, SheetDump>;
  names: { name: string; sheet: string | null; hidden: boolean }[];
}

function rect(address: string) {
  const [p, q] = address.replace(/\$/g, '').split(':');
  const a = parseA1(p)!;
  const b = parseA1(q ?? p)!;
  return { r1: a.row, c1: a.col, r2: b.row, c2: b.col };
}

const ALIGN: Record<string, string> = { Left: 'left', Center: 'center', Right: 'right', Top: 'top', Bottom: 'bottom' };
const SIDE = { EdgeTop: 0, EdgeBottom: 1, EdgeLeft: 2, EdgeRight: 3 } as const;

function sheetDump(s: FakeSheet): SheetDump {
  const cells: Record<string, CellDump> = {};
  const at = (r: number, c: number) => (cells[a1(r, c)] ??= {});
  for (const [key, cell] of s.cells) {
    const [r, c] = key.split(',').map(Number);
    const d: CellDump = {};
    if (cell.formula !== undefined) d.f = cell.formula;
    else if (cell.value !== '' && cell.value !== null && cell.value !== undefined) d.v = cell.value;
    if (cell.numberFormat && cell.numberFormat !== 'General') d.fmt = cell.numberFormat;
    if (Object.keys(d).length) Object.assign(at(r, c), d);
  }
  // Border parts arrive as style, weight and colour per edge: the style of a side is its weight.
  const weights = new Map<string, string>();
  for (const f of s.formats) {
    const box = rect(f.address);
    const m = /^border\.(\w+)\.weight$/.exec(f.prop);
    for (let r = box.r1; r <= box.r2; r++) {
      for (let c = box.c1; c <= box.c2; c++) {
        if (m) {
          const w = String(f.value).toLowerCase();
          const sides: number[] = [];
          if (m[1] in SIDE) {
            const side = SIDE[m[1] as keyof typeof SIDE];
            if ((side === 0 && r === box.r1) || (side === 1 && r === box.r2) || (side === 2 && c === box.c1) || (side === 3 && c === box.c2)) sides.push(side);
          } else if (m[1] === 'InsideHorizontal') {
            if (r > box.r1) sides.push(0);
            if (r < box.r2) sides.push(1);
          } else if (m[1] === 'InsideVertical') {
            if (c > box.c1) sides.push(2);
            if (c < box.c2) sides.push(3);
          }
          for (const side of sides) weights.set(`${r},${c},${side}`, w);
          continue;
        }
        const d = at(r, c);
        switch (f.prop) {
          case 'font.bold': if (f.value) d.bold = true; else delete d.bold; break;
          case 'font.italic': if (f.value) d.italic = true; else delete d.italic; break;
          case 'font.color': d.fontColor = String(f.value).replace('#', '').toUpperCase(); break;
          case 'fill.color': d.fill = String(f.value).replace('#', '').toUpperCase(); break;
          case 'horizontalAlignment': d.hAlign = ALIGN[String(f.value)] ?? String(f.value); break;
          case 'verticalAlignment': if (f.value === 'Bottom') delete d.vAlign; else d.vAlign = ALIGN[String(f.value)] ?? String(f.value); break;
          case 'wrapText': if (f.value) d.wrap = true; else delete d.wrap; break;
          default: break;
        }
      }
    }
  }
  for (const [key, w] of weights) {
    const [r, c, side] = key.split(',').map(Number);
    const d = at(r, c);
    d.border ??= [null, null, null, null];
    d.border[side] = w;
  }
  for (const k of Object.keys(cells)) if (Object.keys(cells[k]).length === 0) delete cells[k];

  const widths: Record<string, number> = {};
  for (const [c, pt] of s.columnWidths) widths[columnLetters(c)] = Math.round(((pt / 0.75 - 5) / 7) * 100) / 100;
  const heights: Record<string, number> = {};
  for (const [r, h] of s.rowHeights) heights[String(r + 1)] = h;

  const fz = s.freeze as { rows?: number; cols?: number; at?: string } | null;
  let freeze: string | null = null;
  if (fz?.at) {
    const b = rect(fz.at);
    freeze = a1(b.r2 + 1, b.c2 + 1);
  } else if (fz?.rows) freeze = a1(fz.rows, 0);
  else if (fz?.cols) freeze = a1(0, fz.cols);

  const page = s.page as { orientation?: string; paperSize?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number }; titleRows?: string; area?: string };
  return {
    cells,
    merges: [...s.merges].sort(),
    widths,
    heights,
    freeze,
    print: {
      orientation: page.orientation ? page.orientation.toLowerCase() : null,
      paper: page.paperSize === 'A4' ? 9 : null,
      fitToWidth: page.zoom?.horizontalFitToPages === 1 && page.zoom.verticalFitToPages === 0,
      titleRows: page.titleRows ?? null,
      area: page.area ?? null,
      rowBreaks: s.pageBreaks.map((cell) => Number(/\d+/.exec(cell)![0]) - 1),
    },
    tabColor: s.tabColor ? s.tabColor.replace('#', '').toUpperCase() : null,
  };
}

export function fakeDump(wb: FakeWorkbook): WorkbookDump {
  return {
    sheets: wb.sheets.map((s) => s.name),
    dump: Object.fromEntries(wb.sheets.map((s) => [s.name, sheetDump(s)])),
    names: wb.names.map((n) => ({ name: n.name, sheet: n.sheet, hidden: !n.visible })),
  };
}
