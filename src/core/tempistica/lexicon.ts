/**
 * The words of Tempistica texts, as regex sources over normalised text (lower case, no
 * accents). Month words come from values.ts so that every reader knows the same months.
 */
import { MONTH_PATTERN } from '../values';
import type { Conn, Freq } from './tokens';

/** A month word, whole, with an optional abbreviation dot. Group: the word. */
export const MONTH = `(${MONTH_PATTERN})(?![a-z])\\.?`;

/** A four-digit year (the 1900s and 2000s). Group: the year. */
export const YEAR4 = `((?:19|20)\\d{2})(?!\\d)`;

/** Optional year after a month: `maggio 2025`, `maggio/2025`, `mag-25`. Groups: 4-digit, 2-digit. */
export const YEAR_AFTER_MONTH = `(?:(?:\\s*[-/,]\\s*|\\s+)(?:(?:del(?:l')?|di)\\s*)?${YEAR4}|[-/'](\\d{2})(?![\\d/.]))?`;

/** Ordinal marks after a number: `1°`, `1º`, `1^`, `1a`. */
export const ORD_MARK = `(?:\\s*[°º^]|a(?![a-z]))?`;

/** Ordinals up to 6, as words, roman or arabic numerals; value by word. */
export const ORDINALS: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6,
  1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6,
  primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4,
  quinto: 5, sesto: 6,
};
export const ORDINAL = `(iv|iii|ii|vi|v|i|[1-6]|primo|prima|secondo|seconda|terzo|terza|quarto|quarta|quinto|sesto|ultimo|ultima)`;

/** Parts of the year and how many months each lasts. */
export const PERIOD_MONTHS: Array<[RegExp, number]> = [
  [/^bim/, 2],
  [/^trim/, 3],
  [/^quadrim/, 4],
  [/^sem/, 6],
];
export const PERIOD = `(bimestre|trimestre|quadrimestre|semestre|bim\\.?|trim\\.?|quadrim\\.?|sem\\.?)(?![a-z])`;

/** Recurrences (the whole span, with a recurrence point every N months). */
export const RECURRENCES: Array<[string, Freq]> = [
  [`mensil(?:e|i|mente)|ogni\\s+(?:singolo\\s+)?mese|tutti\\s+i\\s+mesi|ciascun\\s+mese|mese\\s+per\\s+mese|ogni\\s+fine\\s+mese|settimanal(?:e|i|mente)|ogni\\s+settimana|quindicinal(?:e|i|mente)|giornalier(?:o|a|i|e)|giornalmente|quotidian(?:o|a|i|e|amente)|ogni\\s+giorno`, 1],
  [`bimestral(?:e|i|mente)|ogni\\s+(?:due|2)\\s+mesi|ogni\\s+bimestre`, 2],
  [`trimestral(?:e|i|mente)|ogni\\s+(?:tre|3)\\s+mesi|ogni\\s+trimestre|ogni\\s+fine\\s+trimestre`, 3],
  [`quadrimestral(?:e|i|mente)|ogni\\s+(?:quattro|4)\\s+mesi|ogni\\s+quadrimestre`, 4],
  [`semestral(?:e|i|mente)|ogni\\s+(?:sei|6)\\s+mesi|ogni\\s+semestre|ogni\\s+fine\\s+semestre`, 6],
];

/** The whole year(s) of the text or of the objective. */
export const WHOLE = [
  `annual(?:e|i|mente)`,
  `(?:(?:ogni|ciascun|per\\s+ogni)\\s+anno)`,
  `(?:l'\\s*|l\\s)?(?:intero|tutto\\s+l'?\\s*|tutto\\s+il\\s+|per\\s+tutto\\s+l'?\\s*|l'?\\s*intero\\s+)\\s*(?:anno|esercizio|periodo|arco\\s+dell'?\\s*anno)`,
  `anno\\s+(?:intero|solare)`,
  `intera\\s+annualita|annualita`,
  `(?:per\\s+)?tutto\\s+il(?=\\s*(?:19|20)\\d{2}(?!\\d))`,
  // `nel corso del 2025`, `durante il 2025`: the whole of the year named right after
  `(?:(?:nel|durante\\s+il|lungo\\s+il)\\s+corso\\s+del|durante\\s+(?:tutto\\s+)?il)(?=\\s*(?:19|20)\\d{2}(?!\\d))`,
  `(?:nel|durante\\s+il|lungo\\s+il)\\s+corso\\s+dell'?\\s*(?:anno|esercizio)`,
  `durante\\s+(?:tutto\\s+)?l'?\\s*(?:anno|esercizio)`,
  `in\\s+corso\\s+d'?\\s*(?:anno|esercizio)`,
  `trienn(?:io|ale)|bienn(?:io|ale)|quinquennio`,
  `continu(?:o|a|ativo|ativa|ativamente|amente)|in\\s+continuo|costante(?:mente)?|permanente(?:mente)?`,
].join('|');

/** Connectors made of several words, or that must win over a shorter reading. */
export const CONNECTORS: Array<[string, Conn]> = [
  [`a\\s+(?:partire|decorrere|far\\s+data)\\s+da(?:l|lla|ll'|i|gli|lle)?|con\\s+decorrenza\\s+da(?:l|lla|ll')?|decorrenza|a\\s+partire|inizio|avvio|partenza`, 'from'],
  [`(?:fino|sino)\\s+(?:a(?:l|lla|ll'|d|i|gli|lle)?|ad)|(?:fino|sino)`, 'until'],
  [`entro\\s+e\\s+non\\s+oltre|non\\s+oltre|entro|scadenza|termine|deadline`, 'by'],
  [`da(?:l|lla|ll'|i|gli|lle)?`, 'from'],
  [`a(?:l|lla|ll'|d|i|gli|lle)?`, 'to'],
  [`tra|fra`, 'between'],
  [`e\\s*/\\s*o|ed\\s*/\\s*o|e|ed|o|od|oppure|[,;+&]`, 'and'],
  [`-+`, 'dash'],
  [`/`, 'slash'],
];

/** Glue words and punctuation: part of a time expression, never part of a note. */
export const FILLERS =
  `(?:il|lo|la|l'|i|gli|le|di|d'|del|dello|della|dell'|dei|degli|delle|nel|nello|nella|nell'|nei|negli|nelle|in|per|mese|mesi|anno|anni|esercizio|esercizi|periodo|cadenza|a\\s+cadenza|ciascun|ciascuno|ogni|data|giorno|corrente|in\\s+corso)|[.:()\\[\\]"«»*']`;

/** Seasons: time words with no agreed months; a text that has nothing firmer is unreadable. */
export const VAGUE = `primaver(?:a|e|ile|ili)|estat(?:e|i)|estiv(?:o|a|i|e)|autunn(?:o|i|ale|ali)|invern(?:o|i|ale|ali)`;
