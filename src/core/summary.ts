/**
 * The summary of an analysis as plain data (docs/cli.md#uscita-json): what the CLI prints
 * and the task pane shows. Pure. Percentages are 0–100, rounded to 2 decimals; null where nothing
 * was measured.
 */
import { resolvedSettings } from './settings/definitions';
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
  /** The punteggio from the computed objective punteggi (differs from `score` when the Nucleo validated some). */
  computedScore: number | null;
  /** `Pesi TUTTI = quota`: the TUTTI objectives' pesi of the year (checked once, not in `weightTotal`); else null. */
  tuttiWeightTotal: number | null;
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
  /** The punteggio that counts: the validated one when valid, else the computed one. */
  score: number | null;
  computedScore: number | null;
  /** The Nucleo's `Punteggio validato`, null when none (or not valid). */
  validatedScore: number | null;
  classification: string;
  timing: string;
  /** Indicators set aside by the Nucleo (`Non valutabile`), by description. */
  notAssessable: string[];
}

export interface EntitySummary {
  year: number;
  score: number | null;
  computedScore: number | null;
  achievedPct: number | null;
  onTimePct: number | null;
  /** The ente's objectives of the year, each once (a TUTTI objective counts once, not per settore). */
  objectives: number;
  ownObjectives: number;
  sharedObjectives: number;
  counts: { raggiunti: number; parziali: number; nonRaggiunti: number; daRilevare: number };
}

/** The individual part of one person in one year (docs/cli.md#uscita-json, `people`). */
export interface PersonSummary {
  name: string;
  category: string | null;
  year: number;
  score: number | null;
  /** Σ % partecipazione over the year's objectives. */
  totalParticipation: number;
  objectives: { sector: string; number: number | null; participation: number; score: number | null }[];
}

/** One SMVP setting as used, and where its value came from. */
export interface SettingSummary {
  value: string | number | boolean | null;
  /** `foglio` (the Impostazioni sheet; `cell` says where), `documento` (the add-in's document settings) or `predefinito`. */
  source: string;
  cell?: string;
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
  /** The individual part, per person and year (empty when no objective lists Personale). */
  people: PersonSummary[];
  /** The SMVP settings the figures were computed with, by name as in the Impostazioni sheet. */
  settings: Record<string, SettingSummary>;
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
    computedScore: round2(s.punteggioCalcolato),
    tuttiWeightTotal: round2(s.sommaPesiTutti),
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
      computedScore: round2(r?.punteggioCalcolato),
      validatedScore: round2(r?.punteggioValidato),
      classification: r?.classificazione ?? 'da_rilevare',
      timing: r?.tempi ?? 'non_misurabile',
      notAssessable: (r?.indicatori ?? [])
        .filter((i) => i.stato === 'non_valutabile' && !i.fromFase)
        .map((i) => o.indicatori[i.index]?.descrizione.trim() ?? ''),
    };
  });

  const entities = [...analysis.ente]
    .sort((a, b) => a.anno - b.anno)
    .map((e) => ({
      year: e.anno,
      score: round2(e.punteggio),
      computedScore: round2(e.punteggioCalcolato),
      achievedPct: round2(e.valoreRaggiunto),
      onTimePct: round2(e.rispettoTempi),
      objectives: e.obiettivi,
      ownObjectives: e.obiettiviPropri,
      sharedObjectives: e.obiettiviTutti,
      counts: { ...e.esiti },
    }));
  const entity = entities.length === 0 ? null : entities.length === 1 ? entities[0] : entities;
  const people: PersonSummary[] = (analysis.persone ?? []).map((p) => ({
    name: p.nominativo,
    category: p.categoria,
    year: p.anno,
    score: round2(p.punteggio),
    totalParticipation: round2(p.partecipazioneTotale) ?? 0,
    objectives: p.obiettivi.map((x) => ({ sector: x.settore, number: x.numero, participation: x.partecipazione, score: round2(x.punteggio) })),
  }));
  return { sectors, objectives, entity, entities, people, settings: settingsOf(analysis) };
}

/** The settings the rules used, by voce, with where each came from (docs/cli.md#uscita-json, `settings`). */
function settingsOf(analysis: Analysis): Record<string, SettingSummary> {
  return Object.fromEntries(
    resolvedSettings(analysis.piano.impostazioni).map((r) => {
      const v = r.value;
      // Numbers and SI/NO as such; everything else in the words the Impostazioni sheet uses.
      const value = typeof v === 'number' || typeof v === 'boolean' ? v : r.text || null;
      const src = r.source;
      return [r.voce, { value, source: src.kind, ...(src.kind === 'foglio' ? { cell: `${src.sheet}!${src.cell}` } : {}) }];
    }),
  );
}
