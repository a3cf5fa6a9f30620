/** The pieces a Tempistica text is cut into, each with its span in the text (for the note). */

/**
 * Words that link two time expressions: `from` (da, dal, a partire da), `to` (a, al, ad),
 * `until` (fino a), `by` (entro, non oltre), `between` (tra, fra), `and` (e, e/o, o, `,`),
 * `dash` (`-`, `–`, `—`), `slash` (`/`).
 */
export type Conn = 'from' | 'to' | 'until' | 'by' | 'between' | 'and' | 'dash' | 'slash';

/** Recurrence, by the number of months between two recurrence points. */
export type Freq = 1 | 2 | 3 | 4 | 6;

/** How precise a point in time is: a day, a month, a part of the year, a whole year. */
export type Precision = 'day' | 'month' | 'period' | 'year';

interface Span {
  start: number;
  end: number;
}

/** A point in time: months `first..last` of one (maybe unknown) year. */
export interface PointToken extends Span {
  type: 'point';
  first: number;
  last: number;
  /** Day of the month of `last`, when written. */
  day: number | null;
  year: number | null;
  precision: Precision;
  /** A month written as a moment (`fine giugno`, `metà marzo`): read like a day-date. */
  edge: boolean;
}

export interface ConnToken extends Span {
  type: 'conn';
  conn: Conn;
}

export interface RecurToken extends Span {
  type: 'recur';
  every: Freq;
}

/** `annuale`, `intero anno`, `triennio`, `ogni anno`: the whole year(s). */
export interface WholeToken extends Span {
  type: 'whole';
}

/** Articles, prepositions, `mese di`, punctuation: part of a time expression, never a note. */
export interface FillerToken extends Span {
  type: 'filler';
}

/** Anything else: it goes into the note. */
export interface WordToken extends Span {
  type: 'word';
  /** A time word too vague to place in months (`estate`, `primavera`). */
  vague?: boolean;
}

export type Token = PointToken | ConnToken | RecurToken | WholeToken | FillerToken | WordToken;

/** Tokens that carry time (as opposed to glue and prose). */
export function isTimeToken(t: Token): t is PointToken | RecurToken | WholeToken {
  return t.type === 'point' || t.type === 'recur' || t.type === 'whole';
}
