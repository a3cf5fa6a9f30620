/** Which objectives count in a settore's year, as docs/regole.md#pesi counts them, for the pane's lists. */
import type { Obiettivo } from '../core/model';
import type { Analysis, ObiettivoResult, SettoreResult } from '../core/results';
import { normalizeText } from '../core/values';

export interface CountedObjective {
  obiettivo: Obiettivo;
  result: ObiettivoResult | null;
}

export function objectivesOf(analysis: Analysis, s: SettoreResult): CountedObjective[] {
  const byId = new Map(analysis.obiettivi.map((r) => [r.id, r]));
  const sector = normalizeText(s.settore);
  const sectorIsTutti = analysis.piano.obiettivi.some((o) => o.tutti && normalizeText(o.settore) === sector);
  const inclusi = analysis.piano.impostazioni.pesiTutti === 'inclusi';
  return analysis.piano.obiettivi
    .filter((o) => o.anni.includes(s.anno))
    .filter((o) => {
      if (sectorIsTutti) return o.tutti;
      if (o.tutti) return inclusi;
      return normalizeText(o.settore) === sector;
    })
    .map((o) => ({ obiettivo: o, result: byId.get(o.id) ?? null }));
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

/** `3. Titolo` or `PEG-01 Titolo`. */
export function objectiveLabel(o: Obiettivo): string {
  const n = o.codice ?? (o.numero !== null ? `${o.numero}.` : '');
  return n ? `${n} ${o.titolo}` : o.titolo;
}

/** Groups settori by year, years ascending, settori in the analysis order. */
export function byYear(settori: SettoreResult[]): [number, SettoreResult[]][] {
  const map = new Map<number, SettoreResult[]>();
  for (const s of settori) map.set(s.anno, [...(map.get(s.anno) ?? []), s]);
  return [...map.entries()].sort((a, b) => a[0] - b[0]);
}
