/** A comparable picture of a workbook as ExcelJS reads it: every cell, names, tables, validations. */
import ExcelJS from 'exceljs';

export interface CellShot {
  value: string;
  style: string;
  note: string;
}

export interface SheetShot {
  name: string;
  state: string;
  cells: Map<string, CellShot>;
  merges: string[];
  conditional: string;
  tables: string;
  views: string;
  widths: string;
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function tablesOf(ws: ExcelJS.Worksheet): string {
  const tables = (ws as unknown as { tables: Record<string, { table: unknown }> }).tables ?? {};
  return JSON.stringify(Object.values(tables).map((t) => t.table));
}

export function sheetShot(ws: ExcelJS.Worksheet): SheetShot {
  const cells = new Map<string, CellShot>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, {
        value: JSON.stringify(cell.value),
        style: JSON.stringify(cell.style ?? {}),
        note: JSON.stringify(cell.note ?? null),
      });
    }),
  );
  return {
    name: ws.name,
    state: ws.state,
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    conditional: JSON.stringify((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []),
    tables: tablesOf(ws),
    views: JSON.stringify(ws.views),
    widths: JSON.stringify((ws.columns ?? []).map((c) => c.width ?? null)),
  };
}

export function definedNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return ((wb.definedNames.model ?? []) as { name: string; ranges: string[] }[]).map((n) => ({ name: n.name, ranges: [...n.ranges].sort() }));
}

export function validations(ws: ExcelJS.Worksheet): string {
  return JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model);
}
