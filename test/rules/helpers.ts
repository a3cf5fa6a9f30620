/** Evaluating one indicator or one plan in a line, for the rules' tests. */
import type { DiagnosticCode } from '../../src/core/diagnostics';
import type { Impostazioni } from '../../src/core/model';
import type { MomentoVerifica } from '../../src/core/results';
import { evaluate, type Evaluation } from '../../src/core/rules';
import { type IndicatoreIn, obiettivo, type ObiettivoIn, piano } from './builders';

export interface OneOptions {
  imp?: Partial<Impostazioni>;
  anni?: number[];
  verifica?: MomentoVerifica | null;
}

/** A plan with one objective (peso 100) holding the given indicators. */
export function evalOne(indicatori: IndicatoreIn[], opts: OneOptions = {}, extra: ObiettivoIn = {}): Evaluation {
  const p = piano([obiettivo({ anni: opts.anni ?? [2025], peso: 100, indicatori, ...extra })], opts.imp);
  return evaluate(p, { verifica: opts.verifica ?? null });
}

/** The result of a single indicator. */
export function one(ind: IndicatoreIn, opts: OneOptions = {}) {
  const ev = evalOne([ind], opts);
  return { r: ev.obiettivi[0].indicatori[0], ev };
}

export function codes(ev: Evaluation, code: DiagnosticCode) {
  return ev.diagnostics.filter((d) => d.code === code);
}
