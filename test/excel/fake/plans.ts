/** Sheet plans for the adapter's tests: small hand-made ones and a 2,000-objective one. */
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../../src/core/plans/types';

export function sheetPlan(name: string, cells: PlanCell[], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    kind: 'riepilogo',
    replaces: null,
    cells,
    styles: { h: { bold: true, fill: 'DDEBF7', border: 'thin' }, pct: { numberFormat: '0.0%' }, d: { numberFormat: 'dd/mm/yyyy' } },
    merges: [],
    columnWidths: [{ col: 0, width: 8 }, { col: 1, width: 40 }],
    rowHeights: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { from: 0, to: 0 } },
    validations: [],
    conditionalFormats: [],
    ...extra,
  };
}

export function workbookPlan(sheets: SheetPlan[], extra: Partial<WorkbookPlan> = {}): WorkbookPlan {
  return { sheets, columnWrites: [], removeSheets: [], ...extra };
}

const MESI = ['Gen', 'Feb', 'Mar', 'Apr', 'Mag', 'Giu', 'Lug', 'Ago', 'Set', 'Ott', 'Nov', 'Dic'];

/** A cronoprogramma-like plan: per objective a title row and four phase rows of 15 columns. */
export function bigPlan(objectives: number): WorkbookPlan {
  const cells: PlanCell[] = MESI.map((m, i) => ({ row: 0, col: 3 + i, value: { t: 'text', v: m }, style: 'h' }));
  let row = 1;
  for (let i = 1; i <= objectives; i++) {
    cells.push({ row, col: 0, value: { t: 'number', v: i }, style: 'h' });
    cells.push({ row, col: 1, value: { t: 'text', v: `Obiettivo ${i}: digitalizzazione delle procedure del settore e riduzione dei tempi medi di risposta ai cittadini` }, style: 'h' });
    cells.push({ row, col: 2, value: { t: 'number', v: 20 }, style: 'h' });
    row++;
    for (let f = 1; f <= 4; f++) {
      cells.push({ row, col: 1, value: { t: 'text', v: `Fase ${f}: attività da compiere entro il ${f * 3}° mese, con verifica del responsabile` } });
      for (let m = 0; m < 12; m++) {
        const on = m >= (f - 1) * 3 && m < f * 3;
        cells.push({ row, col: 3 + m, value: on && m === f * 3 - 1 ? { t: 'text', v: '◆' } : undefined, style: on ? 'on' : 'off' });
      }
      row++;
    }
  }
  const plan = sheetPlan('Cronoprogramma 2025', cells, { kind: 'cronoprogramma' });
  plan.styles.on = { fill: '9BC2E6', border: 'thin', hAlign: 'center' };
  plan.styles.off = { border: 'thin' };
  return workbookPlan([plan]);
}
