/**
 * Levels of the qualitative scale (Insufficiente < … < Ottimo) matched with their gender and
 * number variants: `buona`, `ottimi`, `distinte` are the levels `Buono`, `Ottimo`, `Distinto`.
 */
import { normalizeText } from '../values';

/** Each word without its final vowel: `buono`, `buona`, `buoni`, `buone` all become `buon`. */
function stem(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 ? w.replace(/[aeio]$/, '') : w))
    .join(' ');
}

/** 1-based rank of a text in the scale (worst = 1), or null when it is not a level. */
export function levelRank(text: string, scala: readonly string[]): number | null {
  const s = stem(text);
  if (s.length === 0) return null;
  for (let i = scala.length - 1; i >= 0; i--) {
    if (stem(scala[i]) === s) return i + 1;
  }
  return null;
}
