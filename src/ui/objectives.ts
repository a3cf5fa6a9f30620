/** Which objectives count in a settore's year, as docs/regole.md#pesi counts them, for the pane's lists. */
import type { Obiettivo } from '../core/model';
import { objectivesCountedIn, objectivesScoredIn } from '../core/plans/selection';
import type { Analysis, ObiettivoResult, SettoreResult } from '../core/results';

export interface CountedObjective {
  obiettivo: Obiettivo;
  result: ObiettivoResult | null;
}

function withResults(analysis: Analysis, ids: number[]): CountedObjective[] {
  return ids.map((i) => ({ obiettivo: analysis.piano.obiettivi[i], result: analysis.obiettivi[i] ?? null }));
}

/** The core's one answer (plans/selection.ts), with each objective's result. */
export function objectivesOf(analysis: Analysis, s: SettoreResult): CountedObjective[] {
  return withResults(analysis, objectivesCountedIn(analysis.piano, s.anno, s.settore));
}

/** The objectives that make a settore's punteggio (under `quota`, the year's TUTTI ones too). */
export function scoredObjectivesOf(analysis: Analysis, s: SettoreResult): CountedObjective[] {
  return withResults(analysis, objectivesScoredIn(analysis.piano, s.anno, s.settore));
}

/** Own and TUTTI weights inside a settore's total. */
export function weightParts(analysis: Analysis, s: SettoreResult): { own: number; tutti: number } {
  let own = 0;
  let tutti = 0;
  for (const { obiettivo } of objectivesOf(analysis, s)) {
    if (obiettivo.tutti) tutti += obiettivo.peso ?? 0;
    else own += obiettivo.peso ?? 0;
  }
  return { own, tutti };
}

/** `3. Titolo`, `PEG-01 Titolo`; a TUTTI objective says so wherever objectives are listed (`TUTTI · 1. Titolo`). */
export function objectiveLabel(o: Obiettivo): string {
  const n = o.codice ?? (o.numero !== null ? `${o.numero}.` : '');
  const label = n ? `${n} ${o.titolo}` : o.titolo;
  return o.tutti ? `TUTTI · ${label}` : label;
}

/** Groups settori by year, years ascending, settori in the analysis order. */
export function byYear(settori: SettoreResult[]): [number, SettoreResult[]][] {
  const map = new Map<number, SettoreResult[]>();
  for (const s of settori) map.set(s.anno, [...(map.get(s.anno) ?? []), s]);
  return [...map.entries()].sort((a, b) => a[0] - b[0]);
}
