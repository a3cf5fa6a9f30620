/**
 * Interpreting register values (peso, anno, N., tipo…) on top of values.ts. Each parser returns
 * the value or the reason it cannot, in Italian, so the row readers can say how to fix it.
 */
import { isCellError, type CellValue } from '../grid';
import { TIPI_OBIETTIVO, type Direzione, type GruppoIndicatore } from '../model';
import { normalizeHeader, normalizeText, readNumber, roundFloat } from '../values';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Peso 0–100: `10`, `"10"`, `"10%"`, `"10,5"`, 0.1 with a `%` format. */
export function parsePeso(v: CellValue, fmt?: string): Parsed<number> {
  if (typeof v === 'boolean' || v instanceof Date || isCellError(v)) return fail('non è un numero');
  const n = readNumber(v, fmt);
  if (!n) return fail('non è un numero');
  if (n.value < 0) return fail('è negativo');
  if (n.value > 100) return fail('supera 100');
  return ok(roundFloat(n.value));
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** A span longer than this is a typo, not a plan (a PIAO covers three years). */
const MAX_SPAN_YEARS = 10;

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Anno: `2025`, `2025-2027`, `2025/2027`, `2025/27`, `Triennio 2025/2027`, `Anno 2025`. */
export function parseAnni(v: CellValue, fmt?: string): Parsed<number[]> {
  if (typeof v === 'number') {
    return validYear(v) ? ok([v]) : fail('non è un anno');
  }
  if (typeof v !== 'string') return fail('non è un anno');
  const s = normalizeText(v).replace(/^(triennio|biennio|anno|anni|annualita|esercizio|esercizi|periodo)\s*/, '');
  const m = /^(\d{4})(?:\s*(?:-|–|\/|al|a)\s*(\d{4}|\d{2}))?$/.exec(s);
  if (!m) {
    const n = readNumber(v, fmt);
    return n && validYear(n.value) ? ok([n.value]) : fail('non è un anno');
  }
  const from = Number(m[1]);
  let to = m[2] ? Number(m[2]) : from;
  if (m[2] && m[2].length === 2) to = Math.floor(from / 100) * 100 + to;
  if (!validYear(from) || !validYear(to)) return fail('non è un anno');
  if (to < from) return fail("l'anno finale viene prima di quello iniziale");
  if (to - from >= MAX_SPAN_YEARS) return fail(`copre più di ${MAX_SPAN_YEARS} anni`);
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return ok(years);
}

/** N.: a positive integer, also `"3"`, `3.0`, `"n. 3"`, `"N°3"`, `"Obiettivo n. 3"`. */
export function parseNumero(v: CellValue, fmt?: string): Parsed<number> {
  if (typeof v === 'boolean' || v instanceof Date || isCellError(v)) return fail('non è un numero');
  let n = readNumber(v, fmt);
  if (!n && typeof v === 'string') {
    const s = normalizeHeader(v).replace(/^(obiettivo|fase|attivita)\s+/, '').replace(/^n\s*/, '');
    n = /^\d+$/.test(s) ? { value: Number(s), percent: false } : null;
  }
  if (!n || n.percent) return fail('non è un numero');
  if (!Number.isInteger(n.value)) return fail('non è un numero intero');
  if (n.value <= 0) return fail('deve essere maggiore di zero');
  if (!Number.isSafeInteger(n.value)) return fail('è troppo grande');
  return ok(n.value);
}

const TUTTI_WORDS = new Set(['tutti', 'tutti i settori', 'tutte le aree', 'intersettoriale', 'trasversale', 'tutta la struttura']);

export function isTutti(settore: string): boolean {
  return TUTTI_WORDS.has(normalizeHeader(settore));
}

/** The settore as compared in keys: normalised, every TUTTI variant the same. */
/*
 * Every child row asks for its settore's key, and a plan has few settori: keys are kept per
 * spelling (bounded, so a pathological file cannot grow it without limit).
 */
const SETTORE_KEYS_KEPT = 10_000;
const settoreKeys = new Map<string, string>();

export function settoreKey(settore: string): string {
  let key = settoreKeys.get(settore);
  if (key === undefined) {
    if (settoreKeys.size >= SETTORE_KEYS_KEPT) settoreKeys.clear();
    key = isTutti(settore) ? 'tutti' : normalizeHeader(settore);
    settoreKeys.set(settore, key);
  }
  return key;
}

/** The Ufficio's share of an objective's key: empty without an ufficio, so keys without one are unchanged. */
export function ufficioKeyPart(ufficio: string | null | undefined): string {
  return ufficio ? `/${normalizeHeader(ufficio)}` : '';
}

type Tipo = (typeof TIPI_OBIETTIVO)[number];

const TIPO_STEMS: [string, Tipo][] = [
  ['strategic', 'Strategico'],
  ['innovativ', 'Innovativo'],
  ['innovazion', 'Innovativo'],
  ['manten', 'Mantenimento'],
  ['gestional', 'Gestionale'],
  ['svilupp', 'Sviluppo'],
];
/** Words that may accompany a tipo without meaning one (`Obiettivo di mantenimento`). */
const TIPO_FILLER = new Set(['obiettivo', 'obiettivi', 'di', 'del', 'e', 'ed', 'tipo', 'o']);

/** Tipo: the tipi recognised (combinations allowed) and the words that are none. */
export function parseTipi(text: string): { tipi: Tipo[]; unknown: string[] } {
  const tipi: Tipo[] = [];
  const unknown: string[] = [];
  for (const word of normalizeHeader(text).split(' ').filter((w) => w.length > 0)) {
    const hit = TIPO_STEMS.find(([stem]) => word.startsWith(stem));
    if (hit) {
      if (!tipi.includes(hit[1])) tipi.push(hit[1]);
    } else if (!TIPO_FILLER.has(word)) unknown.push(word);
  }
  tipi.sort((a, b) => TIPI_OBIETTIVO.indexOf(a) - TIPI_OBIETTIVO.indexOf(b));
  return { tipi, unknown };
}

export function parseGruppo(text: string): GruppoIndicatore | null {
  const s = normalizeHeader(text);
  if (/^quantit/.test(s)) return 'Quantità';
  if (/^temp/.test(s)) return 'Tempo';
  if (/^cost/.test(s)) return 'Costo';
  if (/^qualit/.test(s)) return 'Qualità';
  return null;
}

export function parseDirezione(text: string): Direzione | null {
  const raw = text.trim();
  if (raw === '+' || raw === '↑') return 'crescente';
  if (raw === '-' || raw === '↓') return 'decrescente';
  const s = normalizeHeader(text);
  if (/^(crescente|aumento|positiva|maggiore|piu)/.test(s)) return 'crescente';
  if (/^(decrescente|diminuzione|riduzione|negativa|minore|meno)/.test(s)) return 'decrescente';
  return null;
}

export function parseTipoVerifica(text: string): 'intermedia' | 'finale' | null {
  const s = normalizeHeader(text);
  if (/intermed|semestral|infrannual/.test(s)) return 'intermedia';
  if (/final|annual|consuntiv/.test(s)) return 'finale';
  return null;
}
