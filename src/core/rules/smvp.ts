/**
 * The SMVP variants the rules apply (docs/regole.md#varianti-del-smvp), as one explicit value: the
 * computations take it as an argument and never read settings themselves, so one ente's rule is
 * visible at the call and testable alone. `regoleDa` derives it from the plan's settings.
 */
import type { Impostazioni } from '../model';
import type { Fascia } from '../settings/fasce';

/** How the ente's punteggio weighs its settori. */
export type MetodoEnte = 'media dei settori' | 'per numero di obiettivi' | 'per personale';

export interface RegoleSmvp {
  /** Score bands; null: none (G and punteggi as computed). */
  fasce: readonly Fascia[] | null;
  /** `indicatore`: every G banded before any mean; `obiettivo`: only the objective's punteggio. */
  fasceApplicateA: 'indicatore' | 'obiettivo';
  /** Lateness bands over days late, replacing the per-day penalty; null: the penalty. */
  fasceRitardo: readonly Fascia[] | null;
  /** `Pesi TUTTI = quota`: the TUTTI share of a settore's punteggio in %, else null. */
  quotaTutti: number | null;
  metodoEnte: MetodoEnte;
}

export const REGOLE_PREDEFINITE: RegoleSmvp = {
  fasce: null,
  fasceApplicateA: 'indicatore',
  fasceRitardo: null,
  quotaTutti: null,
  metodoEnte: 'media dei settori',
};

function metodoOf(v: Impostazioni['punteggioEnte']): MetodoEnte {
  if (v === 'obiettivi') return 'per numero di obiettivi';
  if (v === 'personale') return 'per personale';
  return 'media dei settori';
}

/** The SMVP variants the plan's settings choose; the defaults of docs/regole.md where they say nothing. */
export function regoleDa(imp: Impostazioni): RegoleSmvp {
  const quota = imp.quotaTutti;
  return {
    fasce: imp.fasce && imp.fasce.length > 0 ? imp.fasce : null,
    fasceApplicateA: imp.fasceApplicateA,
    fasceRitardo: imp.fasceRitardo && imp.fasceRitardo.length > 0 ? imp.fasceRitardo : null,
    // `quota` without its percentage: no share can be taken, so TUTTI objectives weigh 0 and the
    // settore is its own objectives (the Riepilogo and summary state the 0 in the rules applied).
    quotaTutti: imp.pesiTutti === 'quota' ? Math.min(100, Math.max(0, quota !== null && Number.isFinite(quota) ? quota : 0)) : null,
    metodoEnte: metodoOf(imp.punteggioEnte),
  };
}
