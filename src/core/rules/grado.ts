/**
 * Grado di raggiungimento G of one target/measured pair (docs/regole.md#grado-di-raggiungimento-di-un-indicatore),
 * with the scostamento in the indicator's unit.
 */
import type { Direzione } from '../model';
import type { IndicatorKind, IndicatoreResult } from '../results';
import { dayNumber, excelSerialToDate, type ItDate, roundFloat } from '../values';
import { applyFasce, type Fascia } from '../settings/fasce';
import { isFrequencyText, type Reading } from './reading';

export interface GradoSettings {
  penalitaGiorno: number;
  /** `Fasce ritardo`: G of a late deadline by days late, replacing the per-day penalty. */
  fasceRitardo?: readonly Fascia[] | null;
  consentiOltre100: boolean;
  /** The year of dates written without one: the objective's first year, else the plan year. */
  defaultYear: number | null;
}

/** Why a pair cannot be measured: which cell to fix and what is wrong with it (Italian). */
export interface MeasureProblem {
  field: 'atteso' | 'raggiunto';
  /** `mancante` is reported as ATTESO_MANCANTE, the others as INDICATORE_NON_MISURABILE. */
  reason: 'mancante' | 'errore' | 'illeggibile';
  detail: string;
  /** How to fix it (Italian). */
  fix: string;
}

export type Measure = Omit<IndicatoreResult, 'index' | 'fromFase'> & { problem?: MeasureProblem };

const KIND_WORDS: Record<IndicatorKind, string> = {
  numero: 'un numero',
  percentuale: 'una percentuale',
  data: 'una data',
  livello: 'un livello della scala qualitativa',
  sino: 'SI / NO o una percentuale',
  testo: 'SI / NO (Fatto, Raggiunto, Non raggiunto) o una percentuale',
};

function kindOf(t: Reading): IndicatorKind | null {
  switch (t.t) {
    case 'number':
      return t.percent ? 'percentuale' : 'numero';
    case 'date':
      return 'data';
    case 'level':
      return 'livello';
    case 'yes':
    case 'no':
      return 'sino';
    case 'text':
      return isFrequencyText(t.text) ? null : 'testo';
    default:
      return null;
  }
}

function notMeasured(kind: IndicatorKind | null, stato: IndicatoreResult['stato'], problem?: MeasureProblem): Measure {
  const m: Measure = {
    kind,
    tempo: kind === 'data',
    grado: null,
    scostamento: null,
    scostamentoUnita: unitOf(kind),
    scostamentoPct: null,
    stato,
  };
  if (problem) m.problem = problem;
  return m;
}

function unitOf(kind: IndicatorKind | null): string {
  switch (kind) {
    case 'percentuale':
      return 'punti %';
    case 'data':
      return 'giorni';
    case 'livello':
      return 'livelli';
    case 'sino':
    case 'testo':
      return '%';
    default:
      return '';
  }
}

/** G for numbers; |T| keeps the formulas meaningful for negative targets (`-5` giorni). */
function numericGrado(t: number, a: number, direzione: Direzione): number {
  if (t === 0) {
    if (direzione === 'crescente') return a >= 0 ? 100 : 0;
    return a <= 0 ? 100 : 0;
  }
  const rel = (a - t) / Math.abs(t);
  return direzione === 'crescente' ? 100 * (1 + rel) : 100 * (1 - rel);
}

/** A measured date; a plain number in the range of Excel date serials (years 1954–2119) too. */
function measuredDate(a: Reading): ItDate | null {
  if (a.t === 'date') return a.date;
  if (a.t === 'number' && !a.percent && Number.isInteger(a.value) && a.value > 20000 && a.value < 80000) {
    return excelSerialToDate(a.value);
  }
  return null;
}

/** 100 / 0 for yes / no answers, the value itself for a number 0–100; null otherwise. */
function answerGrado(a: Reading, targetYes: boolean): number | null {
  if (a.t === 'yes') return targetYes ? 100 : 0;
  if (a.t === 'no') return targetYes ? 0 : 100;
  if (a.t === 'number' && a.value >= 0 && a.value <= 100) return a.value;
  return null;
}

