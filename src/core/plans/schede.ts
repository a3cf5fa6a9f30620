/**
 * Schede obiettivo in the classic layout (header with anno, n°, peso; settore, responsabile, DUP;
 * obiettivo, descrizione; fasi; indici di risultato in four groups; cronoprogramma; verifiche with
 * the two averages; analisi degli scostamenti; personale). One sheet per year with a page break
 * after each scheda: one tab instead of dozens, the whole set prints in one go, one scheda a page.
 */
import { GRUPPI_INDICATORE, type GruppoIndicatore, type Obiettivo, type Verifica } from '../model';
import type { Analysis, IndicatoreResult, MomentoVerifica, ObiettivoResult } from '../results';
import { averagesAt } from '../rules';
import { formatDateIt, formatPctIt } from '../format';
import { MONTH_ABBR_IT, normalizeText } from '../values';
import { DEADLINE_MARK, monthKeys } from './cronoprogramma';
import { rawToPlan, formatScostamento } from './rawValue';
import { MAX_PAGE_BREAKS, pieceName } from './limits';
import { SheetBuilder, label, num, text, wrappedHeight } from './sheetBuilder';
import { objectivesOfYear, planYears } from './selection';
import { COLORS, withStyles } from './styles';
import { dataVerifica } from './verifica';
import type { CellStyle, PlanValue, SheetPlan } from './types';

const LAST = 13;
/** Empty staff rows printed when a scheda lists nobody, to be filled in by hand. */
const BLANK_STAFF_ROWS = 4;
const WIDTHS = [5, ...Array<number>(12).fill(7.2), 9];
/** Approximate characters per merged span, for row heights. */
const charsIn = (c1: number, c2: number) => WIDTHS.slice(c1, c2 + 1).reduce((a, w) => a + w, 0);

const STYLES = withStyles({
  schedaTitle: { bold: true, fontSize: 12, fill: COLORS.block, fontColor: 'FFFFFF', border: 'thin', vAlign: 'middle', hAlign: 'left' },
  big: { bold: true, border: 'thin', vAlign: 'top', wrap: true },
  section: { bold: true, fill: COLORS.header, border: 'thin', vAlign: 'middle' },
  value: { border: 'thin', vAlign: 'top', hAlign: 'center', wrap: true },
  month: { border: 'thin' },
  monthOn: { border: 'thin', fill: COLORS.month },
  monthDeadline: { border: 'thin', fill: COLORS.month, bold: true, hAlign: 'center', fontColor: 'C00000' },
  monthHeader: { bold: true, fill: COLORS.header, border: 'thin', hAlign: 'center', fontSize: 9 },
  small: { border: 'thin', vAlign: 'top', wrap: true, fontSize: 9 },
});

function styleFor(b: SheetBuilder, base: string, numberFormat: string | undefined): string {
  if (!numberFormat) return base;
  const key = `${base}|${numberFormat}`;
  if (!b.plan.styles[key]) b.plan.styles[key] = { ...(b.plan.styles[base] as CellStyle), numberFormat };
  return key;
}

function tipoLabel(o: Obiettivo): string {
  if (o.tipi.length > 0) return o.tipi.map((t) => t.toLowerCase()).join(' ');
  return o.tipoTesto ? o.tipoTesto.toLowerCase() : '';
}

/** The date shown after VERIFICA … AL: the Verifiche row's (even as typed text), else the plan's. */
function verificaDate(analysis: Analysis, o: Obiettivo, v: Verifica | undefined, momento: MomentoVerifica, year: number): string {
  const d = v?.data?.v;
  if (typeof d === 'string' && d.trim()) return d.trim();
  const date = dataVerifica(o, momento, year, analysis.piano.impostazioni);
  return date ? formatDateIt(date) : '';
}

/** An objective's two averages at one verifica. */
type Medie = Pick<ObiettivoResult, 'valoreRaggiunto' | 'rispettoTempi'>;

