/** Objective identity across readers: the same (Anno, Settore, N.) as the register compares it. */
import type { Obiettivo } from '../model';
import { settoreKey } from '../read/parse';
import { normalizeText } from '../values';

function overlap(a: number[], b: number[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return a.some((y) => b.includes(y));
}

/** Same Codice, or same settore and N. in a shared year. */
export function sameKey(a: Obiettivo, b: Obiettivo): boolean {
  if (a.codice !== null && b.codice !== null) return normalizeText(a.codice) === normalizeText(b.codice);
  if (a.numero === null || b.numero === null || a.settore === '' || b.settore === '') return false;
  return a.numero === b.numero && settoreKey(a.settore) === settoreKey(b.settore) && overlap(a.anni, b.anni);
}

/** The same objective written twice (a scheda and its register row after `peg convert`). */
export function sameObjective(a: Obiettivo, b: Obiettivo): boolean {
  return sameKey(a, b) && a.peso === b.peso && normalizeText(a.titolo) === normalizeText(b.titolo);
}
