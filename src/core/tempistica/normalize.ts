/**
 * Normalisation that keeps every character where it was, so that what the tokenizer does not
 * recognise can be cut out of the *original* text as the note, with its case and accents.
 */
import { normalizeText } from '../values';

const APOSTROPHES = /[\u2018\u2019\u201b\u0060\u00b4\u02bc]/;
const DASHES = /[\u2010-\u2015\u2212]/;

/** Same length as `text`: lower case, no accents, any space → ' ', curly apostrophes → `'`, dashes → `-`. */
export function normalizeKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    let n: string;
    if (APOSTROPHES.test(ch)) n = "'";
    else if (DASHES.test(ch)) n = '-';
    else n = normalizeText(ch);
    // A character that normalises to nothing (a space) or to several characters becomes a
    // space of the same length, so offsets stay aligned with the original.
    out += n.length === ch.length ? n : ' '.repeat(ch.length);
  }
  return out;
}