export function measure(
  target: Reading,
  actual: Reading,
  direzione: Direzione,
  settings: GradoSettings,
  /** The two values as shown to the user, and the names of their columns. */
  shown: { atteso: string; raggiunto: string; colAtteso: string; colRaggiunto: string },
): Measure {
  if (target.t === 'empty') {
    return notMeasured(null, 'non_misurabile', {
      field: 'atteso',
      reason: 'mancante',
      detail: `manca il valore nella colonna ${shown.colAtteso}`,
      fix: `Scrivere nella colonna ${shown.colAtteso} il traguardo: un numero, una percentuale, una data, un livello della scala (es. «Buono») o SI.`,
    });
  }
  if (target.t === 'error') {
    return notMeasured(null, 'non_misurabile', {
      field: 'atteso',
      reason: 'errore',
      detail: `la cella ${shown.colAtteso} contiene l'errore ${target.code}`,
      fix: `Correggere la formula o il valore nella colonna ${shown.colAtteso}.`,
    });
  }
  const kind = kindOf(target);
  if (kind === null) {
    return notMeasured(null, 'non_misurabile', {
      field: 'atteso',
      reason: 'illeggibile',
      detail: `il valore ${shown.colAtteso} «${shown.atteso}» non è un traguardo misurabile`,
      fix: `Riscrivere il valore nella colonna ${shown.colAtteso} come numero, percentuale, data, livello della scala (es. «Buono») o SI.`,
    });
  }
  if (actual.t === 'empty') return notMeasured(kind, 'da_rilevare');
  if (actual.t === 'error') {
    return notMeasured(kind, 'non_misurabile', {
      field: 'raggiunto',
      reason: 'errore',
      detail: `la cella ${shown.colRaggiunto} contiene l'errore ${actual.code}`,
      fix: `Correggere la formula o il valore nella colonna ${shown.colRaggiunto}.`,
    });
  }

  let grado: number | null = null;
  let scostamento: number | null = null;
  if (target.t === 'number' && actual.t === 'number') {
    grado = numericGrado(target.value, actual.value, direzione);
    scostamento = actual.value - target.value;
  } else if (target.t === 'date') {
    const a = measuredDate(actual);
    if (a) {
      const fallbackYear = settings.defaultYear ?? target.date.year ?? a.year ?? 2000;
      const days = dayNumber(a, fallbackYear) - dayNumber(target.date, fallbackYear);
      if (days <= 0) grado = 100;
      else if (settings.fasceRitardo) grado = applyFasce(settings.fasceRitardo, days);
      else grado = Math.max(0, 100 - days * settings.penalitaGiorno);
      scostamento = days;
    }
  } else if (target.t === 'level' && actual.t === 'level') {
    grado = actual.rank >= target.rank ? 100 : (100 * actual.rank) / target.rank;
    scostamento = actual.rank - target.rank;
  } else if (kind === 'sino' || kind === 'testo') {
    grado = answerGrado(actual, target.t !== 'no');
    if (grado !== null) scostamento = grado - 100;
  }

  if (grado === null || !Number.isFinite(grado)) {
    return notMeasured(kind, 'non_misurabile', {
      field: 'raggiunto',
      reason: 'illeggibile',
      detail: `il valore ${shown.colRaggiunto} «${shown.raggiunto}» non si può confrontare con il valore ${shown.colAtteso} «${shown.atteso}»`,
      fix: `Scrivere nella colonna ${shown.colRaggiunto} ${KIND_WORDS[kind]}.`,
    });
  }
  const max = settings.consentiOltre100 ? Number.POSITIVE_INFINITY : 100;
  const g = roundFloat(Math.min(max, Math.max(0, grado)));
  return {
    kind,
    tempo: kind === 'data',
    grado: g,
    scostamento: scostamento === null ? null : roundFloat(scostamento),
    scostamentoUnita: unitOf(kind),
    scostamentoPct: roundFloat(g - 100),
    stato: 'misurato',
  };
}
