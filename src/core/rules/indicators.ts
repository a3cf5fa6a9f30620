/**
 * The indicators of one objective: the rows of `Indicatori` and the phases with a Previsto
 * (docs/regole.md#grado-di-raggiungimento-di-un-indicatore: phases with a Previsto are indicators too), each measured and checked.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Direzione, Obiettivo, RawValue, Source } from '../model';
import type { IndicatoreResult } from '../results';
import { readText } from '../values';
import type { RuleContext } from './context';
import { type GradoSettings, measure } from './grado';
import { readRaw } from './reading';
import { labelObiettivo, whereOf } from './where';

/** One target/measured pair to measure, whichever sheet it came from. */
interface Pair {
  index: number;
  fromFase: boolean;
  name: string;
  atteso: RawValue | null;
  raggiunto: RawValue | null;
  direzione: Direzione;
  source: Source;
  colAtteso: string;
  colRaggiunto: string;
  /** The model field of the measured value, for the cell address. */
  fieldRaggiunto: string;
  fieldAtteso: string;
  /** Whether a missing measured value is worth a RAGGIUNTO_MANCANTE at this verifica. */
  expectedNow: boolean;
}

export interface MeasuredIndicator {
  result: IndicatoreResult;
  /** Indicator weight inside its objective (Indicatori's Peso column); null for phases. */
  peso: number | null;
}

function hasValue(raw: RawValue | null): boolean {
  return readRaw(raw, []).t !== 'empty';
}

function pairsOf(o: Obiettivo, ctx: RuleContext): Pair[] {
  const intermedia = ctx.verifica === 'intermedia';
  const pairs: Pair[] = o.indicatori.map((ind, index) => ({
    index,
    fromFase: false,
    name: `Indicatore «${ind.descrizione.trim() || index + 1}»`,
    atteso: ind.atteso,
    raggiunto: intermedia ? ind.raggiuntoIntermedio : ind.raggiunto,
    direzione: ind.direzione,
    source: ind.source,
    colAtteso: 'Atteso',
    colRaggiunto: intermedia ? 'Raggiunto intermedio' : 'Raggiunto',
    fieldAtteso: 'atteso',
    fieldRaggiunto: intermedia ? 'raggiuntoIntermedio' : 'raggiunto',
    expectedNow: ctx.verifica !== null,
  }));
  o.fasi.forEach((f, index) => {
    if (!hasValue(f.previsto)) return;
    pairs.push({
      index,
      fromFase: true,
      name: `Fase ${f.numero} «${f.attivita.trim()}»`,
      atteso: f.previsto,
      raggiunto: f.ottenuto,
      direzione: 'crescente',
      source: f.source,
      colAtteso: 'Previsto',
      colRaggiunto: 'Ottenuto',
      fieldAtteso: 'previsto',
      fieldRaggiunto: 'ottenuto',
      // Phases have a single Ottenuto column, filled when the phase is done: only the verifica
      // finale expects it.
      expectedNow: ctx.verifica === 'finale',
    });
  });
  return pairs;
}

function shownValue(raw: RawValue | null): string {
  if (!raw) return '';
  return readText(raw.v, raw.fmt) ?? '';
}

export function measureIndicators(
  o: Obiettivo,
  ctx: RuleContext,
  diagnostics: Diagnostic[],
): MeasuredIndicator[] {
  const imp = ctx.impostazioni;
  const settings: GradoSettings = {
    penalitaGiorno: Number.isFinite(imp.penalitaGiorno) ? Math.max(0, imp.penalitaGiorno) : 100,
    consentiOltre100: imp.consentiOltre100,
    defaultYear: o.anni[0] ?? imp.anno ?? null,
    fasceRitardo: ctx.regole.fasceRitardo,
  };
  const label = labelObiettivo(o);
  return pairsOf(o, ctx).map((p) => {
    const m = measure(readRaw(p.atteso, imp.scala), readRaw(p.raggiunto, imp.scala), p.direzione, settings, {
      atteso: shownValue(p.atteso),
      raggiunto: shownValue(p.raggiunto),
      colAtteso: p.colAtteso,
      colRaggiunto: p.colRaggiunto,
    });
    const { problem, ...measured } = m;
    const ind = p.fromFase ? null : o.indicatori[p.index];
    // docs/regole.md#indicatori-di-tempo: Tipo `Tempo` makes a time indicator whatever its values (days, % of deadlines met).
    const rest = { ...measured, tempo: measured.tempo || ind?.gruppo === 'Tempo' };
    if (ind?.nonValutabile) {
      // Set aside by the Nucleo: out of every average, and no value is asked for.
      return { result: { index: p.index, fromFase: p.fromFase, ...rest, stato: 'non_valutabile' as const }, peso: ind.peso ?? null };
    }
    const who = `${p.name} dell'obiettivo ${label}`;
    if (problem) {
      const raw = problem.field === 'atteso' ? p.atteso : p.raggiunto;
      const field = problem.field === 'atteso' ? p.fieldAtteso : p.fieldRaggiunto;
      const where = whereOf(p.source, [field], raw);
      if (problem.reason === 'mancante') {
        diagnostics.push(diagnose('ATTESO_MANCANTE', { indicatore: who, dettaglio: problem.detail, rimedio: problem.fix }, where));
      } else {
        diagnostics.push(diagnose('INDICATORE_NON_MISURABILE', { indicatore: who, dettaglio: problem.detail, rimedio: problem.fix }, where));
      }
    } else if (rest.stato === 'da_rilevare' && p.expectedNow) {
      diagnostics.push(
        diagnose(
          'RAGGIUNTO_MANCANTE',
          { indicatore: who, verifica: ctx.verifica === 'intermedia' ? 'intermedia' : 'finale', colonna: p.colRaggiunto },
          whereOf(p.source, [p.fieldRaggiunto], p.raggiunto),
        ),
      );
    }
    const peso = p.fromFase ? null : (o.indicatori[p.index].peso ?? null);
    return { result: { index: p.index, fromFase: p.fromFase, ...rest }, peso };
  });
}
