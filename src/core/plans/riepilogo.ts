/**
 * Riepilogo: one row per (Anno, Settore) and an ente row per year. The weight total is a live
 * formula over `Obiettivi` (see weightFormula.ts) with a formula-driven status; the ente punteggio
 * averages the settore punteggi by formula. Achievement figures come from the core as values:
 * they depend on indicator readings no sheet formula can reproduce.
 */
import { a1, type WorkbookGrid } from '../grid';
import type { Analysis, SettoreResult } from '../results';
import { SheetBuilder, num, text, wrappedHeight } from './sheetBuilder';
import { countedObjectives, isTuttiSector, planYears } from './selection';
import { COLORS, withStyles } from './styles';
import type { SheetPlan } from './types';
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
export const RIEPILOGO_HEADER_ROW = 3;

const DEFAULT_FASCE = ['0–50', '50–70', '70–90', '90–100', '100 e oltre'];

const STYLES = withStyles({
  ente: { bold: true, fill: COLORS.header, border: 'thin' },
  entePct: { bold: true, fill: COLORS.header, border: 'thin', numberFormat: '0.0%' },
  enteScore: { bold: true, fill: COLORS.header, border: 'thin', numberFormat: '0.00' },
  enteInt: { bold: true, fill: COLORS.header, border: 'thin', hAlign: 'center', numberFormat: '0' },
  status: { border: 'thin', hAlign: 'center', vAlign: 'top', bold: true },
});

function pct(v: number | null): ReturnType<typeof num> {
  return v === null ? undefined : num(v / 100);
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

export function planRiepilogo(analysis: Analysis, grid?: WorkbookGrid): RiepilogoResult {
  const fasce = fasceLabels(analysis);
  const lastCol = C.fasce + fasce.length - 1;
  const b = new SheetBuilder('Riepilogo', 'riepilogo', STYLES, {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { from: 0, to: RIEPILOGO_HEADER_ROW },
  });
  b.plan.tabColor = COLORS.title;
  b.widths([7, 36, 24, 9, 9, 9, 13, 11, 11, 10, 10, 9, 10, 10, 18, ...fasce.map(() => 9)]);
  b.plan.freeze = { rows: RIEPILOGO_HEADER_ROW + 1, cols: 2 };
  const ente = analysis.piano.impostazioni.ente;
  b.merged(0, 0, lastCol, text(ente ? `Riepilogo del Piano della Performance — ${ente}` : 'Riepilogo del Piano della Performance'), 'title');
  b.height(0, 22);
  const inclusi = analysis.piano.impostazioni.pesiTutti === 'inclusi';
  b.merged(
    1,
    0,
    lastCol,
    text(
      `La somma dei pesi è una formula sul foglio degli obiettivi (obiettivi TUTTI ${inclusi ? 'inclusi' : 'esclusi'}) e si aggiorna quando si modificano i pesi. ` +
        `Percentuali e punteggi sono calcolati dallo strumento${analysis.verifica ? ` (verifica ${analysis.verifica})` : ''}: ricostruire il file per aggiornarli.`,
    ),
    'subtitle',
  );
  b.height(1, 26);
  b.plan.styles.subtitle = { ...b.plan.styles.subtitle, wrap: true, vAlign: 'top' };
  b.merged(2, C.raggiunti, C.sottoSoglia, text('Obiettivi per esito'), 'header');
  b.merged(2, C.fasce, lastCol, text('Distribuzione dei punteggi'), 'header');
  const headers = [
    'Anno', 'Settore', 'Responsabile', 'Obiettivi propri', 'Obiettivi TUTTI', 'Somma pesi', 'Stato pesi',
    'Valore raggiunto %', 'Rispetto tempi %', 'Punteggio', 'Raggiunti', 'Parziali', 'Non raggiunti', 'Da rilevare', 'Sotto soglia',
    ...fasce,
  ];
  headers.forEach((h, c) => b.set(RIEPILOGO_HEADER_ROW, c, text(h), 'header'));
  b.height(RIEPILOGO_HEADER_ROW, 42);

  const info = analysis.piano.sheets.find((s) => s.kind === 'obiettivi');
  const weightKinds: RiepilogoResult['weightKinds'] = [];
  let r = RIEPILOGO_HEADER_ROW + 1;
  const firstData = r;
  for (const year of planYears(analysis.piano)) {
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
      b.set(r, C.punteggio, num(s.punteggio), 'score');
      b.set(r, C.raggiunti, num(s.esiti.raggiunti), 'int');
      b.set(r, C.parziali, num(s.esiti.parziali), 'int');
      b.set(r, C.nonRaggiunti, num(s.esiti.nonRaggiunti), 'int');
      b.set(r, C.daRilevare, num(s.esiti.daRilevare), 'int');
      b.set(r, C.sottoSoglia, text(sotto), 'cell');
      fasce.forEach((label, i) => {
        const f = s.distribuzione.fasce.find((x) => x.etichetta === label);
        b.set(r, C.fasce + i, num(f?.conteggio ?? 0), 'int');
      });
      r++;
    }
    // Ente row: the punteggio is the mean of the settore punteggi above, by formula when that mean is the core's.
    const enteResult = analysis.ente.find((e) => e.anno === year);
    b.set(r, C.anno, num(year), 'enteInt');
    b.set(r, C.settore, text(ente ? `ENTE — ${ente}` : 'ENTE'), 'ente');
    for (let c = C.responsabile; c <= lastCol; c++) b.set(r, c, undefined, 'ente');
    if (rows.length > 0) {
      const sumOf = (col: number) => ({ t: 'formula' as const, f: `=SUM(${a1(first, col)}:${a1(r - 1, col)})`, result: 0 });
      for (const [col, key] of [
        [C.raggiunti, 'raggiunti'],
        [C.parziali, 'parziali'],
        [C.nonRaggiunti, 'nonRaggiunti'],
        [C.daRilevare, 'daRilevare'],
      ] as const) {
        const v = sumOf(col);
        v.result = rows.reduce((acc, s) => acc + s.esiti[key], 0);
        b.set(r, col, v, 'enteInt');
      }
      const scores = rows.map((s) => s.punteggio).filter((x): x is number => x !== null);
      const mean = scores.length > 0 ? scores.reduce((a, x) => a + x, 0) / scores.length : null;
      const core = enteResult?.punteggio ?? null;
      const agrees = (mean === null && core === null) || (mean !== null && core !== null && Math.abs(mean - core) <= 0.01);
      b.set(
        r,
        C.punteggio,
        agrees
          ? { t: 'formula', f: `=IFERROR(AVERAGE(${a1(first, C.punteggio)}:${a1(r - 1, C.punteggio)}),"")`, result: core ?? '' }
          : num(core),
        'enteScore',
      );
    } else {
      b.set(r, C.punteggio, num(enteResult?.punteggio ?? null), 'enteScore');
    }
    r += 2;
  }
  if (r > firstData) {
    b.conditional({ r1: firstData, c1: C.stato, r2: r, c2: C.stato }, `=AND(${a1(firstData, C.stato)}<>"",${a1(firstData, C.stato)}<>"OK")`, 'bad');
    b.conditional({ r1: firstData, c1: C.stato, r2: r, c2: C.stato }, `=${a1(firstData, C.stato)}="OK"`, 'ok');
  } else {
    b.merged(r, 0, lastCol, text('Nessun obiettivo letto dal registro.'), 'cell');
  }
  return { plan: b.plan, weightKinds };
}
