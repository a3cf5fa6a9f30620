/** What Excel returns for a used range → the core's SheetGrid. Pure, so it is tested without Excel. */
import { parseA1, type Cell, type CellValue, type SheetGrid } from '../core/grid';

export interface LoadedRange {
  /** Where the loaded rows start (0-based row and column of their top-left cell). */
  row: number;
  col: number;
  values: unknown[][];
  numberFormat: unknown[][];
  /** `Empty`, `String`, `Double`, `Boolean`, `Error`, `Integer`, `Unknown`. */
  valueTypes: string[][];
  /** The cells holding formulas, as local areas (`B2:B9`), from `getSpecialCells('Formulas')`. */
  formulaAreas: string[];
}

/** Absolute `row,col` keys of every cell in the areas. */
export function areaCells(areas: string[]): Set<string> {
  const out = new Set<string>();
  for (const a of areas) {
    const [p, q] = a.split(':');
    const from = parseA1(p);
    const to = parseA1(q ?? p);
    if (!from || !to) continue;
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.add(`${r},${c}`);
  }
  return out;
}

/** Top-left of an address such as `'Foglio 1'!B2:H40`: 0-based row and column. */
export function topLeft(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const first = local.split(':')[0];
  return parseA1(first) ?? { row: 0, col: 0 };
}

/** `A1:C3` relative addresses of merged areas (any sheet prefix stripped). */
export function localAreas(address: string): string[] {
  return address
    .split(',')
    .map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '').trim())
    .filter((a) => a.length > 0);
}

function toValue(raw: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(raw) };
    case 'Boolean':
      return Boolean(raw);
    case 'Double':
    case 'Integer':
      return typeof raw === 'number' ? raw : Number(raw);
    default:
      if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
      if (raw === null || raw === undefined || raw === '') return null;
      return String(raw);
  }
}

function toCell(raw: unknown, type: string, fmt: unknown, isFormula: boolean): Cell | null {
  const v = toValue(raw, type);
  if (v === null && !isFormula) return null;
  const cell: Cell = { v };
  // Dates stay serial numbers with their format: the core's readDate turns them into dates.
  if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') cell.fmt = fmt;
  if (isFormula) cell.formula = true;
  return cell;
}

/** Builds one sheet of the grid, placing the used range where it sits and trimming empty edges. */
export function toSheetGrid(name: string, range: LoadedRange | null, extra: { generated?: boolean; merges?: string[]; reservedColumns?: number } = {}): SheetGrid {
  const rows: (Cell | null)[][] = [];
  if (range) {
    const origin = { row: range.row, col: range.col };
    const formulas = areaCells(range.formulaAreas);
    range.values.forEach((line, r) => {
      const out: (Cell | null)[] = new Array(origin.col).fill(null);
      line.forEach((raw, c) => {
        const isFormula = formulas.has(`${origin.row + r},${origin.col + c}`);
        out.push(toCell(raw, range.valueTypes[r]?.[c] ?? 'Unknown', range.numberFormat[r]?.[c], isFormula));
      });
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      rows[origin.row + r] = out;
    });
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  }
  const sheet: SheetGrid = { name, rows };
  if (extra.merges && extra.merges.length > 0) sheet.merges = extra.merges;
  if (extra.generated) sheet.generated = true;
  if (extra.reservedColumns) sheet.reservedColumns = extra.reservedColumns;
  return sheet;
}
