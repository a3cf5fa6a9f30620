import type { Impostazioni } from '../model';
import type { MomentoVerifica } from '../results';

/** What every rule needs besides the objective it looks at. */
export interface RuleContext {
  impostazioni: Impostazioni;
  verifica: MomentoVerifica | null;
}

/** Tolerance for sums of weights and for comparing computed percentages. */
export const EPSILON = 0.01;
