/**
 * The heading of a scheda: `ANNO 2021 - Obiettivo strategico n° 1  PESO: 10`, in one cell or
 * spread over several (`Obiettivo n.` | `3` | `Peso %` | `15`). A row is a heading when its
 * text names an objective number; each part keeps the address of the cell it came from.
 */
import { a1, isCellError } from '../grid';
import type { RawValue } from '../model';
import { parseAnni } from '../read/parse';
import { normalizeText, parseNumberText, readNumber } from '../values';
import type { SheetView } from './sheet-view';

interface Token {
  col: number;
  start: number;
  end: number;
}

interface RowText {
  text: string;
  tokens: Token[];
}

const SEP = ' | ';

/** The row's cells, normalised (lower case, no accents) and joined with ` | `. */
function rowText(view: SheetView, row: number): RowText {
  const tokens: Token[] = [];
  let text = '';
  for (const col of view.filledColumns(row)) {
    const t = view.text(row, col);
    if (t === null) continue;
    if (text.length > 0) text += SEP;
    const start = text.length;
    text += normalizeText(t);
    tokens.push({ col, start, end: text.length });
  }
  return { text, tokens };
}

function colAt(rt: RowText, index: number): number {
  const t = rt.tokens.find((k) => index >= k.start && index < k.end);
  return t ? t.col : (rt.tokens[0]?.col ?? 0);
}

// `obiettivo strategico n° 1`, `obiettivo n. 12`, `obiettivo nr 3`, `obiettivo numero 4`, `obiettivo n° | 5`.
const NUMERO_RE = /\bobiettiv[oi]\b((?:\s+[a-z]+){0,3}?)\s*(?:n\s*[°º.]?|nr\.?|num\.?|numero|n\.ro)\s*[°º.]?\s*(?:\|\s*)?(\d{1,4})\b/;
// `Obiettivo` | `n° 5` in cells of their own: a heading only when the row also has a PESO.
const NUMERO_SPLIT_RE = /\bobiettiv[oi]\s*\|\s*(?:n\s*[°º.]?|nr\.?|num\.?|numero)\s*[°º.]?\s*(?:\|\s*)?(\d{1,4})\b/;
const PESO_RE = /\b(?:peso|ponderazione)\b\s*(?:%|\(%\))?\s*:?\s*(?:\|\s*)?(-?[\d.,]+\s*%?)?/;
const ANNO_RE = /\b(anno|annualita|esercizio|triennio|biennio)\b\s*:?\s*(?:\|\s*)?((?:19|20)\d{2}(?:\s*[-/–]\s*(?:19|20)\d{2})?)/;

export interface SchedaHeader {
  row: number;
  numero: { value: number; cell: string } | null;
  /** The words between `Obiettivo` and `n°` (`strategico`), as written. */
  tipoTesto: string | null;
  /** Peso as read; `text` is the raw text when it is not a number. */
  peso: { value: number | null; text: string | null; cell: string; error?: string } | null;
  anno: { anni: number[]; testo: string; cell: string } | null;
}

/** The heading on `row`, or null when the row does not name an objective number. */
export function readHeader(view: SheetView, row: number): SchedaHeader | null {
  // Cheap test first: big registers have thousands of rows and none of them is a heading.
  const cells = view.sheet.rows[row] ?? [];
  if (!cells.some((c) => typeof c?.v === 'string' && /obiettiv/i.test(c.v))) return null;
  const joined = cells.map((c) => (typeof c?.v === 'string' ? c.v : '')).join(' | ');
  if (!/obiettiv[oi][^]{0,60}?(?:\bn|\bnr|\bnum|numero)\b\s*[°º.]?/i.test(joined) && !/obiettiv[oi][^]{0,60}?\bn[°º.]/i.test(joined)) return null;
  const rt = rowText(view, row);
  let m = NUMERO_RE.exec(rt.text);
  let tipo = m ? m[1].trim() : '';
  let digits = m ? m[2] : '';
  if (!m && PESO_RE.test(rt.text)) {
    m = NUMERO_SPLIT_RE.exec(rt.text);
    digits = m ? m[1] : '';
  }
  // The heading opens its row: a description that mentions `l'obiettivo n. 3` further on is no heading.
  if (!m || rt.tokens.findIndex((t) => m.index < t.end) > 2) return null;
  const numIndex = m.index + m[0].lastIndexOf(digits);
  if (/^\|/.test(tipo)) tipo = '';
  const header: SchedaHeader = {
    row,
    numero: { value: Number(digits), cell: a1(row, colAt(rt, numIndex)) },
    tipoTesto: tipo.length > 0 ? tipo : null,
    peso: readPeso(view, row, rt),
    anno: null,
  };
  const am = ANNO_RE.exec(rt.text);
  const anni = am ? parseAnni(am[2]) : null;
  if (am && anni?.ok) {
    const testo = am[2].replace(/\s+/g, '');
    header.anno = { anni: anni.value, testo, cell: a1(row, colAt(rt, am.index + am[0].lastIndexOf(am[2]))) };
  }
  return header;
}

function readPeso(view: SheetView, row: number, rt: RowText): SchedaHeader['peso'] {
  const m = PESO_RE.exec(rt.text);
  if (!m) return null;
  const labelCol = colAt(rt, m.index);
  if (!m[1]) {
    // `PESO:` with no number after it: the next cell, when any, holds an unreadable value.
    const next = view.filledColumns(row, labelCol + 1)[0];
    if (next === undefined) return { value: null, text: null, cell: a1(row, labelCol) };
    const raw = view.raw(row, next);
    const error = raw && isCellError(raw.v) ? raw.v.error : undefined;
    return { value: null, text: view.text(row, next), cell: a1(row, next), ...(error ? { error } : {}) };
  }
  const valueIndex = m.index + m[0].lastIndexOf(m[1]);
  const valueCol = colAt(rt, valueIndex);
  if (valueCol !== labelCol) {
    // The number has its own cell: read it as a cell (a `%` format turns 0.1 into 10).
    const raw: RawValue | null = view.raw(row, valueCol);
    const n = raw ? readNumber(raw.v, raw.fmt) : null;
    return { value: n ? n.value : null, text: view.text(row, valueCol), cell: a1(row, valueCol) };
  }
  const n = parseNumberText(m[1]);
  return { value: n ? n.value : null, text: m[1], cell: a1(row, valueCol) };
}
