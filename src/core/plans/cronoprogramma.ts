/**
 * Cronoprogramma: per plan year, the objectives with their phases and the twelve months.
 * TUTTI objectives: in `blocchi` mode they get their own first block (shown once, not repeated
 * under every settore); in `fogli` mode each settore's sheet opens with them, so that each sheet
 * printed alone is complete.
 */
import type { Fase, Impostazioni } from '../model';
import type { Analysis } from '../results';
import type { PhaseSchedule } from '../tempistica/types';
import { MONTH_ABBR_IT, normalizeText } from '../values';
import { SheetBuilder, label, num, text, wrappedHeight } from './sheetBuilder';
import { composeSheetName } from './sheetNames';
import { objectivesOfYear, planYears, settoriOfYear, type ObiettivoWithResult } from './selection';
import { COLORS, withStyles } from './styles';
import type { SheetPlan } from './types';

/** The *Cronoprogramma* setting (settings/definitions.ts): `blocchi` or `fogli`. */
export type CronoMode = Impostazioni['cronoprogramma'];

export interface CronoOptions {
  /**
   * `blocchi`: one sheet per year, a block per settore; `fogli`: one sheet per (year, settore).
   * Absent: the plan's *Cronoprogramma* setting (default `blocchi`).
   */
  mode?: CronoMode;
}

const COL_N = 0;
const COL_TITLE = 1;
const COL_PESO = 2;
const COL_M1 = 3;
const COL_NOTE = COL_M1 + 12;
const WIDTHS = [6, 50, 7, ...Array<number>(12).fill(4.6), 36];
const HEADER_ROW = 3;

export const DEADLINE_MARK = '◆';

const STYLES = withStyles({
  objTitle: { bold: true, fill: COLORS.objective, border: 'thin', vAlign: 'top', wrap: true },
  objN: { bold: true, fill: COLORS.objective, border: 'thin', vAlign: 'top', hAlign: 'center' },
  objPeso: { bold: true, fill: COLORS.objective, border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: 'General' },
  objMonth: { fill: COLORS.objective, border: 'thin' },
  faseN: { border: 'thin', vAlign: 'top', hAlign: 'right', fontSize: 9 },
  fase: { border: 'thin', vAlign: 'top', wrap: true, fontSize: 9 },
  month: { border: 'thin' },
  monthOn: { border: 'thin', fill: COLORS.month },
  monthDeadline: { border: 'thin', fill: COLORS.month, bold: true, hAlign: 'center', vAlign: 'middle', fontColor: 'C00000' },
  note: { border: 'thin', vAlign: 'top', wrap: true, fontSize: 9 },
  noteFlag: { border: 'thin', vAlign: 'top', wrap: true, fontSize: 9, fill: COLORS.warn },
  legendOn: { border: 'thin', fill: COLORS.month },
  legendDeadline: { border: 'thin', fill: COLORS.month, bold: true, hAlign: 'center', fontColor: 'C00000' },
  legendFlag: { border: 'thin', fill: COLORS.warn },
});

const MONTH_KEYS = new Map<number, string[]>();

/** `2025-01` … `2025-12`, the keys of a schedule's months, made once per year (asked for every phase). */
export function monthKeys(year: number): string[] {
  let keys = MONTH_KEYS.get(year);
  if (!keys) MONTH_KEYS.set(year, (keys = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)));
  return keys;
}

/** What to say in the last column about a phase whose months are not all shown. */
export function phaseFlags(fase: Fase, schedule: PhaseSchedule | undefined, year: number): string[] {
  const flags: string[] = [];
  if (!schedule || schedule.kind === 'sconosciuta' || schedule.months.length === 0) {
    flags.push(fase.tempistica ? `Mesi non letti dalla tempistica «${fase.tempistica}»` : 'Nessuna tempistica indicata');
  }
  if (schedule?.outOfOrder) flags.push('Scadenza fuori ordine rispetto alle fasi precedenti');
  const others = [...new Set((schedule?.months ?? []).map((m) => Number(m.slice(0, 4))).filter((y) => y !== year))];
  if (others.length > 0) {
    const inYear = (schedule?.months ?? []).some((m) => Number(m.slice(0, 4)) === year);
    const years = others.sort().join(', ');
    flags.push(inYear ? `Anche mesi del ${years} (non mostrati)` : `Mesi del ${years}: non mostrati in questo foglio`);
  }
  return flags;
}

interface Block {
  title: string;
  items: ObiettivoWithResult[];
}

