/**
 * `CRONOPROGRAMMA`: a row of month names (`Gennaio` … `Dicembre`), then one row per phase
 * (its number on the left). A month is marked when its cell holds anything or has a fill:
 * enti mark months with an `X`, a colour, or both.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import { a1 } from '../grid';
import type { Fase } from '../model';
import { monthFromWord, readDate } from '../values';
import { sectionRange, type Block } from './blocks';

/** Fewer month names than this in a row: not the months' header. */
const MIN_MONTHS = 6;

/** A month column: its month, and its year when the header is a date (`gen-21`). */
interface MonthCol {
  month: number;
  year: number | null;
}

export interface Cronoprogramma {
  /** Phase number → its marked months, in column order. */
  mesi: Map<number, MonthCol[]>;
  /** Phase number → the A1 address of its row's first cell, for sources and messages. */
  righe: Map<number, string>;
}

function monthColumns(block: Block, row: number): Map<number, MonthCol> {
  const out = new Map<number, MonthCol>();
  for (const c of block.view.filledColumns(row)) {
    const cell = block.view.cell(row, c);
    // Month headers are names (`Gennaio`, `Gen.`) or dates shown as months (`gen-21`).
    const d = cell && (cell.v instanceof Date || typeof cell.v === 'number') ? readDate(cell.v, cell.fmt) : null;
    if (d) {
      out.set(c, { month: d.month, year: d.year });
      continue;
    }
    const m = monthFromWord(block.view.text(row, c) ?? '');
    if (m !== null) out.set(c, { month: m, year: null });
  }
  return out;
}

function marked(block: Block, row: number, col: number, monthCols: Map<number, MonthCol>): boolean {
  const { view } = block;
  const owner = view.owner(row, col);
  // A merge starting in a non-month column (the phase number's) marks nothing.
  if (!monthCols.has(owner.col)) return false;
  const c = view.cell(row, col);
  const own = view.sheet.rows[row]?.[col];
  return !view.isEmpty(owner.row, owner.col) || c?.filled === true || own?.filled === true;
}

function phaseNumber(block: Block, row: number, beforeCol: number): number | null {
  for (const c of block.view.filledColumns(row, 0, beforeCol - 1)) {
    const cell = block.view.cell(row, c);
    const v = cell?.v;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim().replace(/[.)°]$/, '')) : NaN;
    return Number.isInteger(n) && n >= 1 ? n : null;
  }
  return null;
}

export function readCronoprogramma(block: Block): Cronoprogramma | null {
  const hit = block.sections.find((s) => s.section === 'cronoprogramma');
  if (!hit) return null;
  const { from, to } = sectionRange(block, hit);
  let headerRow = -1;
  let monthCols = new Map<number, MonthCol>();
  for (let r = from; r < to; r++) {
    const m = monthColumns(block, r);
    if (m.size >= MIN_MONTHS) {
      headerRow = r;
      monthCols = m;
      break;
    }
  }
  if (headerRow < 0) return null;
  const firstMonthCol = Math.min(...monthCols.keys());
  const mesi = new Map<number, MonthCol[]>();
  const righe = new Map<number, string>();
  for (let r = headerRow + 1; r < to; r++) {
    const n = phaseNumber(block, r, firstMonthCol);
    if (n === null) continue;
    mesi.set(n, [...monthCols.entries()].filter(([c]) => marked(block, r, c, monthCols)).map(([, m]) => m));
    righe.set(n, a1(r, firstMonthCol));
  }
  return { mesi, righe };
}

/**
 * Gives each phase its marked months (`YYYY-MM` of the scheda's year); months marked for a phase
 * the scheda does not describe are reported, not invented into a phase.
 */
export function applyCronoprogramma(block: Block, fasi: Fase[], year: number | null, label: string, diagnostics: Diagnostic[]): void {
  const crono = readCronoprogramma(block);
  if (!crono) return;
  // Months need a year: the header's own (a date), else the scheda's; without either, no months.
  const ym = (m: MonthCol) => {
    const y = m.year ?? year;
    return y === null ? [] : [`${y}-${String(m.month).padStart(2, '0')}`];
  };
  for (const f of fasi) {
    f.mesiSegnati = [...new Set((crono.mesi.get(f.numero) ?? []).flatMap(ym))].sort();
    const row = crono.righe.get(f.numero);
    if (row !== undefined) f.source.cells.mesi = row;
  }
  for (const [n, months] of crono.mesi) {
    if (months.length > 0 && !fasi.some((f) => f.numero === n)) {
      const cell = crono.righe.get(n);
      diagnostics.push(
        diagnose('FASE_SENZA_DESCRIZIONE', { fase: n, dove: `${block.view.name}!${cell}`, scheda: label }, { sheet: block.view.name, cell }),
      );
    }
  }
}
