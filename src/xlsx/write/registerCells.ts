/**
 * Computed columns inside a user's register sheet: ONLY their cells are spliced into the sheet's
 * XML; every other byte of the part stays as it was. A cell holding a formula (the user's) is
 * never written. Rows and cells are located with the package's lean XML parser (offsets on).
 */
import { a1, parseA1Col } from './cellRef';
import type { ColumnWrite, PlanValue } from '../../core/plans/types';
import { cellXmlAt } from './sheetXml';
import { parseLean, type LeanTag } from '../package/fastXml';
import { applySplices, nameAt, withAttr, withPrefix, type Splice } from './spans';
import type { StyleAppender } from './styles';

export interface ColumnReport {
  sheet: string;
  header: string;
  appended: boolean;
  cells: number;
  /** Cells left alone because they hold a user's formula. */
  formulas: number;
}

interface Target {
  col: number;
  value: PlanValue | null;
  numberFormat?: string;
  /** Style to use when the cell does not exist yet (an appended header copies its neighbour's). */
  copyStyleFrom?: number;
  write: ColumnWrite;
}

/** Where an element of the sheet sits in its text (a subset of `Span`, for the hot path). */
interface Place {
  /** Qualified name as written (`x:row`). */
  name: string;
  prefix: string;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  attrs: Record<string, string>;
}

interface CellSpan {
  /** Offsets of the element: `<c` and just past its end. */
  start: number;
  end: number;
  col: number;
  s: number;
  formula: boolean;
}

interface RowSpan {
  span: Place;
  row: number;
  cells: CellSpan[];
}

/**
 * Rows of `<sheetData>` with their offsets, and the cells `keep` asks for, in one lean saxes pass
 * (a register sheet of a big plan has 100,000 elements: no object for the values and texts inside
 * the cells, nor for the cells left of the computed columns).
 */
function readRows(xml: string, keep: (row: number, col: number) => boolean): { sheetData: Place | null; dimension: Place | null; rows: RowSpan[] } {
  let sheetData: Place | null = null;
  let dimension: Place | null = null;
  const rows: RowSpan[] = [];
  // Open elements, as the kind each one is for this pass, and what to complete when it closes.
  const kinds: ('sheetData' | 'dimension' | 'row' | 'c' | null)[] = [];
  const places: (Place | CellSpan | null)[] = [];
  let row: RowSpan | null = null;
  let cell: CellSpan | null = null;
  let lastRow = -1;
  let lastCol = -1;
  const place = (tag: LeanTag): Place => {
    const name = nameAt(xml, tag.start) || tag.name;
    const colon = name.indexOf(':');
    return { name, prefix: colon < 0 ? '' : name.slice(0, colon), start: tag.start, openEnd: tag.openEnd, closeStart: tag.openEnd, end: tag.openEnd, selfClosing: tag.selfClosing, attrs: tag.attrs };
  };
  parseLean(
    xml,
    {
      open(tag) {
        const depth = kinds.length;
        const parent = kinds[depth - 1];
        let kind: (typeof kinds)[number] = null;
        let at: Place | CellSpan | null = null;
        if (depth === 1 && (tag.name === 'sheetData' || tag.name === 'dimension')) {
          kind = tag.name;
          at = place(tag);
          if (kind === 'sheetData') sheetData = at;
          else dimension = at;
        } else if (depth === 2 && parent === 'sheetData' && tag.name === 'row') {
          kind = 'row';
          at = place(tag);
          // A row without `r` follows the previous one (allowed, and written by some producers).
          const r = tag.attrs.r !== undefined ? Number(tag.attrs.r) - 1 : lastRow + 1;
          lastRow = r;
          row = { span: at, row: r, cells: [] };
          rows.push(row);
          lastCol = -1;
        } else if (depth === 3 && parent === 'row' && tag.name === 'c' && row) {
          kind = 'c';
          // A cell without `r` follows the previous one of its row.
          const col = tag.attrs.r !== undefined ? parseA1Col(tag.attrs.r) : lastCol + 1;
          lastCol = col;
          cell = null;
          if (keep(row.row, col)) {
            cell = { start: tag.start, end: tag.openEnd, col, s: Number(tag.attrs.s ?? 0) || 0, formula: false };
            at = cell;
            row.cells.push(cell);
          }
        } else if (depth === 4 && parent === 'c' && tag.name === 'f' && cell) {
          cell.formula = true;
        }
        kinds.push(kind);
        places.push(at);
      },
      close(_name, end) {
        const kind = kinds.pop();
        const at = places.pop();
        if (!at) return;
        at.end = end;
        if (kind !== 'c') {
          const p = at as Place;
          p.closeStart = p.selfClosing ? p.openEnd : xml.lastIndexOf('</', end - 1);
        }
      },
    },
    { offsets: true },
  );
  return { sheetData, dimension, rows };
}

/** `A1:J16` grown to cover `lastRow`/`lastCol` (0-based): readers that trust it see the new cells. */
function grownDimension(ref: string, lastRow: number, lastCol: number): string | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const c2 = parseA1Col(m[3] ?? m[1]);
  const r2 = Number(m[4] ?? m[2]) - 1;
  if (c2 >= lastCol && r2 >= lastRow) return null;
  return `${m[1]}${m[2]}:${a1(Math.max(r2, lastRow), Math.max(c2, lastCol))}`;
}

