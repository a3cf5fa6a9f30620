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

/** Reads a field the settings may or may not carry yet, without widening the settings' type. */
function field<T>(imp: Impostazioni, name: string): T | undefined {
  return (imp as unknown as Record<string, T | undefined>)[name];
}

function asMetodo(v: unknown): MetodoEnte {
  if (v === 'obiettivi' || v === 'per numero di obiettivi') return 'per numero di obiettivi';
  if (v === 'personale' || v === 'per personale') return 'per personale';
  return 'media dei settori';
}

/** The SMVP variants the plan's settings choose; the defaults of docs/regole.md where they say nothing. */
export function regoleDa(imp: Impostazioni): RegoleSmvp {
  const fasce = field<Fascia[] | null>(imp, 'fasce') ?? null;
  const ritardo = field<Fascia[] | null>(imp, 'fasceRitardo') ?? null;
  const quota = field<number | null>(imp, 'quotaTutti');
  const pesiTutti = field<string>(imp, 'pesiTutti');
  return {
    fasce: fasce && fasce.length > 0 ? fasce : null,
    fasceApplicateA: field<string>(imp, 'fasceApplicateA') === 'obiettivo' ? 'obiettivo' : 'indicatore',
    fasceRitardo: ritardo && ritardo.length > 0 ? ritardo : null,
    quotaTutti: pesiTutti === 'quota' ? Math.min(100, Math.max(0, typeof quota === 'number' && Number.isFinite(quota) ? quota : 0)) : null,
    metodoEnte: asMetodo(field<string>(imp, 'punteggioEnte')),
  };
}
