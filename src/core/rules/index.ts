/**
 * The rules of docs/regole.md in one pass over a plan: each objective's indicators, averages and
 * schedules; the weights of each (year, settore); settore and ente punteggi; and every rule
 * diagnostic. Pure and total: odd models give diagnostics and nulls, never an exception.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Obiettivo, Piano } from '../model';
import type { EnteResult, MomentoVerifica, ObiettivoResult, SettoreResult } from '../results';
import type { RuleContext } from './context';
import { groupPlan } from './groups';
import { type MeasuredIndicator, measureIndicators } from './indicators';
import { scoreObjective } from './objective';
import { checkPartecipazione } from './personale';
import { checkSchedules, schedulesOf } from './schedules';
import { enteResults, settoreResults } from './settori';
import { checkWeights } from './weights';
import { labelObiettivo, whereOf } from './where';

export interface Evaluation {
  diagnostics: Diagnostic[];
  obiettivi: ObiettivoResult[];
  settori: SettoreResult[];
  ente: EnteResult[];
}

function evaluateObiettivo(o: Obiettivo, ctx: RuleContext, planYear: number | null, diagnostics: Diagnostic[]): ObiettivoResult {
  const indicators: MeasuredIndicator[] = measureIndicators(o, ctx, diagnostics);
  if (indicators.length === 0) {
    diagnostics.push(
      diagnose('OBIETTIVO_SENZA_INDICATORI', { obiettivo: labelObiettivo(o) }, whereOf(o.source, ['titolo', 'numero', 'codice'])),
    );
  }
  const schedules = schedulesOf(o, planYear);
  checkSchedules(o, schedules, diagnostics);
  return {
    id: o.id,
    ...scoreObjective(indicators, ctx.impostazioni),
    indicatori: indicators.map((i) => i.result),
    schedules,
  };
}

/** Applies docs/regole.md to a plan: computations and the rule diagnostics, in one pass. Never throws. */
export function evaluate(piano: Piano, opts: { verifica: MomentoVerifica | null }): Evaluation {
  const diagnostics: Diagnostic[] = [];
  const ctx: RuleContext = { impostazioni: piano.impostazioni, verifica: opts.verifica };
  const planYear = piano.impostazioni.anno;
  const obiettivi = piano.obiettivi.map((o) => evaluateObiettivo(o, ctx, planYear, diagnostics));
  const grouping = groupPlan(piano);
  const checks = checkWeights(piano, grouping, diagnostics);
  const settori = settoreResults(piano, grouping, checks, obiettivi);
  checkPartecipazione(piano, diagnostics);
  return { diagnostics, obiettivi, settori, ente: enteResults(grouping.years, settori) };
}
