/**
 * What a target or measured cell holds, read from its value and number format (docs/regole.md#grado-di-raggiungimento-di-un-indicatore: the
 * kind of an indicator comes from its values, not from its group).
 */
import { isCellError } from '../grid';
import type { RawValue } from '../model';
import { type ItDate, normalizeText, parseDateText, parseNumberText, readDate, readNumber } from '../values';
import { levelRank } from './scale';

export type Reading =
  | { t: 'empty' }
  | { t: 'error'; code: string }
  | { t: 'date'; date: ItDate }
  | { t: 'number'; value: number; percent: boolean }
  | { t: 'level'; rank: number }
  | { t: 'yes' }
  | { t: 'no' }
  | { t: 'text'; text: string };

const YES_WORDS = new Set([
  'si', 'fatto', 'fatta', 'fatti', 'fatte', 'raggiunto', 'raggiunta', 'raggiunti', 'raggiunte',
  'completato', 'completata', 'realizzato', 'realizzata', 'eseguito', 'eseguita', 'effettuato',
  'effettuata', 'concluso', 'conclusa', 'vero', 'ok',
]);

/** `Non raggiunto`, `non fatto`: `non` followed by a yes word. */
function isNoText(t: string): boolean {
  if (t === 'no' || t === 'falso') return true;
  const m = /^non (.+)$/.exec(t);
  return m !== null && YES_WORDS.has(m[1]);
}

/**
 * `30.06` is a date for an Italian clerk (decimals take a comma), while `1.5` or `12.50` are
 * numbers: only two-digit day and month with a dot are read as a date.
 */
const DOTTED_DATE = /^\d{2}\.\d{2}$/;

/** `3 interventi`, `100% dei processi`: a number followed by what it counts is still a number. */
function numberWithUnit(text: string): Reading | null {
  const m = /^([-+]?\d[\d.,]*\s*%?)\s+[^\d\s]/.exec(text);
  const n = m ? parseNumberText(m[1]) : null;
  return n ? { t: 'number', value: n.value, percent: n.percent } : null;
}

export function readRaw(raw: RawValue | null | undefined, scala: readonly string[]): Reading {
  const v = raw?.v ?? null;
  const fmt = raw?.fmt;
  if (v === null) return { t: 'empty' };
  if (isCellError(v)) return { t: 'error', code: v.error };
  if (typeof v === 'boolean') return v ? { t: 'yes' } : { t: 'no' };
  if (v instanceof Date || typeof v === 'number') {
    const d = readDate(v, fmt);
    if (d) return { t: 'date', date: d };
    const n = readNumber(v, fmt);
    return n ? { t: 'number', value: n.value, percent: n.percent } : { t: 'empty' };
  }
  const text = v.trim();
  if (text.length === 0) return { t: 'empty' };
  if (DOTTED_DATE.test(text)) {
    const d = parseDateText(text);
    if (d) return { t: 'date', date: d };
  }
  const n = readNumber(text);
  if (n) return { t: 'number', value: n.value, percent: n.percent };
  const d = readDate(text);
  if (d) return { t: 'date', date: d };
  const counted = numberWithUnit(text);
  if (counted) return counted;
  const rank = levelRank(text, scala);
  if (rank !== null) return { t: 'level', rank };
  const norm = normalizeText(text).replace(/[.!]+$/, '');
  if (YES_WORDS.has(norm)) return { t: 'yes' };
  if (isNoText(norm)) return { t: 'no' };
  return { t: 'text', text };
}

/**
 * Target texts that state a frequency (`trimestrale`, `ogni mese`, `cadenza mensile`): no single
 * measured value can be compared with them. Only a text that starts with the frequency counts:
 * `Relazione annuale` is a deliverable, measurable with SI / Fatto.
 */
const FREQUENCY =
  /^(a )?(cadenza )?(giornalier|quotidian|settimanal|quindicinal|mensil|bimestral|trimestral|quadrimestral|semestral|annual|biennal|triennal|periodic|ogni\b)/;

export function isFrequencyText(text: string): boolean {
  return FREQUENCY.test(normalizeText(text));
}
