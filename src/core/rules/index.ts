/**
 * The rules of docs/regole.md in one pass over a plan: each objective's indicators, averages and
 * schedules; the weights of each (year, settore); settore and ente punteggi; and every rule
 * diagnostic. Pure and total: odd models give diagnostics and nulls, never an exception.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Obiettivo, Piano } from '../model';
import type { EnteResult, MomentoVerifica, ObiettivoResult, PersonaResult, SettoreResult } from '../results';
import type { RuleContext } from './context';
import { groupPlan } from './groups';
import { type MeasuredIndicator, measureIndicators } from './indicators';
import { enteResults } from './ente';
import { bandIndicators, type ObjectiveScores, scoreObjective } from './objective';
import { checkPartecipazione, personeResults } from './personale';
import { checkSchedules, schedulesOf } from './schedules';
import { settoreResults } from './settori';
import { checkQuota, type RegoleSmvp, regoleDa } from './smvp';
import { checkValidationNote, readValidato } from './validation';
import { checkWeights } from './weights';
import { labelObiettivo, whereOf } from './where';

export interface Evaluation {
  diagnostics: Diagnostic[];
  obiettivi: ObiettivoResult[];
  settori: SettoreResult[];
  ente: EnteResult[];
  persone: PersonaResult[];
  regole: RegoleSmvp;
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
  bandIndicators(indicators, ctx.regole);
  const scores = scoreObjective(indicators, ctx.impostazioni, ctx.regole, readValidato(o, diagnostics));
  checkValidationNote(o, scores.punteggioCalcolato, scores.punteggioValidato, diagnostics);
  return {
    id: o.id,
    ...scores,
    indicatori: indicators.map((i) => i.result),
    schedules,
  };
}

/** Applies docs/regole.md to a plan: computations and the rule diagnostics, in one pass. Never throws. */
export function evaluate(piano: Piano, opts: { verifica: MomentoVerifica | null; regole?: RegoleSmvp }): Evaluation {
  const diagnostics: Diagnostic[] = [];
  const regole = opts.regole ?? regoleDa(piano.impostazioni);
  const ctx: RuleContext = { impostazioni: piano.impostazioni, verifica: opts.verifica, regole };
  checkQuota(piano.impostazioni, regole, diagnostics);
  const planYear = piano.impostazioni.anno;
  const obiettivi = piano.obiettivi.map((o) => evaluateObiettivo(o, ctx, planYear, diagnostics));
  const grouping = groupPlan(piano);
  const checks = checkWeights(piano, grouping, diagnostics);
  const settori = settoreResults(piano, grouping, checks, obiettivi, regole.quotaTutti);
  checkPartecipazione(piano, diagnostics);
  const ente = enteResults({ piano, grouping, settori, obiettivi, metodo: regole.metodoEnte, tuttiInsideSettori: regole.quotaTutti !== null });
  return { diagnostics, obiettivi, settori, ente, persone: personeResults(piano, obiettivi), regole };
}

/**
 * Each objective's averages at a verifica, without schedules, weights, validation or diagnostics:
 * what a scheda needs to show the other verifica beside the one the analysis was made for.
 */
export function averagesAt(piano: Piano, verifica: MomentoVerifica, regole: RegoleSmvp = regoleDa(piano.impostazioni)): Map<string, ObjectiveScores> {
  const ctx: RuleContext = { impostazioni: piano.impostazioni, verifica, regole };
  const ignored: Diagnostic[] = [];
  return new Map(
    piano.obiettivi.map((o) => {
      const indicators = measureIndicators(o, ctx, ignored);
      bandIndicators(indicators, regole);
      return [o.id, scoreObjective(indicators, piano.impostazioni, regole)];
    }),
  );
}
