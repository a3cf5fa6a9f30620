/**
 * What a scheda's raw cells mean: the settore (`_____TUTTI_____` → `TUTTI`) and the blank
 * responsabile (`Sig. _____`).
 */
import { isTutti } from '../read/parse';
import { normalizeText } from '../values';

/** Underscores are the blanks of a printed form: `_____TUTTI_____` → `TUTTI`. */
function stripBlanks(text: string | null): string | null {
  if (text === null) return null;
  const t = text.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

/** A responsabile that is only a title left blank (`Sig. _____`, `Dott.`) is no responsabile. */
export function cleanResponsabile(text: string | null): string | null {
  const t = stripBlanks(text);
  if (t === null) return null;
  const bare = normalizeText(t).replace(/[.:,;]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^((sig|sigra|sig ra|dott|dottssa|dott ssa|dr|dssa|arch|ing|geom|rag|avv)\s*)*$/.test(bare)) return null;
  return t;
}

/**
 * The settore as the scheda shows it, without the form's blanks; a whole-structure settore with a
 * gloss (`TUTTI (tutti i settori)`, as the printed schede write it) is the TUTTI settore.
 */
export function cleanSettore(text: string | null): string | null {
  const t = stripBlanks(text);
  if (t === null) return null;
  const m = /^(.*?)\s*\((.*)\)$/.exec(t);
  if (m && m[1].length > 0 && (isTutti(m[1]) || isTutti(m[2]))) return isTutti(m[1]) ? m[1] : 'TUTTI';
  return t;
}
