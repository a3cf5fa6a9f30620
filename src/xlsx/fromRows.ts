/**
 * Builds an `.xlsx` from plain rows with ExcelJS: the bundled sample workbook and the tests'
 * workbooks are both made this way. Values are written as they are: a string is always text
 * (never a formula), formulas only through `{ formula }`.
 */
import ExcelJS from 'exceljs';

export type PlainValue = string | number | boolean | Date | null | undefined;

/** A cell with more than a value. */
export interface CellSpec {
  v?: PlainValue | { error: string };
  /** Number format (`0%`, `dd/mm/yyyy`). Dates without one get `dd/mm/yyyy`. */
  fmt?: string;
  /** A formula without `=`; `v` is stored as its cached result. */
  formula?: string;
  /** Solid fill colour `RRGGBB`. */
  fill?: string;
  bold?: boolean;
  /** Rich text runs (the second run is bold, to make it really rich). */
  richText?: string[];
  /** Makes the cell a hyperlink whose text is `v`. */
  hyperlink?: string;
}

export type RowValue = PlainValue | { error: string } | CellSpec;

export interface SheetSpec {
  name: string;
  /** Row 0 is Excel row 1; `undefined`/`null` cells are left empty. */
  rows: RowValue[][];
  /** A1 ranges to merge (`A1:F1`). */
  merges?: string[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** 0-based rows written in bold (header rows). */
  boldRows?: number[];
  /** Rows frozen at the top (the header stays visible). */
  frozenRows?: number;
  state?: 'visible' | 'hidden';
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Workbook-level defined names, e.g. `{ name: '_PEG_GEN_1', ref: "'Riepilogo'!$A$1" }`. */
  definedNames?: { name: string; ref: string }[];
  /** Creation date stored in the file: fixed for reproducible files. */
  created?: Date;
  creator?: string;
}

function isCellSpec(v: RowValue): v is CellSpec {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && !('error' in v && !('v' in v));
}

function applyCell(cell: ExcelJS.Cell, spec: RowValue, bold: boolean): void {
  const s: CellSpec = isCellSpec(spec) ? spec : { v: spec };
  const v = s.v ?? null;
  if (s.formula !== undefined) {
    cell.value = { formula: s.formula, result: v === null ? undefined : (v as ExcelJS.CellFormulaValue['result']) };
  } else if (s.richText) {
    cell.value = { richText: s.richText.map((text, i) => (i === 1 ? { text, font: { bold: true } } : { text })) };
  } else if (s.hyperlink !== undefined) {
    cell.value = { text: String(v ?? s.hyperlink), hyperlink: s.hyperlink };
  } else {
    cell.value = v as ExcelJS.CellValue;
  }
  const fmt = s.fmt ?? (v instanceof Date ? 'dd/mm/yyyy' : undefined);
  if (fmt) cell.numFmt = fmt;
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.bold || bold) cell.font = { bold: true };
}

export function workbookFromSpec(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (spec.created) {
    wb.created = spec.created;
    wb.modified = spec.created;
  }
  if (spec.creator) {
    wb.creator = spec.creator;
    wb.lastModifiedBy = spec.creator;
  }
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state ?? 'visible' });
    const bold = new Set(sheet.boldRows ?? []);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === undefined || value === null) return;
        applyCell(ws.getCell(r + 1, c + 1), value, bold.has(r));
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    (sheet.columnWidths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    if (sheet.frozenRows) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
  }
  for (const dn of spec.definedNames ?? []) wb.definedNames.add(dn.ref, dn.name);
  return wb;
}

/** The workbook as `.xlsx` bytes. */
export async function xlsxFromSpec(spec: WorkbookSpec): Promise<Buffer> {
  const out = await workbookFromSpec(spec).xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
