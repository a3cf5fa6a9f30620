/**
 * Score bands (`Fasce`, `Fasce ritardo`; docs/regole.md, SMVP variants): the text a clerk writes,
 * `sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100`, turned into bands that cover
 * every value without gaps or overlaps. A text that does not read, or leaves a gap, gives a
 * reason (the caller reports IMPOSTAZIONE_NON_VALIDA) and no bands at all: half a rule would
 * compute a score the SMVP does not say.
 */
import { z } from 'zod';
import { formatNumberIt } from '../format';
import { normalizeText, parseNumberText } from '../values';

export const FasciaSchema = z.object({
  /** Lower edge; null: no lower edge. */
  da: z.number().nullable(),
  daIncluso: z.boolean(),
  /** Upper edge; null: no upper edge. */
  a: z.number().nullable(),
  aIncluso: z.boolean(),
  /** The value a score in the band takes: fixed, or the score itself. */
  valore: z.union([z.number(), z.literal('proporzionale')]),
});
export type Fascia = z.infer<typeof FasciaSchema>;

export type FasceResult = { ok: true; value: Fascia[] } | { ok: false; reason: string };

export interface FasceOptions {
  /** `proporzionale` allowed as a value (score bands yes; lateness bands no). */
  proporzionale: boolean;
  /** The values that must be covered: [0, upTo] (Infinity: every value from 0 up). */
  upTo: number;
  /** The unit words allowed after a number (`giorni` for lateness). */
  unit?: RegExp;
}

export const FASCE_PUNTEGGIO: FasceOptions = { proporzionale: true, upTo: 100 };
export const FASCE_RITARDO: FasceOptions = { proporzionale: false, upTo: Infinity, unit: /^(giorni|giorno|gg)$/ };

const EXAMPLE_PUNTEGGIO = 'sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100';

function num(text: string, unit?: RegExp): number | null {
  let t = text.trim();
  const words = t.split(/\s+/);
  if (words.length === 2 && unit?.test(words[1])) t = words[0];
  const n = parseNumberText(t);
  return n ? n.value : null;
}

type Range = Pick<Fascia, 'da' | 'daIncluso' | 'a' | 'aIncluso'>;

/** One band's range text (`da 50 a meno di 90`), or null. `previous` closes a bare `oltre`. */
function readRange(text: string, opts: FasceOptions, previous: Range | null): Range | null {
  const n = (s: string) => num(s, opts.unit);
  let m: RegExpExecArray | null;
  if ((m = /^(?:sotto|meno di|sotto a|sotto il|inferiore a) (.+)$/.exec(text)) && n(m[1]) !== null) {
    return { da: null, daIncluso: false, a: n(m[1]), aIncluso: false };
  }
  if ((m = /^(?:fino a|fino al|fino ad|entro) (.+)$/.exec(text)) && n(m[1]) !== null) {
    return { da: null, daIncluso: false, a: n(m[1]), aIncluso: true };
  }
  if ((m = /^da (.+?) a meno di (.+)$/.exec(text)) && n(m[1]) !== null && n(m[2]) !== null) {
    return { da: n(m[1]), daIncluso: true, a: n(m[2]), aIncluso: false };
  }
  if ((m = /^da (.+?) (?:a|fino a) (.+)$/.exec(text)) && n(m[1]) !== null && n(m[2]) !== null) {
    return { da: n(m[1]), daIncluso: true, a: n(m[2]), aIncluso: true };
  }
  if ((m = /^(?:da|almeno) (.+?)(?: in su| e oltre)?$/.exec(text)) && n(m[1]) !== null) {
    return { da: n(m[1]), daIncluso: true, a: null, aIncluso: false };
  }
  if ((m = /^(?:oltre|sopra|piu di) (.+)$/.exec(text)) && n(m[1]) !== null) {
    return { da: n(m[1]), daIncluso: false, a: null, aIncluso: false };
  }
  if (/^(?:oltre|altrimenti|il resto)$/.test(text) && previous && previous.a !== null) {
    return { da: previous.a, daIncluso: !previous.aIncluso, a: null, aIncluso: false };
  }
  return null;
}

function edge(x: number): string {
  return formatNumberIt(x);
}

