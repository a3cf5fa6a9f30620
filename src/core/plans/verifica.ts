/**
 * What a generated sheet says about the verifica it shows: its name and date, and the SMVP rules
 * the figures were computed with (docs/regole.md#varianti-del-smvp: echoed in every output that shows a score).
 */
import { formatDateIt, formatNumberIt } from '../format';
import type { Impostazioni, Obiettivo, Verifica } from '../model';
import type { Analysis, MomentoVerifica } from '../results';
import { formatFasce } from '../settings/fasce';
import { regoleDa, type RegoleSmvp } from '../rules/smvp';

function dateOf(v: Verifica | undefined): Date | null {
  const d = v?.data?.v;
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : null;
}

/**
 * The date of a verifica for one objective: its own Verifiche row, else the plan's (intermedia:
 * `Data verifica intermedia`; finale: 31 December of the year, the end of the period measured).
 */
export function dataVerifica(o: Obiettivo | null, momento: MomentoVerifica, anno: number, imp: Impostazioni): Date | null {
  const own = dateOf(o?.verifiche.find((v) => v.tipo === momento));
  if (own) return own;
  if (momento === 'intermedia') return imp.dataVerificaIntermedia ?? null;
  return new Date(Date.UTC(anno, 11, 31));
}

/** The date written most often on the year's Verifiche rows of that moment, else the plan's. */
export function dataVerificaAnno(analysis: Analysis, momento: MomentoVerifica, anno: number): Date | null {
  const counts = new Map<number, number>();
  for (const o of analysis.piano.obiettivi) {
    if (!o.anni.includes(anno)) continue;
    const d = dateOf(o.verifiche.find((v) => v.tipo === momento));
    if (d) counts.set(d.getTime(), (counts.get(d.getTime()) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best ? new Date(best[0]) : dataVerifica(null, momento, anno, analysis.piano.impostazioni);
}

/** `Verifica finale al 31/12/2025`, `Verifica intermedia al 30/06/2025`, or the plan without a verifica. */
export function verificaLabel(analysis: Analysis, anno: number): string {
  const momento = analysis.verifica ?? 'finale';
  const d = dataVerificaAnno(analysis, momento, anno);
  return `Verifica ${momento}${d ? ` al ${formatDateIt(d)}` : ''}`;
}

/** The SMVP rules in a clerk's words, one item each (Riepilogo header, CLI, pane). */
export function describeRegole(imp: Impostazioni, regole: RegoleSmvp = regoleDa(imp)): string[] {
  const pesiTutti =
    regole.quotaTutti !== null
      ? `obiettivi TUTTI come quota fissa del ${formatNumberIt(regole.quotaTutti)}% del punteggio di ogni settore`
      : imp.pesiTutti === 'esclusi'
        ? 'obiettivi TUTTI esclusi dai pesi dei settori (100 tra loro)'
        : 'obiettivi TUTTI inclusi nel 100 di ogni settore';
  const ritardo = regole.fasceRitardo
    ? `ritardo sulle scadenze per fasce: ${formatFasce(regole.fasceRitardo, 'giorni')}`
    : imp.penalitaGiorno >= 100
      ? 'scadenza superata: grado 0'
      : `ritardo: meno ${formatNumberIt(imp.penalitaGiorno)} punti per giorno`;
  const fasce = regole.fasce
    ? `fasce di punteggio (${regole.fasceApplicateA === 'obiettivo' ? "sul punteggio dell'obiettivo" : 'su ogni indicatore'}): ${formatFasce(regole.fasce)}`
    : 'nessuna fascia di punteggio';
  return [
    `soglia di raggiungimento ${formatNumberIt(imp.soglia)}%`,
    pesiTutti,
    imp.regolaObiettivo === 'minimo' ? "punteggio dell'obiettivo: l'indicatore peggiore" : "punteggio dell'obiettivo: media degli indicatori",
    fasce,
    ritardo,
    `punteggio dell'ente: ${regole.metodoEnte === 'media dei settori' ? 'media dei settori' : `media dei settori pesata ${regole.metodoEnte}`}`,
    imp.valoriMancanti === 'zero' ? 'indicatori senza valore contati come 0' : 'indicatori senza valore esclusi dalle medie',
    imp.consentiOltre100 ? 'grado oltre 100 ammesso' : 'grado massimo 100',
  ];
}
