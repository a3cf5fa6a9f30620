import type { Impostazioni } from '../model';
import type { MomentoVerifica } from '../results';
import type { RegoleSmvp } from './smvp';

/** What every rule needs besides the objective it looks at. */
export interface RuleContext {
  impostazioni: Impostazioni;
  verifica: MomentoVerifica | null;
  /** The SMVP variants (bands, quota, ente weighting). */
  regole: RegoleSmvp;
}

/** Tolerance for sums of weights and for comparing computed percentages. */
export const EPSILON = 0.01;
