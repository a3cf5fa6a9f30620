/**
 * The (year, settore) groups whose weights must make 100 (docs/regole.md#pesi): each settore with
 * the TUTTI objectives of the year (`Pesi TUTTI = inclusi`), or own objectives alone plus one
 * group of the TUTTI objectives (`esclusi`).
 */
import type { Piano } from '../model';
import { normalizeText } from '../values';
import { regoleDa } from './smvp';

export interface Gruppo {
  year: number;
  /** The settore as first written in the plan (trimmed), or `TUTTI` for the esclusi group. */
  sector: string;
  /** True for the group of the TUTTI objectives themselves (`esclusi`). */
  tutti: boolean;
  /** Indices in `piano.obiettivi` of the settore's own objectives of the year. */
  own: number[];
  /** Indices of the TUTTI objectives counted in this group's total. */
  shared: number[];
}

export const TUTTI_SECTOR = 'TUTTI';

/** The years an objective counts in: its own, else the plan year, else none. */
export function yearsOf(anni: number[], planYear: number | null): number[] {
  if (anni.length > 0) return [...new Set(anni)];
  return planYear !== null ? [planYear] : [];
}

export interface Grouping {
  years: number[];
  groups: Gruppo[];
  /** Years with TUTTI objectives and no settore objective (`inclusi`): nothing to check. */
  tuttiOnlyYears: { year: number; tutti: number[] }[];
}

export function groupPlan(piano: Piano): Grouping {
  const planYear = piano.impostazioni.anno;
  // `quota` checks weights as `esclusi` does: own objectives make 100, TUTTI objectives make 100.
  const esclusi = piano.impostazioni.pesiTutti === 'esclusi' || regoleDa(piano.impostazioni).quotaTutti !== null;
  const display = new Map<string, string>();
  const byYear = new Map<number, { settori: Map<string, number[]>; tutti: number[] }>();
  piano.obiettivi.forEach((o, i) => {
    const key = normalizeText(o.settore);
    if (!o.tutti && key.length === 0) return; // no settore: the reader reports it
    if (!o.tutti && !display.has(key)) display.set(key, o.settore.trim());
    for (const year of yearsOf(o.anni, planYear)) {
      let y = byYear.get(year);
      if (!y) {
        y = { settori: new Map(), tutti: [] };
        byYear.set(year, y);
      }
      if (o.tutti) {
        y.tutti.push(i);
      } else {
        const list = y.settori.get(key) ?? [];
        list.push(i);
        y.settori.set(key, list);
      }
    }
  });

  const years = [...byYear.keys()].sort((a, b) => a - b);
  const groups: Gruppo[] = [];
  const tuttiOnlyYears: Grouping['tuttiOnlyYears'] = [];
  for (const year of years) {
    const y = byYear.get(year)!;
    for (const [key, own] of y.settori) {
      groups.push({ year, sector: display.get(key) ?? key, tutti: false, own, shared: esclusi ? [] : y.tutti });
    }
    if (esclusi && y.tutti.length > 0) {
      groups.push({ year, sector: TUTTI_SECTOR, tutti: true, own: [], shared: y.tutti });
    } else if (!esclusi && y.tutti.length > 0 && y.settori.size === 0) {
      tuttiOnlyYears.push({ year, tutti: y.tutti });
    }
  }
  return { years, groups, tuttiOnlyYears };
}
