/**
 * Riepilogo: a document the Nucleo signs. Its header says which verifica, its date, the SMVP rules
 * applied and the generation date; one row per (Anno, Settore) and an ente row per year counting
 * each objective once; at the end a block for luogo, data and firme. The weight total is a live
 * formula over `Obiettivi` (see weightFormula.ts) with a formula-driven status; the ente punteggio
 * averages the settore punteggi by formula when that is the ente's rule. Achievement figures come
 * from the core as values: they depend on indicator readings no sheet formula can reproduce.
 */
import { a1, type WorkbookGrid } from '../grid';
import type { Analysis, SettoreResult } from '../results';
import { formatDateIt } from '../format';
import { NUCLEO_STYLES, nucleoBlock } from './nucleo';
import { SheetBuilder, num, text, wrappedHeight } from './sheetBuilder';
import { countedObjectives, isTuttiSector, planYears } from './selection';
import { COLORS, withStyles } from './styles';
import type { SheetPlan } from './types';
import { describeRegole, verificaLabel } from './verifica';
import { weightFormula, weightStatusFormula } from './weightFormula';

export const RIEPILOGO_COLUMNS = {
  anno: 0,
  settore: 1,
  responsabile: 2,
  propri: 3,
  tutti: 4,
  pesi: 5,
  stato: 6,
  valore: 7,
  tempi: 8,
  punteggio: 9,
  raggiunti: 10,
  parziali: 11,
  nonRaggiunti: 12,
  daRilevare: 13,
  sottoSoglia: 14,
  fasce: 15,
} as const;

const C = RIEPILOGO_COLUMNS;
export const RIEPILOGO_HEADER_ROW = 4;

const DEFAULT_FASCE = ['0–50', '50–70', '70–90', '90–100', '100 e oltre'];

/*
 * Number formats: each renders in an Italian Excel without a dangling separator (`0.##` would show
 * `100,`): percentages with one decimal (`87,3%`), counts as integers, pesi as General (`12,5`, `100`).
 */
const STYLES = withStyles({
  number: { border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: 'General' },
  score: { border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: '0.0%' },
  ente: { bold: true, fill: COLORS.header, border: 'thin', wrap: true, vAlign: 'top' },
  entePct: { bold: true, fill: COLORS.header, border: 'thin', numberFormat: '0.0%', vAlign: 'top' },
  enteInt: { bold: true, fill: COLORS.header, border: 'thin', hAlign: 'center', numberFormat: '0', vAlign: 'top' },
  status: { border: 'thin', hAlign: 'center', vAlign: 'top', bold: true },
  info: { fontSize: 10, wrap: true, vAlign: 'top' },
  infoBold: { fontSize: 10, bold: true, wrap: true, vAlign: 'top' },
  ...NUCLEO_STYLES,
});

/** A 0–100 figure as the fraction a `%` format shows (`87,3%`). */
function pct(v: number | null | undefined): ReturnType<typeof num> {
  return v === null || v === undefined ? undefined : num(v / 100);
}

function objectiveLabel(analysis: Analysis, id: string): string {
  const o = analysis.piano.obiettivi.find((x) => x.id === id);
  if (!o) return id;
  const n = o.codice ?? (o.numero !== null ? `n. ${o.numero}` : o.titolo);
  return o.tutti ? `TUTTI ${n}` : n;
}

function fasceLabels(analysis: Analysis): string[] {
  const f = analysis.settori.find((s) => s.distribuzione.fasce.length > 0)?.distribuzione.fasce;
  return f ? f.map((x) => x.etichetta) : DEFAULT_FASCE;
}

export interface RiepilogoResult {
  plan: SheetPlan;
  /** Per settore row: which formula kind computes the weight (for the CLI report and the tests). */
  weightKinds: { year: number; sector: string; row: number; kind: 'sumifs' | 'celle' | 'valore' }[];
}

export interface RiepilogoOptions {
  /** The date the sheet is generated on (stated in its header). */
  generatoIl?: Date;
}

