/** Plan values → ExcelJS cell values. Text stays text whatever it starts with. */
import type ExcelJS from 'exceljs';
import type { PlanValue } from '../../core/plans/types';

/** Functions newer than Excel 2007 must be stored with the `_xlfn.` prefix in the file. */
const FUTURE_FUNCTIONS = ['NUMBERVALUE', 'IFS', 'SWITCH', 'CONCAT', 'TEXTJOIN', 'MAXIFS', 'MINIFS', 'XLOOKUP'];

export function fileFormula(f: string): string {
  let body = f.startsWith('=') ? f.slice(1) : f;
  for (const fn of FUTURE_FUNCTIONS) body = body.replace(new RegExp(`(?<![._A-Z])${fn}\\(`, 'g'), `_xlfn.${fn}(`);
  return body;
}

export function toExcelValue(v: PlanValue | null | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  switch (v.t) {
    case 'text':
      // ExcelJS stores a JS string as a string cell; only `{ formula }` values become formulas.
      return v.v;
    case 'number':
      return v.v;
    case 'bool':
      return v.v;
    case 'date': {
      const [y, m, d] = v.v.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'formula':
      return { formula: fileFormula(v.f), result: v.result ?? undefined } as ExcelJS.CellFormulaValue;
  }
}
