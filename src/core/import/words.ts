/**
 * The vocabulary of an objectives document (the seed-000 layout and its variants): objective
 * lines, OGGETTO, the labelled fields, captions, the phase table's headers, types, and the
 * headings that set settore, ufficio and years. Pure functions on one piece of text.
 */
import { TIPI_OBIETTIVO } from '../model';
import { parseTipi } from '../read/parse';
import { normalizeText } from '../values';

/** Lower case, no accents, one kind of apostrophe, single spaces (line breaks too). */
export function norm(s: string): string {
  return normalizeText(s.replace(/[’‘`´]/g, "'"));
}

/** `norm` without spaces: `Tempisti ca` (a word broken by the layout) still reads `tempistica`. */
export function squash(s: string): string {
  return norm(s).replace(/[^a-z0-9%']/g, '');
}

// ---- objective line -------------------------------------------------------------------------

export interface ObjectiveLine {
  numero: number;
  /** The rest of the line (the type, when written there), trimmed. */
  rest: string;
}

const OBJECTIVE = /^obiettivo\s*(?:n|nr|num|numero|n°|nº)?\s*[.°º]?\s*(\d{1,3})(?![\d/])\s*[-–:.)]?\s*(.*)$/is;

/** `Obiettivo n.1 Mantenimento`, `Obiettivo n. 1`, `Obiettivo nr.2`, `Obiettivo nr. 2 Innovativo`. */
export function objectiveLine(text: string): ObjectiveLine | null {
  const m = OBJECTIVE.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  return { numero: Number(m[1]), rest: m[2].trim() };
}

// ---- OGGETTO ---------------------------------------------------------------------------------

/** `OGGETTO: …` → the title (null when the text is not an OGGETTO line; '' when the title follows). */
export function oggetto(text: string): string | null {
  const m = /^oggetto\s*[:.\-–]?\s*(.*)$/is.exec(text.trim());
  if (!m) return null;
  if (!/^oggetto\b/i.test(text.trim())) return null;
  return m[1].replace(/\s+/g, ' ').trim();
}

// ---- labelled fields -------------------------------------------------------------------------

export type FieldKey = 'descrizione' | 'risorseUmane' | 'risorseStrumentali' | 'costi' | 'risultatiAttesi' | 'risultatiOttenuti';

export const FIELD_LABELS: Record<FieldKey, string> = {
  descrizione: "Descrizione dell'obiettivo",
  risorseUmane: 'Risorse umane',
  risorseStrumentali: 'Risorse strumentali',
  costi: 'Costi',
  risultatiAttesi: 'Risultati attesi',
  risultatiOttenuti: 'Risultati ottenuti',
};

const LABELS: [RegExp, FieldKey][] = [
  // DESCRIZIONE DELL'OBIETTIVO, also misspelled OBBIETTIVO, or plain DESCRIZIONE.
  [/^descrizione(?: (?:dell ?'? ?|del |)o?bb?iettivo| obiettivo)?$/, 'descrizione'],
  [/^risorse umane$/, 'risorseUmane'],
  [/^risorse strumentali$/, 'risorseStrumentali'],
  [/^cost[io]$/, 'costi'],
  [/^risultat[io] attes[io]$/, 'risultatiAttesi'],
  [/^risultat[io] (?:ottenut[io]|raggiunt[io])$/, 'risultatiOttenuti'],
];

/** The field a label names (`DESCRIZIONE\nDELL'OBBIETTIVO` → descrizione), ignoring a final colon. */
export function fieldLabel(text: string): FieldKey | null {
  const s = norm(text).replace(/\s*:$/, '');
  for (const [re, key] of LABELS) if (re.test(s)) return key;
  return null;
}

/** `RISORSE UMANE: Rossi` written in one paragraph → the field and its value. */
export function labelWithValue(text: string): { field: FieldKey; value: string } | null {
  const i = text.indexOf(':');
  if (i <= 0 || i > 45) return null;
  const field = fieldLabel(text.slice(0, i));
  return field ? { field, value: text.slice(i + 1).trim() } : null;
}

/** The caption above the phase table, in its wordings (`INDICATORI DI RISULTATO`, `Indicazioni di risultato`…). */
export function isCaption(text: string): boolean {
  return /^(?:indicator[ei]|indicazion[ei]|indici) di risultato:?$/.test(norm(text));
}

// ---- phase table headers ---------------------------------------------------------------------

export type PhaseHeader = 'numero' | 'attivita' | 'tempistica' | 'indicatori' | 'previsto' | 'ottenuto';

export function phaseHeader(text: string): PhaseHeader | null {
  const s = squash(text);
  if (s === '') return null;
  if (/^(n|nr|n°|numero|fase|nfase)\.?$/.test(s.replace(/\./g, ''))) return 'numero';
  if (/^attivita/.test(s) || /^fasi?(di|da)/.test(s)) return 'attivita';
  if (/^(tempi|scadenz)/.test(s)) return 'tempistica';
  if (/^(indicator|indici|indicazion)/.test(s)) return 'indicatori';
  if (/^(previst|attes|target)/.test(s)) return 'previsto';
  if (/^(ottenut|raggiunt|consuntiv)/.test(s)) return 'ottenuto';
  return null;
}

// ---- types -----------------------------------------------------------------------------------

type Tipo = (typeof TIPI_OBIETTIVO)[number];

const CONNECTORS = new Set(['e', 'ed', '/', '-', '–', '+', ',', 'obiettivo', 'tipo', 'di']);

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

export interface TipoRead {
  tipi: Tipo[];
  /** Words read as a type despite a typo: [as written, type]. */
  corrected: [string, Tipo][];
  /** Words that are not a type. */
  unknown: string[];
}

/** The types in a piece of text, tolerating a typo of up to two letters (`Manitenimento`). */
export function readTipo(text: string): TipoRead {
  const out: TipoRead = { tipi: [], corrected: [], unknown: [] };
  for (const word of norm(text).split(/[\s,/+]+/).filter((w) => w !== '' && !CONNECTORS.has(w))) {
    const known = parseTipi(word).tipi[0];
    let tipo: Tipo | undefined = known;
    if (!tipo && word.length >= 6) {
      tipo = TIPI_OBIETTIVO.find((t) => distance(word, t.toLowerCase()) <= 2);
      if (tipo) out.corrected.push([word, tipo]);
    }
    if (tipo) {
      if (!out.tipi.includes(tipo)) out.tipi.push(tipo);
    } else out.unknown.push(word);
  }
  return out;
}

/** A line that holds only a type (`Mantenimento`, `Innovativo strategico`). */
export function isTypeOnly(text: string): boolean {
  const t = readTipo(text);
  return t.tipi.length > 0 && t.unknown.length === 0;
}

/** `Innovativo strategico`: the types in the document's order, as one cell. */
export function tipoText(tipi: Tipo[]): string {
  return tipi.map((t, i) => (i === 0 ? t : t.toLowerCase())).join(' ');
}

// ---- headings --------------------------------------------------------------------------------

export interface Heading {
  settore?: string;
  /** TUTTI: objectives assigned to every settore. */
  tutti?: boolean;
  /** null: the heading names the settore only, so the previous ufficio no longer applies. */
  ufficio?: string | null;
  anni?: number[];
  ente?: string;
}

const YEAR_SPAN = /\b(?:triennio|biennio|periodo|anni)?\s*(20\d\d)\s*(?:-|–|\/|al|a)\s*(20\d\d)\b/i;
const ONE_YEAR = /\b(?:anno\s+)?(20\d\d)\b/i;

/** Years named in a heading: a span (`TRIENNIO 2025/2027`, `2025 - 2027`) or one year. */
export function headingYears(text: string): { anni: number[]; rest: string } | null {
  const span = YEAR_SPAN.exec(text);
  if (span) {
    const a = Number(span[1]);
    const b = Number(span[2]);
    if (b >= a && b - a <= 5) {
      const anni = Array.from({ length: b - a + 1 }, (_, i) => a + i);
      return { anni, rest: (text.slice(0, span.index) + ' ' + text.slice(span.index + span[0].length)).trim() };
    }
  }
  const one = ONE_YEAR.exec(text);
  if (one) return { anni: [Number(one[1])], rest: (text.slice(0, one.index) + ' ' + text.slice(one.index + one[0].length)).trim() };
  return null;
}

/** A name as the register shows it: an all-capitals heading in sentence case, anything else as written. */
export function displayName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const letters = t.replace(/[^A-Za-zÀ-ÿ]/g, '');
  const upper = letters.replace(/[^A-ZÀ-Þ]/g, '').length;
  if (letters.length === 0 || upper / letters.length < 0.7) return t;
  const lower = t.toLocaleLowerCase('it-IT');
  return lower.charAt(0).toLocaleUpperCase('it-IT') + lower.slice(1);
}

/** Words around a year that say nothing about settore or ufficio (`OBIETTIVI P.E.G. ANNO 2025`). */
const FILLER = /^(?:obiettivi|obiettivo|di|del|della|settore|p ?e ?g|peg|piao|anno|anni|annualita|triennio|e|indicatori|risultato|performance|piano|dettaglio|per|il|la|gli|le|i)$/;

function onlyFiller(text: string): boolean {
  return norm(text)
    .replace(/\./g, '')
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .every((w) => FILLER.test(w));
}

/** A short line in capitals that reads as the name of a unit (`SERVIZI DEMOGRAFICI e PERSONALE`). */
export function looksLikeUnitName(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 80 || /[.;:]$/.test(t) || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  const letters = t.replace(/[^A-Za-zÀ-ÿ]/g, '');
  const upper = letters.replace(/[^A-ZÀ-Þ]/g, '').length;
  return letters.length >= 4 && upper / letters.length >= 0.8;
}

/**
 * A heading line: settore (`SETTORE TECNICO`, `OBIETTIVI INTERSETTORIALI`), ufficio (`UFFICIO
 * SEGRETERIA`, `OBIETTIVI MESSO COMUNALE`), years (`OBIETTIVI 2025`, `OBIETTIVI P.E.G. ANNO
 * 2025`, `TRIENNIO 2025/2027`) or the ente (`Comune di …`). `unitNames` also accepts a bare
 * name in capitals as an ufficio (only where no objective text is expected).
 */
export function heading(text: string, unitNames: boolean): Heading | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '' || objectiveLine(line) || oggetto(line) !== null || fieldLabel(line) || isCaption(line)) return null;
  const ente = /^(comune|citt[aà]|unione dei comuni|provincia)\s+(?:di|del|della|dei)\s+\S.*$/i.exec(line);
  if (ente && line.length <= 80) return { ente: displayName(line) };
  const years = headingYears(line);
  const rest = (years ? years.rest : line).replace(/[-–:,]+$/, '').trim();
  const n = norm(rest);
  const h: Heading = {};
  if (years) h.anni = years.anni;
  if (/^obiettivi (?:intersettoriali|trasversali|comuni a tutti i settori)\b/.test(n) || /^intersettoriali$/.test(n)) {
    h.settore = 'TUTTI';
    h.tutti = true;
    h.ufficio = null;
    return h;
  }
  const settore = /^(?:obiettivi (?:del |di )?)?(settore\s+.+?)(?:\s+(ufficio\s+.+))?$/i.exec(rest);
  if (settore && /^settore\s/i.test(settore[1]) && !/^settore$/i.test(settore[1].trim())) {
    const name = settore[1].replace(/\s+(?:obiettivi|anno)\b.*$/i, '').trim();
    if (!onlyFiller(name.replace(/^settore/i, '')) || /^settore\s+\S/i.test(name)) {
      if (norm(name) !== 'settore') {
        h.settore = displayName(name);
        h.ufficio = settore[2] ? displayName(settore[2]) : null;
        return h;
      }
    }
  }
  const ufficio = /^(?:obiettivi\s+)?(ufficio\s+.+|servizi?\s+.+)$/i.exec(rest);
  if (ufficio && !onlyFiller(ufficio[1])) {
    h.ufficio = displayName(ufficio[1].replace(/\s+(?:obiettivi|anno)\b.*$/i, ''));
    return h;
  }
  const obiettivi = /^obiettivi\b(.*)$/i.exec(rest);
  if (obiettivi) {
    const what = obiettivi[1].trim();
    if (what === '' || onlyFiller(what)) return h;
    if (looksLikeUnitName(what) || unitNames) {
      h.ufficio = displayName(what);
      return h;
    }
    return null;
  }
  if (years && (rest === '' || onlyFiller(rest))) return h;
  if (unitNames && !years && looksLikeUnitName(line)) {
    h.ufficio = displayName(line);
    return h;
  }
  return null;
}