/** Both verifiche's averages, whichever the analysis was made for: the scheda shows them side by side. */
export interface RisultatiVerifiche {
  intermedia: Map<string, Medie>;
  finale: Map<string, Medie>;
}

export function risultatiVerifiche(analysis: Analysis): RisultatiVerifiche {
  const own = new Map(analysis.obiettivi.map((r) => [r.id, r]));
  // No intermedio value anywhere: nothing to show at the verifica intermedia, and no second pass.
  const intermedi = analysis.piano.obiettivi.some((o) => o.indicatori.some((i) => i.raggiuntoIntermedio !== null && i.raggiuntoIntermedio.v !== null));
  if (analysis.verifica !== 'intermedia' && !intermedi) return { intermedia: new Map(), finale: own };
  const other = (verifica: MomentoVerifica) => averagesAt(analysis.piano, verifica, analysis.regole);
  return analysis.verifica === 'intermedia' ? { intermedia: own, finale: other('finale') } : { intermedia: other('intermedia'), finale: own };
}

interface IndRow {
  descrizione: string;
  atteso: ReturnType<typeof rawToPlan>;
  raggiunto: ReturnType<typeof rawToPlan>;
  scost: string | null;
}

function indicatorRows(analysis: Analysis, o: Obiettivo, res: ObiettivoResult | null): Map<GruppoIndicatore, IndRow[]> {
  const groups = new Map<GruppoIndicatore, IndRow[]>(GRUPPI_INDICATORE.map((g) => [g, []]));
  const intermedia = analysis.verifica === 'intermedia';
  const resultOf = (index: number, fromFase: boolean): IndicatoreResult | undefined =>
    res?.indicatori.find((x) => x.index === index && x.fromFase === fromFase);
  o.indicatori.forEach((ind, i) => {
    const r = resultOf(i, false);
    groups.get(ind.gruppo)?.push({
      descrizione: ind.descrizione,
      atteso: rawToPlan(ind.atteso),
      raggiunto: rawToPlan(intermedia ? ind.raggiuntoIntermedio : ind.raggiunto),
      scost: r?.stato === 'non_valutabile' ? 'non valutabile' : formatScostamento(r?.scostamento ?? null, r?.scostamentoUnita ?? ''),
    });
  });
  o.fasi.forEach((f, i) => {
    if (!f.previsto) return;
    const r = resultOf(i, true);
    const gruppo: GruppoIndicatore = r?.kind === 'data' || r?.tempo ? 'Tempo' : 'Quantità';
    groups.get(gruppo)?.push({
      descrizione: `Fase ${f.numero}: ${f.attivita}`,
      atteso: rawToPlan(f.previsto),
      raggiunto: rawToPlan(f.ottenuto),
      scost: formatScostamento(r?.scostamento ?? null, r?.scostamentoUnita ?? ''),
    });
  });
  return groups;
}