/** Splices the cells of `writes` (all for one sheet) into `xml`. */
export function spliceColumns(
  xml: string,
  sheet: string,
  writes: readonly ColumnWrite[],
  styles: StyleAppender,
  ctx: { date1904: boolean; notes: string[] },
): { xml: string; report: ColumnReport[] } {
  // Only the cells at or right of the first computed column matter, and all of a header row
  // where a column is appended (its last header lends its look to the new one).
  const firstCol = Math.min(...writes.map((w) => w.col));
  const headerRows = new Set(writes.filter((w) => w.appended).map((w) => w.headerRow));
  const { sheetData, dimension, rows } = readRows(xml, (row, col) => col >= firstCol || headerRows.has(row));
  if (!sheetData) return { xml, report: [] };
  const targets = new Map<number, Target[]>();
  const push = (row: number, t: Target) => targets.set(row, [...(targets.get(row) ?? []), t]);
  const rowMap = new Map(rows.map((r) => [r.row, r]));
  const report = new Map<ColumnWrite, ColumnReport>();
  for (const w of writes) {
    report.set(w, { sheet, header: w.header, appended: w.appended, cells: 0, formulas: 0 });
    if (w.appended) {
      // The header copies the look of the last header the user wrote to its left.
      const neighbour = [...(rowMap.get(w.headerRow)?.cells ?? [])].reverse().find((c) => c.col < w.col);
      push(w.headerRow, { col: w.col, value: { t: 'text', v: w.header }, copyStyleFrom: neighbour?.s ?? 0, write: w });
    }
    for (const c of w.cells) push(c.row, { col: w.col, value: c.value, numberFormat: c.numberFormat ?? w.numberFormat, write: w });
  }

  const cellFor = (t: Target, row: number, existing: CellSpan | undefined): string => {
    const base = existing?.s ?? t.copyStyleFrom ?? 0;
    const s = t.numberFormat ? styles.withNumberFormat(base, t.numberFormat) : base;
    return withPrefix(cellXmlAt(a1(row, t.col), t.value, s || undefined, ctx, sheet), px);
  };

  // Cells and rows in the sheet's own prefix (`x:c`) when its writer used one.
  const px = sheetData.prefix;
  const splices: Splice[] = [];
  const newRows: { row: number; xml: string }[] = [];
  for (const [row, list] of targets) {
    list.sort((a, b) => a.col - b.col);
    const r = rowMap.get(row);
    if (!r) {
      const cells = list.map((t) => {
        report.get(t.write)!.cells++;
        return cellFor(t, row, undefined);
      });
      newRows.push({ row, xml: `${withPrefix(`<row r="${row + 1}">`, px)}${cells.join('')}${withPrefix('</row>', px)}` });
      continue;
    }
    const inserts = new Map<number, string[]>();
    for (const t of list) {
      const existing = r.cells.find((c) => c.col === t.col);
      if (existing?.formula) {
        report.get(t.write)!.formulas++;
        continue;
      }
      report.get(t.write)!.cells++;
      const text = cellFor(t, row, existing);
      if (existing) {
        splices.push({ from: existing.start, to: existing.end, text });
        continue;
      }
      const after = r.cells.find((c) => c.col > t.col);
      const at = after ? after.start : r.span.closeStart;
      inserts.set(at, [...(inserts.get(at) ?? []), text]);
    }
    if (r.span.selfClosing && inserts.size > 0) {
      const open = xml.slice(r.span.start, r.span.end).replace(/\s*\/>$/, '>');
      const tag = r.span.name;
      splices.push({ from: r.span.start, to: r.span.end, text: `${open}${[...inserts.values()].flat().join('')}</${tag}>` });
    } else {
      for (const [at, texts] of inserts) splices.push({ from: at, to: at, text: texts.join('') });
    }
  }
  if (newRows.length > 0) {
    newRows.sort((a, b) => a.row - b.row);
    const inserts = new Map<number, string[]>();
    for (const nr of newRows) {
      const after = rows.find((r) => r.row > nr.row);
      const at = after ? after.span.start : sheetData.closeStart;
      inserts.set(at, [...(inserts.get(at) ?? []), nr.xml]);
    }
    if (sheetData.selfClosing) {
      const open = xml.slice(sheetData.start, sheetData.end).replace(/\s*\/>$/, '>');
      splices.push({ from: sheetData.start, to: sheetData.end, text: `${open}${[...inserts.values()].flat().join('')}</${sheetData.name}>` });
    } else {
      for (const [at, texts] of inserts) splices.push({ from: at, to: at, text: texts.join('') });
    }
  }
  if (dimension && dimension.attrs.ref !== undefined && targets.size > 0) {
    const lastRow = Math.max(...targets.keys());
    const lastCol = Math.max(...[...targets.values()].flat().map((t) => t.col));
    const grown = grownDimension(dimension.attrs.ref, lastRow, lastCol);
    if (grown) splices.push(withAttr(xml, dimension, 'ref', grown));
  }
  return { xml: applySplices(xml, splices), report: [...report.values()] };
}
