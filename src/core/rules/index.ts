import type { Diagnostic } from '../diagnostics';
import type { Piano } from '../model';
import type { EnteResult, MomentoVerifica, ObiettivoResult, SettoreResult } from '../results';

export interface Evaluation {
  diagnostics: Diagnostic[];
  obiettivi: ObiettivoResult[];
  settori: SettoreResult[];
  ente: EnteResult[];
}

/** Applies rules.md to a plan: computations and the rule diagnostics, in one pass. Never throws. */
export function evaluate(_piano: Piano, _opts: { verifica: MomentoVerifica | null }): Evaluation {
  throw new Error('non ancora implementato');
}
