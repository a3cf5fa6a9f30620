/**
 * Excel's rules for sheet names: at most 31 characters, none of `: \ / ? * [ ]`, not starting or
 * ending with an apostrophe, not `History`, unique regardless of case.
 */

import { MAX_SHEET_NAME, cutWhole } from './limits';

export { MAX_SHEET_NAME };

const FORBIDDEN = /[:\\/?*[\]]/g;

/** Words that add length but no meaning at the start of a settore name. */
const NOISE_PREFIX = /^(settore|area|servizio|servizi|ufficio)\s+/i;

/** A name with the forbidden characters replaced and the apostrophes at the ends dropped. */
export function cleanSheetName(name: string): string {
  let s = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  if (s.toLowerCase() === 'history') s = `${s} (1)`;
  return s.length > 0 ? s : 'Foglio';
}

/** Little words a cut must not end on, and that a shortened name can do without. */
const STOP_WORDS = new Set(['e', 'ed', 'o', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'", 'per', 'il', 'lo', 'la', 'i', 'gli', 'le', 'a', 'al', 'alla', 'ai', 'con', 'in', 'nel', 'nella', '-', '–', '&']);

const isStopWord = (w: string): boolean => STOP_WORDS.has(w.toLowerCase());

/** Cuts a text on a word boundary to at most `max` characters (hard cut when one word is longer). */
export function cutOnWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(' ');
  let out = '';
  for (const w of words) {
    const next = out.length === 0 ? w : `${out} ${w}`;
    if (next.length > max) break;
    out = next;
  }
  // One word longer than the room: cut on whole characters (never half an emoji).
  if (out.length === 0) out = cutWhole(text, max);
  // `AMMINISTRATIVO E` says less than `AMMINISTRATIVO`: a cut never ends on a little word.
  const kept = out.split(' ');
  while (kept.length > 1 && isStopWord(kept[kept.length - 1])) kept.pop();
  return kept.join(' ').replace(/[\s,.;'-]+$/, '');
}

const VOWEL = /[aeiouàèéìòù]/i;

/**
 * A word shortened the way offices write it: at least four letters, then on to the end of the
 * consonants that follow (`AMMINISTRATIVO` → `AMMIN.`, `DEMOGRAFICI` → `DEMOGR.`,
 * `SERVIZI` → `SERV.`); null when that would not save at least two characters.
 */
export function abbreviateWord(word: string): string | null {
  if (!/^[\p{L}]+$/u.test(word)) return null;
  let end = 4;
  while (end < word.length && end < 6 && !VOWEL.test(word[end])) end++;
  const short = `${word.slice(0, end)}.`;
  return short.length <= word.length - 2 ? short : null;
}

/** Drops little words and abbreviates the longest words until the text fits; null when it cannot. */
function compress(text: string, max: number): string | null {
  const words = text.split(' ').filter((w, i) => i === 0 || !isStopWord(w));
  let joined = words.join(' ');
  while (joined.length > max) {
    let longest = -1;
    for (let i = 0; i < words.length; i++) {
      if (abbreviateWord(words[i]) !== null && (longest < 0 || words[i].length > words[longest].length)) longest = i;
    }
    if (longest < 0) return null;
    words[longest] = abbreviateWord(words[longest]) as string;
    joined = words.join(' ');
  }
  return joined;
}

/**
 * A settore name made short and readable for a sheet name, keeping what tells settori apart:
 * the whole name when it fits; else its first part (before a comma or a dash:
 * `SETTORE TECNICO MANUTENTIVO, PATRIMONIO, …` → `TECNICO MANUTENTIVO`); else that part without
 * little words and with its longest words abbreviated (`AMMINISTRATIVO E SERVIZI DEMOGRAFICI` →
 * `AMMIN. SERV. DEMOGR.`); else cut on a word.
 */
export function shortSettore(settore: string, max: number): string {
  const s = cleanSheetName(settore).replace(NOISE_PREFIX, '').replace(/\s+/g, ' ').trim();
  const whole = s.replace(/,/g, '');
  if (whole.length <= max) return whole;
  const first = s.split(/\s*(?:,|\s[-–]\s)\s*/)[0].trim();
  if (first.length > 0 && first.length <= max) return first;
  return compress(first || whole, max) ?? cutOnWords(first || whole, max);
}

/** `prefix` + `detail`, the detail shortened so that the whole fits. */
export function composeSheetName(prefix: string, detail: string): string {
  const p = cleanSheetName(prefix);
  if (detail.trim().length === 0) return cutOnWords(p, MAX_SHEET_NAME);
  const room = MAX_SHEET_NAME - p.length - 1;
  if (room < 3) return cutOnWords(p, MAX_SHEET_NAME);
  return `${p} ${shortSettore(detail, room)}`.trim();
}

/**
 * Picks a free name: `wanted` itself when no taken name equals it (case-insensitive), else
 * `wanted (2)`, `wanted (3)`… shortened so that the suffix fits.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  const base = cutOnWords(cleanSheetName(wanted), MAX_SHEET_NAME);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cutOnWords(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** True when Excel would accept the name (used by the tests and by the adapters as a guard). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/** A sheet name quoted for a formula reference: `'Obiettivi 2025'!`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
