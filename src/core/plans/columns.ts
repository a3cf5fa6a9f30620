/**
 * The computed columns the tool owns in the register (docs/formato-cartella.md#colonne-scritte-dallo-strumento): `Valore raggiunto %` and
 * `Rispetto tempi %` on Obiettivi, `Scostamento` on Indicatori. Found by the reader's column map;
 * appended after the last header when missing. A cell holding a user formula is left alone.
 */
import { cellAt, GRID_COLUMNS, type WorkbookGrid } from '../grid';
import type { SheetInfo } from '../model';
import type { Analysis } from '../results';
import { SINGULAR_UNIT } from './rawValue';
import type { ColumnWrite, PlanValue } from './types';

interface Target {
  info: SheetInfo;
  field: string;
  header: string;
  numberFormat?: string;
}

function isFormula(grid: WorkbookGrid | undefined, sheet: string, row: number, col: number): boolean {
  const s = grid?.sheets.find((g) => g.name === sheet);
  return s ? cellAt(s, row, col)?.formula === true : false;
}

/**
 * Columns used on ANY row of the sheet (a note typed far below the header, an unlabelled column
 * of formulas), and columns the user prepared without values (a visible fill, a data validation,
 * a conditional format): appended columns go after all of them, never over a user's column.
 * A fill in the grid's last column belongs to a whole-row format, not to a column.
 */
function usedWidth(grid: WorkbookGrid | undefined, info: SheetInfo): number {
  const s = grid?.sheets.find((g) => g.name === info.name);
  let width = Math.max(info.width, s?.reservedColumns ?? 0);
  for (const row of s?.rows ?? []) {
    if (!row) continue;
    for (let c = row.length - 1; c >= width; c--) {
      const cell = row[c];
      if (cell && ((cell.v !== null && cell.v !== '') || cell.formula || (cell.filled && c < GRID_COLUMNS - 1))) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

function columnFor(t: Target, appendedSoFar: number, grid?: WorkbookGrid): { col: number; appended: boolean } {
  const found = t.info.columns[t.field];
  if (found !== undefined) return { col: found, appended: false };
  return { col: usedWidth(grid, t.info) + appendedSoFar, appended: true };
}

/** How each unit's number is shown: whole steps, or at least one decimal (`0.##` would leave a dangling comma on whole numbers: `+5,`). */
const UNIT_NUMBERS: Record<string, string> = { giorni: '0', livelli: '0', 'punti %': '0.0#' };

/**
 * A scostamento's number format, with its unit: the cell stays a number the user can sort and sum.
 * One step is singular (`-1 livello`), which takes a condition; Excel allows at most two
 * conditions plus a default section, and in a format with several sections a negative number is
 * shown without its sign (LibreOffice does the same). Five cases (+1, -1, more, less, zero) do not
 * fit three sections, so the format follows the sign of the value written: right for every value
 * of that sign and for zero (test/build/scostamentoFormat.lo.test.ts shows them in LibreOffice).
 */
export function scostamentoFormat(unit: string, value: number): string | undefined {
  const num = UNIT_NUMBERS[unit];
  if (num === undefined) return undefined;
  const one = SINGULAR_UNIT[unit] ?? unit;
  return value < 0 ? `[=-1]"-1 ${one}";[<0]-${num}" ${unit}";0" ${unit}"` : `[=1]"+1 ${one}";[>0]+${num}" ${unit}";0" ${unit}"`;
}

function pctValue(v: number | null): PlanValue | null {
  return v === null ? null : { t: 'number', v: v / 100 };
}

export function planColumns(analysis: Analysis, grid?: WorkbookGrid): ColumnWrite[] {
  const writes: ColumnWrite[] = [];
  const ob = analysis.piano.sheets.find((s) => s.kind === 'obiettivi');
  if (ob) {
    let appended = 0;
    for (const [field, header, pick] of [
      ['valoreRaggiunto', 'Valore raggiunto %', (i: number) => analysis.obiettivi[i]?.valoreRaggiunto ?? null],
      ['rispettoTempi', 'Rispetto tempi %', (i: number) => analysis.obiettivi[i]?.rispettoTempi ?? null],
    ] as const) {
      const { col, appended: isNew } = columnFor({ info: ob, field, header }, appended, grid);
      if (isNew) appended++;
      const cells: ColumnWrite['cells'] = [];
      analysis.piano.obiettivi.forEach((o, i) => {
        if (o.source.sheet !== ob.name) return;
        const row = o.source.row - 1;
        if (!isNew && isFormula(grid, ob.name, row, col)) return;
        cells.push({ row, value: pctValue(pick(i)) });
      });
      writes.push({ sheet: ob.name, col, headerRow: ob.headerRow, header, appended: isNew, numberFormat: '0.0%', cells });
    }
  }
  const ind = analysis.piano.sheets.find((s) => s.kind === 'indicatori');
  if (ind) {
    const { col, appended } = columnFor({ info: ind, field: 'scostamento', header: 'Scostamento' }, 0, grid);
    const cells: ColumnWrite['cells'] = [];
    analysis.piano.obiettivi.forEach((o, i) => {
      const res = analysis.obiettivi[i];
      o.indicatori.forEach((indicatore, k) => {
        if (indicatore.source.sheet !== ind.name) return;
        const row = indicatore.source.row - 1;
        if (!appended && isFormula(grid, ind.name, row, col)) return;
        const r = res?.indicatori.find((x) => x.index === k && !x.fromFase);
        const s = r?.scostamento ?? null;
        // The unit goes in the number format, so the cell stays a number the user can sort and sum.
        const fmt = s === null ? undefined : scostamentoFormat(r?.scostamentoUnita ?? '', s);
        cells.push({ row, value: s === null ? null : { t: 'number', v: s }, ...(fmt ? { numberFormat: fmt } : {}) });
      });
    });
    writes.push({ sheet: ind.name, col, headerRow: ind.headerRow, header: 'Scostamento', appended, numberFormat: '+0.0#;-0.0#;0', cells });
  }
  return writes;
}
