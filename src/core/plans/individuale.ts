/**
 * Valutazione individuale: the objectives' part of each person's evaluation
 * (docs/regole.md#parte-individuale), one sheet per year. First the distribution of the individual punteggi by the Riepilogo's
 * bands (the Nucleo must see at once whether evaluations are differentiated), then each person
 * with categoria, total participation and individual punteggio, and under it the objectives with
 * % partecipazione and punteggio; at the end the Nucleo's signature block.
 */
import { formatDateIt } from '../format';
import type { Analysis, PersonaResult } from '../results';
import { distribuzione } from '../rules/distribution';
import { NUCLEO_STYLES, nucleoBlock } from './nucleo';
import { SheetBuilder, num, text, wrappedHeight } from './sheetBuilder';
import { COLORS, withStyles } from './styles';
import type { SheetPlan } from './types';
import { verificaLabel } from './verifica';

/** Columns: Nominativo, Categoria, Settore, N., Obiettivo, % partecipazione, Punteggio obiettivo, Punteggio individuale. */
export const INDIVIDUALE_COLUMNS = { nominativo: 0, categoria: 1, settore: 2, numero: 3, obiettivo: 4, partecipazione: 5, punteggio: 6, individuale: 7 } as const;
const C = INDIVIDUALE_COLUMNS;
const LAST = C.individuale;
const WIDTHS = [26, 9, 22, 5, 38, 13, 12, 13];

/* Formats that render in an Italian Excel without a dangling separator: `87,3%`, integers. */
const STYLES = withStyles({
  person: { bold: true, fill: COLORS.objective, border: 'thin', vAlign: 'top', wrap: true },
  personPct: { bold: true, fill: COLORS.objective, border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: '0.0%' },
  score: { border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: '0.0%' },
  info: { fontSize: 10, wrap: true, vAlign: 'top' },
  infoBold: { fontSize: 10, bold: true, wrap: true, vAlign: 'top' },
  ...NUCLEO_STYLES,
});

/** A 0–100 figure as the fraction a `%` format shows. */
function pct(v: number | null): ReturnType<typeof num> {
  return v === null ? undefined : num(v / 100);
}

function titleOf(analysis: Analysis, id: string): string {
  return analysis.piano.obiettivi.find((o) => o.id === id)?.titolo ?? '';
}

function writePerson(b: SheetBuilder, r: number, analysis: Analysis, p: PersonaResult): number {
  b.set(r, C.nominativo, text(p.nominativo), 'person');
  b.set(r, C.categoria, text(p.categoria), 'person');
  b.merged(r, C.settore, C.obiettivo, text(`${p.obiettivi.length} ${p.obiettivi.length === 1 ? 'obiettivo' : 'obiettivi'}`), 'person');
  b.set(r, C.partecipazione, pct(p.partecipazioneTotale), 'personPct');
  b.set(r, C.punteggio, undefined, 'person');
  b.set(r, C.individuale, pct(p.punteggio), 'personPct');
  r++;
  for (const x of p.obiettivi) {
    const o = analysis.piano.obiettivi.find((y) => y.id === x.id);
    b.set(r, C.nominativo, undefined, 'cell');
    b.set(r, C.categoria, undefined, 'cell');
    b.set(r, C.settore, text(o?.tutti ? `${x.settore} (tutti i settori)` : x.settore), 'cell');
    b.set(r, C.numero, num(x.numero), 'int');
    const titolo = titleOf(analysis, x.id);
    b.set(r, C.obiettivo, text(titolo), 'cell');
    b.set(r, C.partecipazione, pct(x.partecipazione), 'pct');
    b.set(r, C.punteggio, pct(x.punteggio), 'score');
    b.set(r, C.individuale, x.punteggio === null ? text('da rilevare') : undefined, 'cellCenter');
    b.height(r, Math.max(wrappedHeight(titolo, WIDTHS[C.obiettivo]), wrappedHeight(x.settore, WIDTHS[C.settore])));
    r++;
  }
  return r;
}

export interface IndividualeOptions {
  generatoIl?: Date;
}

/** One sheet per year with people on its objectives; none when no objective lists Personale. */
export function planIndividuale(analysis: Analysis, opts: IndividualeOptions = {}): SheetPlan[] {
  const persone = analysis.persone ?? [];
  const years = [...new Set(persone.map((p) => p.anno))].sort((a, b) => a - b);
  const ente = analysis.piano.impostazioni.ente;
  return years.map((anno) => {
    const people = persone.filter((p) => p.anno === anno);
    const b = new SheetBuilder(`Valutazione individuale ${anno}`, 'individuale', STYLES, {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
    });
    b.widths(WIDTHS);
    b.plan.tabColor = COLORS.block;
    b.merged(0, 0, LAST, text(`Valutazione individuale ${anno} — parte obiettivi${ente ? ` — ${ente}` : ''}`), 'title');
    b.height(0, 22);
    b.merged(1, 0, LAST, text(`${verificaLabel(analysis, anno)} — generato il ${formatDateIt(opts.generatoIl ?? new Date())}`), 'infoBold');
    const how =
      'Punteggio individuale = somma di (% partecipazione × punteggio dell’obiettivo) divisa per la somma delle % partecipazione, sugli obiettivi che hanno un punteggio (validato dal Nucleo quando c’è).';
    b.merged(2, 0, LAST, text(how), 'info');
    b.height(2, wrappedHeight(how, 130, 13.5, 2));

    // Distribution of the individual punteggi, by the Riepilogo's bands: one line per band.
    const dist = distribuzione(people.filter((p) => p.punteggio !== null).map((p) => p.punteggio as number)).fasce;
    let r = 4;
    b.merged(r, 0, 4, text('Distribuzione dei punteggi individuali'), 'headerLeft');
    b.set(r, C.partecipazione, text('Persone'), 'header');
    r++;
    for (const [label, count] of [...dist.map((f) => [`Punteggio ${f.etichetta}`, f.conteggio] as const), ['Da rilevare', people.filter((p) => p.punteggio === null).length] as const]) {
      b.merged(r, 0, 4, text(label), 'cell');
      b.set(r, C.partecipazione, num(count), 'int');
      r++;
    }
    r++;

    const headers = ['Cognome e nome', 'Categoria', 'Settore', 'N.', 'Obiettivo', '% partecipazione', 'Punteggio obiettivo', 'Punteggio individuale'];
    headers.forEach((h, c) => b.set(r, c, text(h), 'header'));
    b.height(r, 30);
    b.plan.print.titleRows = { from: r, to: r };
    b.plan.freeze = { rows: r + 1, cols: 1 };
    r++;
    for (const p of people) r = writePerson(b, r, analysis, p);
    nucleoBlock(b, r, LAST, [
      [0, 1],
      [2, 4],
      [5, 7],
    ]);
    return b.plan;
  });
}