function writeScheda(
  b: SheetBuilder,
  start: number,
  analysis: Analysis,
  o: Obiettivo,
  res: ObiettivoResult | null,
  year: number,
  verifiche: RisultatiVerifiche,
): number {
  const ente = analysis.piano.impostazioni.ente;
  let r = start;
  const numero = o.numero !== null ? String(o.numero) : (o.codice ?? '');
  const tipo = tipoLabel(o);
  const header = `${ente ? `${ente} — ` : ''}ANNO ${o.annoTesto && o.anni.length > 1 ? o.annoTesto : year} - Obiettivo${tipo ? ` ${tipo}` : ''} n° ${numero}`;
  b.merged(r, 0, 10, text(header), 'schedaTitle');
  b.merged(r, 11, LAST, text(o.peso !== null ? `PESO: ${String(o.peso).replace('.', ',')}` : 'PESO: —'), 'schedaTitle');
  b.height(r, 24);
  r++;
  b.merged(r, 0, 4, label('SETTORE'), 'label');
  b.merged(r, 5, 8, label('RESPONSABILE DI SERVIZIO'), 'label');
  b.merged(r, 9, LAST, label('Collegamento con DUP'), 'label');
  r++;
  b.merged(r, 0, 4, text(o.tutti ? `${o.settore} (tutti i settori)` : o.settore), 'big');
  b.merged(r, 5, 8, text(o.responsabile), 'cell');
  b.merged(r, 9, LAST, text(o.dup), 'cell');
  b.height(r, Math.max(wrappedHeight(o.settore, charsIn(0, 4)), wrappedHeight(o.dup, charsIn(9, LAST))));
  r++;
  b.merged(r, 0, 2, label('OBIETTIVO'), 'label');
  b.merged(r, 3, LAST, text(o.titolo), 'big');
  b.height(r, wrappedHeight(o.titolo, charsIn(3, LAST)));
  r++;
  b.merged(r, 0, 2, label('Descrizione obiettivo'), 'label');
  b.merged(r, 3, LAST, text(o.descrizione), 'cell');
  b.height(r, wrappedHeight(o.descrizione, charsIn(3, LAST), 13.5, 2));
  r++;
  b.merged(r, 0, LAST, label('Descrizione delle fasi di attuazione'), 'section');
  r++;
  const fasi = o.fasi.length > 0 ? o.fasi : null;
  if (fasi) {
    for (const f of fasi) {
      b.set(r, 0, num(f.numero), 'int');
      const desc = f.tempistica ? `${f.attivita} — ${f.tempistica}` : f.attivita;
      b.merged(r, 1, LAST, text(desc), 'cell');
      b.height(r, wrappedHeight(desc, charsIn(1, LAST)));
      r++;
    }
  } else {
    b.merged(r, 0, LAST, label('Nessuna fase indicata'), 'small');
    r++;
  }
  b.merged(r, 0, LAST, label('INDICI DI RISULTATO'), 'section');
  r++;
  for (const [gruppo, rows] of indicatorRows(analysis, o, res)) {
    b.merged(r, 0, 7, text(`Indici di ${gruppo}`), 'headerLeft');
    b.merged(r, 8, 9, label('ATTESO'), 'header');
    b.merged(r, 10, 11, text(analysis.verifica === 'intermedia' ? 'RAGGIUNTO (interm.)' : 'RAGGIUNTO'), 'header');
    b.merged(r, 12, LAST, label('Scost.'), 'header');
    r++;
    for (const row of rows) {
      b.merged(r, 0, 7, text(row.descrizione), 'cell');
      b.merged(r, 8, 9, row.atteso.value, styleFor(b, 'value', row.atteso.numberFormat));
      b.merged(r, 10, 11, row.raggiunto.value, styleFor(b, 'value', row.raggiunto.numberFormat));
      b.merged(r, 12, LAST, text(row.scost), 'value');
      b.height(r, wrappedHeight(row.descrizione, charsIn(0, 7)));
      r++;
    }
  }
  // Cronoprogramma grid: phases × months of the sheet's year.
  b.merged(r, 0, LAST, label('CRONOPROGRAMMA'), 'section');
  r++;
  b.set(r, 0, label('Fasi'), 'monthHeader');
  MONTH_ABBR_IT.forEach((m, i) => b.set(r, 1 + i, label(m), 'monthHeader'));
  b.set(r, LAST, label('Note'), 'monthHeader');
  r++;
  o.fasi.forEach((f, i) => {
    const s = res?.schedules[i];
    b.set(r, 0, num(f.numero), 'int');
    const keys = monthKeys(year);
    for (let m = 1; m <= 12; m++) {
      const key = keys[m - 1];
      const deadline = s?.deadlines.includes(key) ?? false;
      const on = s?.months.includes(key) ?? false;
      b.set(r, m, deadline ? label(DEADLINE_MARK) : undefined, deadline ? 'monthDeadline' : on ? 'monthOn' : 'month');
    }
    const unread = !s || s.kind === 'sconosciuta' || s.months.length === 0;
    b.set(r, LAST, text(unread ? 'da verificare' : s.outOfOrder ? 'fuori ordine' : undefined), unread || s.outOfOrder ? 'small' : 'month');
    r++;
  });
  // Verifiche side by side, as in the classic scheda: each column filled whenever its values exist.
  const intermedia = o.verifiche.find((v) => v.tipo === 'intermedia');
  const finale = o.verifiche.find((v) => v.tipo === 'finale');
  const dInt = verificaDate(analysis, o, intermedia, 'intermedia', year);
  const dFin = verificaDate(analysis, o, finale, 'finale', year);
  b.merged(r, 0, 6, text(`VERIFICA INTERMEDIA AL ${dInt}`.trim()), 'section');
  b.merged(r, 7, LAST, text(`VERIFICA FINALE AL ${dFin}`.trim()), 'section');
  r++;
  const resInt = verifiche.intermedia.get(o.id) ?? null;
  const resFin = verifiche.finale.get(o.id) ?? null;
  const pctValue = (v: number | null | undefined): PlanValue | undefined => (v !== null && v !== undefined ? num(v / 100) : undefined);
  for (const [label, pick] of [
    ['MEDIA VALORE RAGGIUNTO %', (x: Medie | null) => x?.valoreRaggiunto],
    ['MEDIA RISPETTO DEI TEMPI %', (x: Medie | null) => x?.rispettoTempi],
  ] as const) {
    b.merged(r, 0, 4, text(label), 'label');
    b.merged(r, 5, 6, pctValue(pick(resInt)), 'pct');
    b.merged(r, 7, 11, text(label), 'label');
    b.merged(r, 12, LAST, pctValue(pick(resFin)), 'pct');
    r++;
  }
  const line = punteggioLine(o, res, analysis.verifica ?? 'finale');
  if (line) {
    b.merged(r, 0, LAST, text(line), 'small');
    b.height(r, wrappedHeight(line, charsIn(0, LAST), 12));
    r++;
  }
  b.merged(r, 0, 6, label('Analisi degli scostamenti — verifica intermedia'), 'headerLeft');
  b.merged(r, 7, LAST, label('Analisi degli scostamenti — verifica finale'), 'headerLeft');
  r++;
  for (const [label, key] of [
    ['Cause', 'cause'],
    ['Effetti', 'effetti'],
    ['Provvedimenti correttivi intrapresi', 'provvedimentiIntrapresi'],
    ['Provvedimenti correttivi da attivare', 'provvedimentiDaAttivare'],
  ] as const) {
    const a = intermedia?.[key] ?? null;
    const f = finale?.[key] ?? null;
    b.merged(r, 0, 2, text(label), 'label');
    b.merged(r, 3, 6, text(a), 'cell');
    b.merged(r, 7, 9, text(label), 'label');
    b.merged(r, 10, LAST, text(f), 'cell');
    b.height(r, Math.max(wrappedHeight(label, charsIn(0, 2)), wrappedHeight(a, charsIn(3, 6)), wrappedHeight(f, charsIn(10, LAST))));
    r++;
  }
  b.merged(r, 0, LAST, text("PERSONALE COINVOLTO NELL'OBIETTIVO"), 'section');
  r++;
  b.merged(r, 0, 1, label('Cat.'), 'header');
  b.merged(r, 2, 10, label('Cognome e Nome'), 'header');
  b.merged(r, 11, LAST, label('% Partecipazione'), 'header');
  r++;
  let total = 0;
  for (const p of o.personale) {
    b.merged(r, 0, 1, text(p.categoria), 'cellCenter');
    b.merged(r, 2, 10, text(p.nominativo), 'cell');
    b.merged(r, 11, LAST, p.partecipazione !== null ? num(p.partecipazione / 100) : undefined, 'pct');
    total += p.partecipazione ?? 0;
    r++;
  }
  // No staff listed: empty bordered rows to fill in by hand, and no total (a printed 0,0% would
  // read as "nobody works on it").
  const blank = o.personale.length === 0;
  for (let i = 0; blank && i < BLANK_STAFF_ROWS; i++) {
    b.merged(r, 0, 1, undefined, 'cellCenter');
    b.merged(r, 2, 10, undefined, 'cell');
    b.merged(r, 11, LAST, undefined, 'pct');
    b.height(r, 18);
    r++;
  }
  b.merged(r, 0, 10, label('totale partecipazione agli obiettivi'), 'label');
  b.merged(r, 11, LAST, blank ? undefined : num(total / 100), 'pct');
  return r;
}