/** Bands from the clerk's text; a reason (Italian, `scrivi …`) when they do not read or do not cover. */
export function parseFasce(text: string, opts: FasceOptions = FASCE_PUNTEGGIO): FasceResult {
  const parts = text
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const example = opts === FASCE_RITARDO ? 'fino a 30 giorni = 50; oltre = 0' : EXAMPLE_PUNTEGGIO;
  const fail = (why: string): FasceResult => ({ ok: false, reason: `${why}; scrivi le fasce separate da ";", es. ${example}` });
  if (parts.length === 0) return fail('non ci sono fasce');
  const bands: Fascia[] = [];
  for (const part of parts) {
    const eq = part.split('=');
    if (eq.length !== 2) return fail(`"${part}" non ha la forma "fascia = valore"`);
    const range = readRange(normalizeText(eq[0]).replace(/%/g, '').replace(/\s+/g, ' ').trim(), opts, bands[bands.length - 1] ?? null);
    if (!range) return fail(`"${eq[0].trim()}" non è una fascia leggibile`);
    const valueText = normalizeText(eq[1]).trim();
    let valore: Fascia['valore'];
    if (valueText.startsWith('proporzional')) {
      if (!opts.proporzionale) return fail(`"${eq[1].trim()}" non è un valore ammesso qui (serve un numero da 0 a 100)`);
      valore = 'proporzionale';
    } else {
      const v = num(valueText.replace(/\s*%$/, ''));
      if (v === null || v < 0 || v > 100) return fail(`"${eq[1].trim()}" non è un valore da 0 a 100${opts.proporzionale ? ' né "proporzionale"' : ''}`);
      valore = v;
    }
    if (range.da !== null && range.a !== null && (range.a < range.da || (range.a === range.da && !(range.daIncluso && range.aIncluso)))) {
      return fail(`la fascia "${eq[0].trim()}" è vuota`);
    }
    bands.push({ ...range, valore });
  }
  const sorted = [...bands].sort((x, y) => (x.da ?? -Infinity) - (y.da ?? -Infinity) || Number(y.daIncluso) - Number(x.daIncluso));
  // Coverage of [0, upTo]: the first band reaches 0, each next one starts exactly where the previous ends.
  const first = sorted[0];
  if (first.da !== null && (first.da > 0 || (first.da === 0 && !first.daIncluso))) return fail(`nessuna fascia comprende i valori sotto ${edge(first.da)}`);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev.a === null) return fail('le fasce si sovrappongono');
    const start = cur.da ?? -Infinity;
    if (start < prev.a || (start === prev.a && prev.aIncluso && cur.daIncluso)) return fail(`le fasce si sovrappongono intorno a ${edge(prev.a)}`);
    if (start > prev.a || (start === prev.a && !prev.aIncluso && !cur.daIncluso)) return fail(`manca una fascia tra ${edge(prev.a)} e ${edge(start)}`);
  }
  const last = sorted[sorted.length - 1];
  if (last.a !== null && (last.a < opts.upTo || (last.a === opts.upTo && !last.aIncluso))) return fail(`nessuna fascia comprende i valori sopra ${edge(last.a)}`);
  return { ok: true, value: sorted };
}

function contains(f: Fascia, x: number): boolean {
  const aboveLow = f.da === null || x > f.da || (x === f.da && f.daIncluso);
  const belowHigh = f.a === null || x < f.a || (x === f.a && f.aIncluso);
  return aboveLow && belowHigh;
}

/**
 * The value of `x` under `bands` (exact comparison at the edges: 90 is in `da 90`). A value
 * beyond the covered range (a score over 100 with bands up to 100) takes the nearest band.
 */
export function applyFasce(bands: readonly Fascia[], x: number): number {
  const band = bands.find((f) => contains(f, x)) ?? (x < 0 ? bands[0] : bands[bands.length - 1]);
  if (!band) return x;
  return band.valore === 'proporzionale' ? x : band.valore;
}

/** The bands as a clerk writes them (the template's cell, the pane, the docs). */
export function formatFasce(bands: readonly Fascia[], unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  return bands
    .map((f) => {
      let range: string;
      if (f.da === null) range = f.aIncluso ? `fino a ${edge(f.a!)}${u}` : `sotto ${edge(f.a!)}${u}`;
      else if (f.a === null) range = f.daIncluso ? `da ${edge(f.da)}${u}` : `oltre ${edge(f.da)}${u}`;
      else range = f.aIncluso ? `da ${edge(f.da)} a ${edge(f.a)}${u}` : `da ${edge(f.da)} a meno di ${edge(f.a)}${u}`;
      return `${range} = ${f.valore === 'proporzionale' ? 'proporzionale' : edge(f.valore)}`;
    })
    .join('; ');
}
