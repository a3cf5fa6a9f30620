/**
 * The summary of an analysis as plain data (docs/cli.md#uscita-json): what the CLI prints
 * and the task pane shows. Pure. Percentages are 0–100, rounded to 2 decimals; null where nothing
 * was measured.
 */
import type { Analysis } from './results';

/** A settore's line (docs/cli.md#uscita-json: the JSON keeps its documented English names), `sector` trimmed. */
export interface SectorSummary {
  year: number;
  sector: string;
  manager: string | null;
  ownObjectives: number;
  sharedObjectives: number;
  weightTotal: number;
  /** `OK`, `mancano 5`, `eccede di 5`. */
  weightStatus: string;
  achievedPct: number | null;
  onTimePct: number | null;
  score: number | null;
  counts: { raggiunti: number; parziali: number; nonRaggiunti: number; daRilevare: number };
}

export interface ObjectiveSummary {
  /** The first year the objective counts in (null when it has none). */
  year: number | null;
  /** Every year it counts in (a multi-year objective counts in each). */
  years: number[];
  sector: string;
  /** True for a TUTTI (every settore) objective. */
  shared: boolean;
  number: number | null;
  code: string | null;
  title: string;
  weight: number | null;
  achievedPct: number | null;
  onTimePct: number | null;
  score: number | null;
  classification: string;
  timing: string;
}

export interface EntitySummary {
  year: number;
  score: number | null;
}

export interface Summary {
  sectors: SectorSummary[];
  objectives: ObjectiveSummary[];
  /**
   * The ente's punteggio: one object when the plan has one year, an array (by year) when it has
   * several, null when it has none. `entities` is always the array.
   */
  entity: EntitySummary | EntitySummary[] | null;
  entities: EntitySummary[];
}

/** Rounds to 2 decimals; null and non-finite numbers stay/become null. */
export function round2(n: number | null | undefined): number | null {
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

export function summarize(analysis: Analysis): Summary {
  const sectors: SectorSummary[] = analysis.settori.map((s) => ({
    year: s.anno,
    sector: s.settore.trim(),
    manager: s.responsabile,
    ownObjectives: s.obiettiviPropri,
    sharedObjectives: s.obiettiviTutti,
    weightTotal: round2(s.sommaPesi) ?? 0,
    weightStatus: s.statoPesi,
    achievedPct: round2(s.valoreRaggiunto),
    onTimePct: round2(s.rispettoTempi),
    score: round2(s.punteggio),
    counts: { ...s.esiti },
  }));

  const results = new Map(analysis.obiettivi.map((r) => [r.id, r]));
  const objectives: ObjectiveSummary[] = analysis.piano.obiettivi.map((o) => {
    const r = results.get(o.id);
    return {
      year: o.anni[0] ?? null,
      years: [...o.anni],
      sector: o.settore.trim(),
      shared: o.tutti,
      number: o.numero,
      code: o.codice,
      title: o.titolo,
      weight: round2(o.peso),
      achievedPct: round2(r?.valoreRaggiunto),
      onTimePct: round2(r?.rispettoTempi),
      score: round2(r?.punteggio),
      classification: r?.classificazione ?? 'da_rilevare',
      timing: r?.tempi ?? 'non_misurabile',
    };
  });

  const entities = [...analysis.ente]
    .sort((a, b) => a.anno - b.anno)
    .map((e) => ({ year: e.anno, score: round2(e.punteggio) }));
  const entity = entities.length === 0 ? null : entities.length === 1 ? entities[0] : entities;
  return { sectors, objectives, entity, entities };
}
