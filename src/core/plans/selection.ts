/** Which objectives belong to which (year, settore): the same reading the rules use for pesi. */
import type { Obiettivo, Piano } from '../model';
import type { Analysis, ObiettivoResult, SettoreResult } from '../results';
import { groupPlan, TUTTI_SECTOR } from '../rules/groups';
import { normalizeText } from '../values';

/** The years an objective counts in: its own, or the plan year when it has none. */
export function yearsOf(o: Obiettivo, planYear: number | null): number[] {
  if (o.anni.length > 0) return o.anni;
  return planYear === null ? [] : [planYear];
}

export function sameSettore(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Every plan year, ascending. */
export function planYears(piano: Piano): number[] {
  const years = new Set<number>();
  for (const o of piano.obiettivi) for (const y of yearsOf(o, piano.impostazioni.anno)) years.add(y);
  if (years.size === 0 && piano.impostazioni.anno !== null) years.add(piano.impostazioni.anno);
  return [...years].sort((a, b) => a - b);
}

export interface ObiettivoWithResult {
  obiettivo: Obiettivo;
  result: ObiettivoResult | null;
}

/** Objectives of a year, each with its result, in the plan's order. */
export function objectivesOfYear(analysis: Analysis, year: number): ObiettivoWithResult[] {
  const planYear = analysis.piano.impostazioni.anno;
  const out: ObiettivoWithResult[] = [];
  analysis.piano.obiettivi.forEach((o, i) => {
    if (yearsOf(o, planYear).includes(year)) out.push({ obiettivo: o, result: analysis.obiettivi[i] ?? null });
  });
  return out;
}

/** The settori of a year (not TUTTI), in the order the rules report them, then any missing. */
export function settoriOfYear(analysis: Analysis, year: number): { sector: string; manager: string | null }[] {
  const out: { sector: string; manager: string | null }[] = [];
  const seen = (s: string) => out.some((x) => sameSettore(x.sector, s));
  for (const s of analysis.settori) {
    if (s.year === year && !isTuttiSector(analysis, s.sector) && !seen(s.sector)) out.push({ sector: s.sector, manager: s.manager });
  }
  for (const { obiettivo } of objectivesOfYear(analysis, year)) {
    if (!obiettivo.tutti && !seen(obiettivo.settore)) out.push({ sector: obiettivo.settore, manager: obiettivo.responsabile });
  }
  return out;
}

/** True when a settore name is the one of TUTTI objectives (the rules may report them as a row). */
export function isTuttiSector(analysis: Analysis, sector: string): boolean {
  return sameSettore(sector, TUTTI_SECTOR) || analysis.piano.obiettivi.some((o) => o.tutti && sameSettore(o.settore, sector));
}

/** The objectives counted in a settore's total(Y,S) (rules.md, Weights), with a peso. */
export function countedObjectives(analysis: Analysis, s: SettoreResult): Obiettivo[] {
  // The rules' own grouping, so that the formula sums exactly what the rules sum.
  const tuttiRow = isTuttiSector(analysis, s.sector);
  const group = groupPlan(analysis.piano).groups.find(
    (g) => g.year === s.year && g.tutti === tuttiRow && (tuttiRow || sameSettore(g.sector, s.sector)),
  );
  if (!group) return [];
  return [...group.own, ...group.shared].map((i) => analysis.piano.obiettivi[i]).filter((o) => o && o.peso !== null);
}
