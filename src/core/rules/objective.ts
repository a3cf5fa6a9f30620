/** One objective's averages and classification (docs/regole.md#un-obiettivo). */
import type { Impostazioni } from '../model';
import { applyFasce } from '../settings/fasce';
import type { Classificazione, ClassificazioneTempi } from '../results';
import { roundFloat } from '../values';
import type { MeasuredIndicator } from './indicators';
import type { RegoleSmvp } from './smvp';

export interface ObjectiveScores {
  valoreRaggiunto: number | null;
  rispettoTempi: number | null;
  punteggio: number | null;
  punteggioCalcolato: number | null;
  punteggioValidato: number | null;
  classificazione: Classificazione;
  tempi: ClassificazioneTempi;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return roundFloat(values.reduce((s, v) => s + v, 0) / values.length);
}

/**
 * Weighted by the indicators' Peso only when every counted indicator has one and they add up to
 * more than 0: a partly filled Peso column cannot say how much the others weigh.
 */
function punteggio(items: { g: number; peso: number | null }[], regola: Impostazioni['regolaObiettivo']): number | null {
  if (items.length === 0) return null;
  if (regola === 'minimo') return Math.min(...items.map((i) => i.g));
  const weights = items.map((i) => i.peso);
  const total = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
  if (weights.every((w) => w !== null && Number.isFinite(w) && w >= 0) && total > 0) {
    return roundFloat(items.reduce((s, i) => s + i.g * (i.peso ?? 0), 0) / total);
  }
  return mean(items.map((i) => i.g));
}

export function classify(score: number | null, soglia: number): Classificazione {
  if (score === null) return 'da_rilevare';
  if (score >= soglia) return 'raggiunto';
  if (score < 50) return 'non_raggiunto';
  return 'parzialmente_raggiunto';
}

/**
 * Banding of each G (`Fasce applicate a = indicatore`): recorded on the indicator's result as
 * `gradoFasce`, so the pane can show both and every average reads the banded value.
 */
export function bandIndicators(indicators: MeasuredIndicator[], regole: RegoleSmvp): void {
  if (!regole.fasce || regole.fasceApplicateA !== 'indicatore') return;
  for (const i of indicators) {
    if (i.result.grado !== null) i.result.gradoFasce = roundFloat(applyFasce(regole.fasce, i.result.grado));
  }
}

/**
 * docs/regole.md#un-obiettivo (+ docs/regole.md#varianti-del-smvp): averages over the measured indicators (banded G when
 * bands apply to indicators), the punteggio (banded when they apply to the objective), and the
 * Nucleo's validated punteggio winning over the computed one.
 */
export function scoreObjective(
  indicators: MeasuredIndicator[],
  imp: Impostazioni,
  regole: RegoleSmvp,
  validato: number | null = null,
): ObjectiveScores {
  const zero = imp.valoriMancanti === 'zero';
  // Not measurable pairs and those the Nucleo set aside are always left out; not yet measured ones
  // count as 0 only with the `Valori mancanti = zero` setting.
  const counted = indicators
    .filter((i) => i.result.stato === 'misurato' || (zero && i.result.stato === 'da_rilevare'))
    .map((i) => ({ g: i.result.gradoFasce ?? i.result.grado ?? 0, peso: i.peso, tempo: i.result.tempo }));
  const achievedPct = mean(counted.filter((i) => !i.tempo).map((i) => i.g));
  const onTimePct = mean(counted.filter((i) => i.tempo).map((i) => i.g));
  let computed = punteggio(counted, imp.regolaObiettivo);
  if (computed === null && zero) computed = 0;
  if (computed !== null && regole.fasce && regole.fasceApplicateA === 'obiettivo') computed = roundFloat(applyFasce(regole.fasce, computed));
  const score = validato ?? computed;
  const tempi: ClassificazioneTempi =
    onTimePct === null ? 'non_misurabile' : onTimePct >= 100 - 1e-9 ? 'nei_tempi' : 'in_ritardo';
  return {
    valoreRaggiunto: achievedPct,
    rispettoTempi: onTimePct,
    punteggio: score,
    punteggioCalcolato: computed,
    punteggioValidato: validato,
    classificazione: classify(score, imp.soglia),
    tempi,
  };
}