export function planRiepilogo(analysis: Analysis, grid?: WorkbookGrid, opts: RiepilogoOptions = {}): RiepilogoResult {
  const fasce = fasceLabels(analysis);
  // The computed punteggio beside the one that counts, only when the Nucleo validated some.
  const validated = analysis.obiettivi.some((r) => r.punteggioValidato !== null);
  const colCalcolato = C.fasce + fasce.length;
  const lastCol = validated ? colCalcolato : C.fasce + fasce.length - 1;
  const b = new SheetBuilder('Riepilogo', 'riepilogo', STYLES, {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { from: 0, to: RIEPILOGO_HEADER_ROW },
  });
  b.plan.tabColor = COLORS.title;
  b.widths([7, 36, 24, 9, 9, 9, 13, 11, 11, 10, 10, 9, 10, 10, 18, ...fasce.map(() => 9), ...(validated ? [13] : [])]);
  b.plan.freeze = { rows: RIEPILOGO_HEADER_ROW + 1, cols: 2 };
  const ente = analysis.piano.impostazioni.ente;
  b.merged(0, 0, lastCol, text(ente ? `Riepilogo del Piano della Performance — ${ente}` : 'Riepilogo del Piano della Performance'), 'title');
  b.height(0, 22);
  const years = planYears(analysis.piano);
  const verifiche = years.map((y) => (years.length > 1 ? `${y}: ${verificaLabel(analysis, y).toLowerCase()}` : verificaLabel(analysis, y)));
  const generato = opts.generatoIl ?? new Date();
  b.merged(1, 0, lastCol, text(`${verifiche.join('; ') || 'Verifica finale'} — generato il ${formatDateIt(generato)}`), 'infoBold');
  b.height(1, 16);
  const regole = describeRegole(analysis.piano.impostazioni, analysis.regole).join('; ');
  b.merged(2, 0, lastCol, text(`Regole del Sistema di misurazione e valutazione (SMVP) applicate: ${regole}.`), 'info');
  b.height(2, wrappedHeight(regole, 200, 13.5, 2));
  b.merged(RIEPILOGO_HEADER_ROW - 1, C.raggiunti, C.sottoSoglia, text('Obiettivi per esito'), 'header');
  b.merged(RIEPILOGO_HEADER_ROW - 1, C.fasce, C.fasce + fasce.length - 1, text('Distribuzione dei punteggi'), 'header');
  const headers = [
    'Anno', 'Settore', 'Responsabile', 'Obiettivi propri', 'Obiettivi TUTTI', 'Somma pesi', 'Stato pesi',
    'Valore raggiunto %', 'Rispetto tempi %', 'Punteggio', 'Raggiunti', 'Parziali', 'Non raggiunti', 'Da rilevare', 'Sotto soglia',
    ...fasce,
    ...(validated ? ['Punteggio calcolato (prima della validazione)'] : []),
  ];
  headers.forEach((h, c) => b.set(RIEPILOGO_HEADER_ROW, c, text(h), 'header'));
  b.height(RIEPILOGO_HEADER_ROW, 42);

  const info = analysis.piano.sheets.find((s) => s.kind === 'obiettivi');
  const weightKinds: RiepilogoResult['weightKinds'] = [];
  // Outcome counts and the distribution by band, alike for a settore row and the ente row.
  const setOutcomes = (row: number, x: Pick<SettoreResult, 'esiti' | 'distribuzione'>, style: string): void => {
    b.set(row, C.raggiunti, num(x.esiti.raggiunti), style);
    b.set(row, C.parziali, num(x.esiti.parziali), style);
    b.set(row, C.nonRaggiunti, num(x.esiti.nonRaggiunti), style);
    b.set(row, C.daRilevare, num(x.esiti.daRilevare), style);
    fasce.forEach((label, i) => {
      const f = x.distribuzione.fasce.find((d) => d.etichetta === label);
      b.set(row, C.fasce + i, num(f?.conteggio ?? 0), style);
    });
  };
  let r = RIEPILOGO_HEADER_ROW + 1;
  const firstData = r;
  for (const year of years) {
    const rows: SettoreResult[] = analysis.settori.filter((s) => s.anno === year);
    const first = r;
    for (const s of rows) {
      b.set(r, C.anno, num(year), 'int');
      b.set(r, C.settore, text(isTuttiSector(analysis, s.settore) ? `${s.settore} (obiettivi trasversali)` : s.settore), 'cell');
      b.set(r, C.responsabile, text(s.responsabile), 'cell');
      const sotto = s.sottoSoglia.map((id) => objectiveLabel(analysis, id)).join(', ');
      b.height(r, Math.max(wrappedHeight(s.settore, 36), wrappedHeight(s.responsabile, 24), wrappedHeight(sotto || null, 18)));
      b.set(r, C.propri, num(s.obiettiviPropri), 'int');
      b.set(r, C.tutti, num(s.obiettiviTutti), 'int');
      const wf = weightFormula(grid, info, s, countedObjectives(analysis, s));
      b.set(r, C.pesi, { t: 'formula', f: wf.formula, result: s.sommaPesi }, 'number');
      weightKinds.push({ year, sector: s.settore, row: r, kind: wf.kind });
      b.set(r, C.stato, { t: 'formula', f: weightStatusFormula(a1(r, C.pesi)), result: s.statoPesi }, 'status');
      b.set(r, C.valore, pct(s.valoreRaggiunto), 'pct');
      b.set(r, C.tempi, pct(s.rispettoTempi), 'pct');
      b.set(r, C.punteggio, pct(s.punteggio), 'score');
      setOutcomes(r, s, 'int');
      b.set(r, C.sottoSoglia, text(sotto), 'cell');
      if (validated) b.set(r, colCalcolato, pct(s.punteggioCalcolato), 'score');
      r++;
    }
    // Ente row: each objective once (a TUTTI objective is one objective of the ente, not one per
    // settore), so its counts are the core's, not sums of the rows above.
    const e = analysis.ente.find((x) => x.anno === year);
    b.set(r, C.anno, num(year), 'enteInt');
    b.set(r, C.settore, text(`${ente ? `ENTE — ${ente}` : 'ENTE'} (ogni obiettivo contato una volta)`), 'ente');
    b.height(r, 28);
    if (e) {
      b.set(r, C.propri, num(e.obiettiviPropri), 'enteInt');
      b.set(r, C.tutti, num(e.obiettiviTutti), 'enteInt');
      b.set(r, C.valore, pct(e.valoreRaggiunto), 'entePct');
      b.set(r, C.tempi, pct(e.rispettoTempi), 'entePct');
      setOutcomes(r, e, 'enteInt');
      if (validated) b.set(r, colCalcolato, pct(e.punteggioCalcolato), 'entePct');
    }
    // The punteggio: the mean of the settore punteggi above, by formula when that is the ente's rule
    // and the core's mean (a TUTTI row under `quota` is a share inside each settore, not a settore).
    const core = e?.punteggio ?? null;
    const media = (analysis.regole?.metodoEnte ?? 'media dei settori') === 'media dei settori' && (analysis.regole?.quotaTutti ?? null) === null;
    const scores = rows.map((s) => s.punteggio).filter((x): x is number => x !== null);
    const mean = scores.length > 0 ? scores.reduce((a, x) => a + x, 0) / scores.length : null;
    const agrees = media && rows.length > 0 && ((mean === null && core === null) || (mean !== null && core !== null && Math.abs(mean - core) <= 0.01));
    b.set(
      r,
      C.punteggio,
      agrees
        ? { t: 'formula', f: `=IFERROR(AVERAGE(${a1(first, C.punteggio)}:${a1(r - 1, C.punteggio)}),"")`, result: core === null ? '' : core / 100 }
        : pct(core),
      'entePct',
    );
    // The rest of the ente row, shaded like it: one cell per position (a second write would not restyle it).
    const written = new Set(b.plan.cells.filter((c) => c.row === r).map((c) => c.col));
    for (let c = C.responsabile; c <= lastCol; c++) if (!written.has(c)) b.set(r, c, undefined, 'ente');
    r += 2;
  }
  if (r > firstData) {
    b.conditional({ r1: firstData, c1: C.stato, r2: r, c2: C.stato }, `=AND(${a1(firstData, C.stato)}<>"",${a1(firstData, C.stato)}<>"OK")`, 'bad');
    b.conditional({ r1: firstData, c1: C.stato, r2: r, c2: C.stato }, `=${a1(firstData, C.stato)}="OK"`, 'ok');
  } else {
    b.merged(r, 0, lastCol, text('Nessun obiettivo letto dal registro.'), 'cell');
    r += 1;
  }
  nucleoBlock(b, r, lastCol, [
    [0, 2],
    [5, 9],
    [11, Math.max(11, Math.min(lastCol, 15))],
  ]);
  return { plan: b.plan, weightKinds };
}
