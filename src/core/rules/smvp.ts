/**
 * The SMVP variants the rules apply (docs/regole.md#varianti-del-smvp), as one explicit value: the
 * computations take it as an argument and never read settings themselves, so one ente's rule is
 * visible at the call and testable alone. `regoleDa` derives it from the plan's settings.
 */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Impostazioni } from '../model';
import { describeSource, settingSource } from '../settings/definitions';
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
    // `quota` without its percentage cannot be applied: the default (`inclusi`) is used and the
    // rules warn (see `checkQuota`).
    quotaTutti: imp.pesiTutti === 'quota' && quota !== null && Number.isFinite(quota) ? Math.min(100, Math.max(0, quota)) : null,
    metodoEnte: metodoOf(imp.punteggioEnte),
  };
}

/** `Pesi TUTTI = quota` without `Quota TUTTI %`: a warning on the setting, and the default applies. */
export function checkQuota(imp: Impostazioni, regole: RegoleSmvp, diagnostics: Diagnostic[]): void {
  if (imp.pesiTutti !== 'quota' || regole.quotaTutti !== null) return;
  const source = settingSource(imp, 'pesiTutti');
  diagnostics.push(
    diagnose(
      'IMPOSTAZIONE_NON_VALIDA',
      {
        voce: 'Pesi TUTTI',
        dove: describeSource(source),
        motivo: 'con «quota» serve anche la voce «Quota TUTTI %», quanto pesano gli obiettivi TUTTI nel punteggio di ogni settore (es. 35)',
        effetto: 'predefinito',
      },
      source.kind === 'foglio' ? { sheet: source.sheet, cell: source.cell } : {},
    ),
  );
}