function writeObjectives(b: SheetBuilder, startRow: number, block: Block, year: number): number {
  let r = startRow;
  b.merged(r, COL_N, COL_NOTE, text(block.title), 'block');
  b.height(r, 18);
  r++;
  if (block.items.length === 0) {
    b.merged(r, COL_N, COL_NOTE, text('Nessun obiettivo'), 'cell');
    return r + 1;
  }
  for (const { obiettivo: o, result } of block.items) {
    b.set(r, COL_N, o.numero !== null ? num(o.numero) : text(o.codice), 'objN');
    b.set(r, COL_TITLE, text(o.titolo), 'objTitle');
    b.set(r, COL_PESO, num(o.peso), 'objPeso');
    for (let m = 0; m < 12; m++) b.set(r, COL_M1 + m, undefined, 'objMonth');
    b.set(r, COL_NOTE, undefined, 'objMonth');
    b.height(r, wrappedHeight(o.titolo, WIDTHS[COL_TITLE], 13));
    r++;
    o.fasi.forEach((fase, i) => {
      const schedule = result?.schedules[i];
      b.set(r, COL_N, text(`${fase.numero}.`), 'faseN');
      b.set(r, COL_TITLE, text(fase.attivita), 'fase');
      b.set(r, COL_PESO, undefined, 'fase');
      const keys = monthKeys(year);
      for (let m = 1; m <= 12; m++) {
        const key = keys[m - 1];
        const on = schedule?.months.includes(key) ?? false;
        const deadline = schedule?.deadlines.includes(key) ?? false;
        b.set(r, COL_M1 + m - 1, deadline ? label(DEADLINE_MARK) : undefined, deadline ? 'monthDeadline' : on ? 'monthOn' : 'month');
      }
      const flags = phaseFlags(fase, schedule, year);
      const note = [...flags, ...(schedule?.note ? [schedule.note] : [])].join('; ');
      b.set(r, COL_NOTE, text(note), flags.length > 0 ? 'noteFlag' : 'note');
      b.height(r, Math.max(wrappedHeight(fase.attivita, WIDTHS[COL_TITLE], 12), wrappedHeight(note, WIDTHS[COL_NOTE], 12)));
      r++;
    });
  }
  return r;
}

function writeHeader(b: SheetBuilder, title: string, subtitle: string): void {
  b.merged(0, COL_N, COL_NOTE, text(title), 'title');
  b.height(0, 22);
  b.merged(1, COL_N, COL_TITLE, text(subtitle), 'subtitle');
  // Legend: the three marks a reader meets in the grid.
  b.set(1, COL_PESO, text('Legenda:'), 'subtitle');
  b.set(1, COL_M1, undefined, 'legendOn');
  b.merged(1, COL_M1 + 1, COL_M1 + 3, text('mese di attività'), 'subtitle');
  b.set(1, COL_M1 + 4, text(DEADLINE_MARK), 'legendDeadline');
  b.merged(1, COL_M1 + 5, COL_M1 + 7, text('scadenza'), 'subtitle');
  b.set(1, COL_M1 + 8, undefined, 'legendFlag');
  b.merged(1, COL_M1 + 9, COL_NOTE, text('fase da verificare (nota a destra)'), 'subtitle');
  const headers = ['N.', 'Obiettivo / fase', 'Peso', ...MONTH_ABBR_IT, 'Note e fasi da verificare'];
  headers.forEach((h, c) => b.set(HEADER_ROW, c, text(h), 'header'));
  b.height(HEADER_ROW, 18);
}

function newSheet(name: string, title: string, subtitle: string): SheetBuilder {
  const b = new SheetBuilder(name, 'cronoprogramma', STYLES, {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { from: 0, to: HEADER_ROW },
  });
  b.widths(WIDTHS);
  b.plan.freeze = { rows: HEADER_ROW + 1, cols: 2 };
  b.plan.tabColor = COLORS.block;
  writeHeader(b, title, subtitle);
  return b;
}

function blockTitle(sector: string, manager: string | null): string {
  return manager ? `${sector} — Responsabile: ${manager}` : sector;
}

/** The cronoprogramma sheets, named as wanted (the workbook plan makes the names unique). */
export function planCronoprogramma(analysis: Analysis, opts: CronoOptions = {}): SheetPlan[] {
  const mode = opts.mode ?? analysis.piano.impostazioni.cronoprogramma;
  const ente = analysis.piano.impostazioni.ente;
  const sheets: SheetPlan[] = [];
  for (const year of planYears(analysis.piano)) {
    const all = objectivesOfYear(analysis, year);
    const tutti: Block = { title: 'OBIETTIVI TRASVERSALI — assegnati a tutti i settori', items: all.filter((x) => x.obiettivo.tutti) };
    // Grouped once per year (in plan order), not filtered again for every settore.
    const bySettore = new Map<string, ObiettivoWithResult[]>();
    for (const x of all) {
      if (x.obiettivo.tutti) continue;
      const key = normalizeText(x.obiettivo.settore);
      const list = bySettore.get(key);
      if (list) list.push(x);
      else bySettore.set(key, [x]);
    }
    const settori = settoriOfYear(analysis, year).map((s) => ({
      title: blockTitle(s.sector, s.manager),
      sector: s.sector,
      items: bySettore.get(normalizeText(s.sector)) ?? [],
    }));
    const subtitle = ente ? `${ente} — anno ${year}` : `Anno ${year}`;
    if (mode === 'blocchi') {
      const b = newSheet(`Cronoprogramma ${year}`, `Cronoprogramma ${year}`, subtitle);
      let r = HEADER_ROW + 1;
      for (const block of [...(tutti.items.length > 0 ? [tutti] : []), ...settori]) r = writeObjectives(b, r, block, year) + 1;
      sheets.push(b.plan);
    } else {
      for (const s of settori) {
        const b = newSheet(composeSheetName(`Crono ${year}`, s.sector), `Cronoprogramma ${year} — ${s.sector}`, subtitle);
        let r = HEADER_ROW + 1;
        if (tutti.items.length > 0) r = writeObjectives(b, r, tutti, year) + 1;
        writeObjectives(b, r, s, year);
        sheets.push(b.plan);
      }
    }
  }
  return sheets;
}