/** `Punteggio dell'obiettivo (verifica finale): 87,3% — raggiunto`, with the Nucleo's validation beside the computed one. */
function punteggioLine(o: Obiettivo, res: ObiettivoResult | null, momento: MomentoVerifica): string | null {
  if (!res || (res.punteggio === null && res.punteggioValidato === null)) return null;
  const head = `Punteggio dell'obiettivo (verifica ${momento}): ${formatPctIt(res.punteggio, 1)} — ${res.classificazione.replace(/_/g, ' ')}`;
  if (res.punteggioValidato === null) return head;
  const nota = o.notaNucleo?.trim();
  return `${head}. Calcolato ${formatPctIt(res.punteggioCalcolato, 1)}, validato dal Nucleo ${formatPctIt(res.punteggioValidato, 1)}${nota ? `: ${nota}` : ''}`;
}

export function planSchede(analysis: Analysis): SheetPlan[] {
  const sheets: SheetPlan[] = [];
  const verifiche = risultatiVerifiche(analysis);
  for (const year of planYears(analysis.piano)) {
    const items = objectivesOfYear(analysis, year).sort((a, b) => {
      // TUTTI first, then by settore and number, as in the printed plans.
      if (a.obiettivo.tutti !== b.obiettivo.tutti) return a.obiettivo.tutti ? -1 : 1;
      const s = normalizeText(a.obiettivo.settore).localeCompare(normalizeText(b.obiettivo.settore));
      return s !== 0 ? s : (a.obiettivo.numero ?? 0) - (b.obiettivo.numero ?? 0);
    });
    // Excel keeps 1,023 manual breaks a sheet: a year with more schede is split into sheets of
    // 1,024 schede each, here where they are made (splitting a finished plan copied every cell).
    const whole = `Schede ${year}`;
    const count = Math.max(1, Math.ceil(items.length / (MAX_PAGE_BREAKS + 1)));
    const sheet = (k: number): SheetBuilder => {
      const sb = new SheetBuilder(pieceName(whole, k), 'schede', STYLES, {
        orientation: 'portrait',
        paper: 'A4',
        fitToWidth: true,
        rowBreaks: [],
      });
      sb.widths(WIDTHS);
      sb.plan.tabColor = COLORS.month;
      if (count > 1) sb.plan.pieceOf = { name: whole, index: k, count };
      return sb;
    };
    let b = sheet(0);
    let r = 0;
    items.forEach(({ obiettivo, result }, i) => {
      if (i > 0 && i % (MAX_PAGE_BREAKS + 1) === 0) {
        b.plan.print.rowBreaks?.pop();
        sheets.push(b.plan);
        b = sheet(i / (MAX_PAGE_BREAKS + 1));
        r = 0;
      }
      const last = writeScheda(b, r, analysis, obiettivo, result, year, verifiche);
      b.plan.print.rowBreaks?.push(last);
      r = last + 1;
    });
    b.plan.print.rowBreaks?.pop();
    if (items.length === 0) b.merged(0, 0, LAST, text(`Nessun obiettivo per il ${year}`), 'cell');
    sheets.push(b.plan);
  }
  return sheets;
}
