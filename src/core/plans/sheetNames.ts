/**
 * Excel's rules for sheet names: at most 31 characters, none of `: \ / ? * [ ]`, not starting or
 * ending with an apostrophe, not `History`, unique regardless of case.
 */

export const MAX_SHEET_NAME = 31;

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
  if (out.length === 0) out = text.slice(0, max);
  return out.replace(/[\s,.;'-]+$/, '');
}

/** A settore name made short and readable for a sheet name: `SETTORE TECNICO MANUTENTIVO, …` → `TECNICO MANUTENTIVO`. */
export function shortSettore(settore: string, max: number): string {
  const s = cleanSheetName(settore).replace(NOISE_PREFIX, '').replace(/,/g, '');
  return cutOnWords(s.replace(/\s+/g, ' ').trim(), max);
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
