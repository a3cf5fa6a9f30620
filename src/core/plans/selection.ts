/**
 * Which objectives belong to which (year, settore): ONE answer for the rules, the Riepilogo, the
 * schede, the cronoprogramma and the pane. The years come from the rules' `yearsOf`, the groups
 * from the rules' `groupPlan` (docs/regole.md#pesi), so every face counts what the rules count.
 */
import type { Obiettivo, Piano } from '../model';
import type { Analysis, ObiettivoResult, SettoreResult } from '../results';
import { groupPlan, TUTTI_SECTOR, yearsOf, type Gruppo } from '../rules/groups';
import { regoleDa } from '../rules/smvp';
import { normalizeText } from '../values';

/** Every plan year, ascending. */
export function planYears(piano: Piano): number[] {
  const years = new Set<number>();
  for (const o of piano.obiettivi) for (const y of yearsOf(o.anni, piano.impostazioni.anno)) years.add(y);
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
    if (yearsOf(o.anni, planYear).includes(year)) out.push({ obiettivo: o, result: analysis.obiettivi[i] ?? null });
  });
  return out;
}

/** The settori of a year (not TUTTI), in the order the rules report them, then any missing. */
export function settoriOfYear(analysis: Analysis, year: number): { sector: string; manager: string | null }[] {
  const out: { sector: string; manager: string | null }[] = [];
  const seen = new Set<string>();
  const add = (sector: string, manager: string | null) => {
    const key = normalizeText(sector);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ sector, manager });
  };
  for (const s of analysis.settori) {
    if (s.anno === year && !isTuttiSector(analysis, s.settore)) add(s.settore, s.responsabile);
  }
  for (const { obiettivo } of objectivesOfYear(analysis, year)) {
    if (!obiettivo.tutti) add(obiettivo.settore, obiettivo.responsabile);
  }
  return out;
}

/*
 * The plans ask the same questions once per settore; these per-piano indexes keep that linear in
 * the number of settori instead of settori × objectives. Keyed weakly by the piano, which the
 * plans never change.
 */
const tuttiSectorsCache = new WeakMap<Piano, Set<string>>();
const groupIndexCache = new WeakMap<Piano, Map<string, Gruppo>>();

function tuttiSectors(piano: Piano): Set<string> {
  let set = tuttiSectorsCache.get(piano);
  if (!set) {
    set = new Set(piano.obiettivi.filter((o) => o.tutti).map((o) => normalizeText(o.settore)));
    tuttiSectorsCache.set(piano, set);
  }
  return set;
}

function isTuttiName(piano: Piano, sector: string): boolean {
  const key = normalizeText(sector);
  return key === normalizeText(TUTTI_SECTOR) || tuttiSectors(piano).has(key);
}

/** True when a settore name is the one of TUTTI objectives (the rules may report them as a row). */
export function isTuttiSector(analysis: Analysis, sector: string): boolean {
  return isTuttiName(analysis.piano, sector);
}

function groupKey(year: number, tutti: boolean, sector: string): string {
  return tutti ? `${year}|T` : `${year}|S|${normalizeText(sector)}`;
}

/** The rules' groups by year and settore; the first group wins, as a search in order would find. */
function groupIndex(piano: Piano): Map<string, Gruppo> {
  let index = groupIndexCache.get(piano);
  if (!index) {
    index = new Map();
    for (const g of groupPlan(piano).groups) {
      const key = groupKey(g.year, g.tutti, g.sector);
      if (!index.has(key)) index.set(key, g);
    }
    groupIndexCache.set(piano, index);
  }
  return index;
}

/**
 * Which objectives count for (year, settore): the indices in `piano.obiettivi` of those counted in
 * total(Y,S) (docs/regole.md#pesi) — own objectives, then the TUTTI ones when they count in the
 * settore. For the settore name of the TUTTI objectives (their own group), the TUTTI objectives.
 */
export function objectivesCountedIn(piano: Piano, anno: number, settore: string): number[] {
  const group = groupIndex(piano).get(groupKey(anno, isTuttiName(piano, settore), settore));
  return group ? [...group.own, ...group.shared] : [];
}

/**
 * Which objectives make a settore's punteggio: those counted in its total and, under `Pesi TUTTI =
 * quota`, the year's TUTTI objectives, whose share enters every settore's punteggio
 * (docs/regole.md#quota-tutti) although their pesi make their own 100.
 */
export function objectivesScoredIn(piano: Piano, anno: number, settore: string): number[] {
  const counted = objectivesCountedIn(piano, anno, settore);
  if (regoleDa(piano.impostazioni).quotaTutti === null || isTuttiName(piano, settore)) return counted;
  const tutti = groupIndex(piano).get(groupKey(anno, true, TUTTI_SECTOR));
  return tutti ? [...counted, ...tutti.shared] : counted;
}

/** The objectives counted in a settore's total(Y,S), with a peso (what the weight formula sums). */
export function countedObjectives(analysis: Analysis, s: SettoreResult): Obiettivo[] {
  return objectivesCountedIn(analysis.piano, s.anno, s.settore)
    .map((i) => analysis.piano.obiettivi[i])
    .filter((o) => o && o.peso !== null);
}
