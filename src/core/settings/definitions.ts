/**
 * The settings (Impostazioni) of an ente's SMVP: ONE definition of each, with its name as the
 * Impostazioni sheet writes it, its synonyms, type, default, allowed values, an Italian
 * explanation and the one function that reads it. The reader (read/settings.ts), the pane's form
 * (ui/settingsForm.ts), the template's Impostazioni sheet (plans/register.ts) and the docs
 * all take them from here, so they cannot disagree.
 *
 * To add a setting: add one entry to SETTINGS (its key becomes a field of `Impostazioni`), then
 * use `imp.<key>` where it is computed. Nothing else has to change.
 */
import { z } from 'zod';
import { formatDateIt, formatNumberIt } from '../format';
import { isCellError, type CellValue } from '../grid';
import type { PlanValue } from '../plans/types';
import { normalizeHeader, readDate, readNumber, readText } from '../values';
import { FASCE_PUNTEGGIO, FASCE_RITARDO, FasciaSchema, formatFasce, parseFasce, type Fascia } from './fasce';

export const DEFAULT_SCALA = ['Insufficiente', 'Sufficiente', 'Discreto', 'Buono', 'Distinto', 'Ottimo'];

/** How a value is written and edited: decides the form's control and the docs' "valori ammessi". */
export type SettingType = 'testo' | 'anno' | 'data' | 'numero' | 'percentuale' | 'scala' | 'scelta' | 'si/no' | 'fasce' | 'json';

/** One allowed value of a `scelta` setting. */
export interface Choice<T extends string = string> {
  /** The value in the model. */
  value: T;
  /** The word written in the sheet (and saved by the pane). */
  text: string;
  /** What it means, for the pane's radio and the docs. */
  label: string;
  /** Normalised prefixes that read as this choice (`inclus` reads `Inclusi`, `inclusi nel 100`…). */
  match: string[];
}

/** A value as read: its cell value and number format (from the sheet), or text (from the document). */
export interface SettingInput {
  v: CellValue;
  fmt?: string;
}

export interface ReadContext {
  /** The plan year already read, for a date written without a year. */
  anno: number | null;
}

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface SettingDefinition<T> {
  /** The Voce exactly as the Impostazioni sheet writes it. */
  voce: string;
  /** Other names a clerk may write for the voce (compared normalised). */
  synonyms: string[];
  type: SettingType;
  /** Schema of the value in `Impostazioni`, with its default. */
  schema: z.ZodType<T>;
  choices?: readonly Choice[];
  /** Italian: what it changes, for a clerk (pane hint, docs, template). */
  help: string;
  /** Italian: the default as a clerk reads it (docs). */
  defaultText: string;
  /** Reads a value; the reason (Italian, "scrivi …") is the one the form and the warning show. */
  read(input: SettingInput, ctx: ReadContext): Read<T>;
  /** The value as text, as a clerk would write it (form placeholder, docs, pane). */
  show(value: T): string;
  /** The value for the template's Impostazioni sheet; undefined leaves the cell empty. */
  cell(value: T): { value: PlanValue | undefined; numberFormat?: string };
  /** False for a setting the pane's form does not edit. */
  inForm: boolean;
  /** When the reader must see another setting first (the year before a date without one). */
  after?: string[];
  /** The warning's effect when the value cannot be read (default: the default value is used). */
  onInvalid?: 'predefinito' | 'nessuna fascia';
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(reason: string): Read<T> => ({ ok: false, reason });

function textOf(input: SettingInput): string | null {
  return isCellError(input.v) ? null : readText(input.v, input.fmt);
}

const text = (s: string | null | undefined): PlanValue | undefined => (s ? { t: 'text', v: s } : undefined);
const num = (n: number | null | undefined): PlanValue | undefined => (n !== null && n !== undefined ? { t: 'number', v: n } : undefined);

function choiceSetting<T extends string>(
  base: { voce: string; synonyms: string[]; help: string },
  choices: readonly Choice<T>[],
  def: T,
): SettingDefinition<T> {
  const values = choices.map((c) => c.value) as [T, ...T[]];
  const words = choices.map((c) => `"${c.text}"`);
  const list = words.length === 2 ? `${words[0]} o ${words[1]}` : `${words.slice(0, -1).join(', ')} o ${words[words.length - 1]}`;
  const byValue = (v: T) => choices.find((c) => c.value === v)!;
  return {
    ...base,
    type: 'scelta',
    schema: z.enum(values).default(def) as unknown as z.ZodType<T>,
    choices,
    defaultText: byValue(def).text,
    read(input) {
      const s = normalizeHeader(textOf(input) ?? '');
      const c = s ? choices.find((x) => x.match.some((m) => s === m || s.startsWith(m))) : undefined;
      return c ? ok(c.value) : fail(`scrivi ${list}`);
    },
    show: (v) => byValue(v).text,
    cell: (v) => ({ value: text(byValue(v).text) }),
    inForm: true,
  };
}

function bandsSetting(base: { voce: string; synonyms: string[]; help: string }, kind: 'punteggio' | 'ritardo'): SettingDefinition<Fascia[] | null> {
  const opts = kind === 'ritardo' ? FASCE_RITARDO : FASCE_PUNTEGGIO;
  const unit = kind === 'ritardo' ? 'giorni' : '';
  return {
    ...base,
    type: 'fasce',
    schema: z.array(FasciaSchema).nullable().default(null),
    defaultText: 'nessuna fascia',
    read(input) {
      const p = parseFasce(textOf(input) ?? '', opts);
      return p.ok ? ok(p.value) : fail(p.reason);
    },
    show: (v) => (v ? formatFasce(v, unit) : ''),
    cell: (v) => ({ value: text(v ? formatFasce(v, unit) : null) }),
    inForm: true,
    onInvalid: 'nessuna fascia',
  };
}

const YES = new Set(['si', 'vero', 'true', 'x', '1', 'yes']);
const NO = new Set(['no', 'falso', 'false', '0']);

/** Every setting, in the order of the Impostazioni sheet; each entry is checked by `satisfies` or by its builder. */
export const SETTINGS = {
  ente: {
    voce: 'Ente',
    synonyms: ['Comune', 'Nome ente'],
    type: 'testo',
    schema: z.string().nullable().default(null),
    help: "Il nome dell'ente, per le intestazioni dei fogli generati.",
    defaultText: 'vuoto',
    read: (input) => ok(textOf(input)),
    show: (v: string | null) => v ?? '',
    cell: (v: string | null) => ({ value: text(v) }),
    inForm: true,
  } satisfies SettingDefinition<string | null>,
  anno: {
    voce: 'Anno',
    synonyms: ['Anno del piano', 'Esercizio'],
    type: 'anno',
    schema: z.number().int().nullable().default(null),
    help: "L'anno del piano, usato per gli obiettivi senza Anno.",
    defaultText: "l'anno degli obiettivi (se tutti uguali)",
    read(input) {
      const n = typeof input.v === 'number' ? input.v : Number((textOf(input) ?? '').trim());
      return Number.isInteger(n) && n >= 1900 && n <= 2199 ? ok(n) : fail('scrivi un anno di quattro cifre, es. 2025');
    },
    show: (v: number | null) => (v !== null ? String(v) : ''),
    cell: (v: number | null) => ({ value: num(v), numberFormat: '0' }),
    inForm: true,
  } satisfies SettingDefinition<number | null>,
  dataVerificaIntermedia: {
    voce: 'Data verifica intermedia',
    synonyms: ['Verifica intermedia'],
    type: 'data',
    schema: z.date().nullable().default(null),
    help: 'La data della verifica intermedia, per esempio 30/06/2025 (senza anno vale quello del piano).',
    defaultText: 'nessuna',
    read(input, ctx) {
      const d = readDate(input.v, input.fmt);
      const year = d?.year ?? ctx.anno;
      if (!d || d.day === null || year === null) return fail('scrivi una data completa, es. 30/06/2025');
      return ok(new Date(Date.UTC(year, d.month - 1, d.day)));
    },
    show: (v: Date | null) => (v ? formatDateIt(v) : ''),
    cell: (v: Date | null) => ({ value: v ? { t: 'date', v: v.toISOString().slice(0, 10) } : undefined, numberFormat: 'dd/mm/yyyy' }),
    inForm: true,
    after: ['anno'],
  } satisfies SettingDefinition<Date | null>,
  soglia: {
    voce: 'Soglia raggiungimento %',
    synonyms: ['Soglia raggiungimento', 'Soglia'],
    type: 'percentuale',
    schema: z.number().default(90),
    help: 'Il punteggio da cui un obiettivo è «raggiunto»; sotto, è parzialmente raggiunto (o non raggiunto sotto 50).',
    defaultText: '90',
    read(input) {
      const n = readNumber(input.v, input.fmt);
      return n && n.value >= 0 && n.value <= 100 ? ok(n.value) : fail('scrivi un numero da 0 a 100, es. 90');
    },
    show: (v: number) => formatNumberIt(v),
    cell: (v: number) => ({ value: num(v) }),
    inForm: true,
  } satisfies SettingDefinition<number>,
  scala: {
    voce: 'Scala qualitativa',
    synonyms: ['Scala'],
    type: 'scala',
    schema: z.array(z.string()).default(DEFAULT_SCALA),
    help: 'I livelli dei giudizi, dal peggiore al migliore, separati da «;».',
    defaultText: DEFAULT_SCALA.join('; '),
    read(input) {
      const levels = (textOf(input) ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0);
      return levels.length >= 2
        ? ok(levels)
        : fail('scrivi almeno due livelli dal peggiore al migliore separati da ";", es. Insufficiente; Sufficiente; Buono; Ottimo');
    },
    show: (v: string[]) => v.join('; '),
    cell: (v: string[]) => ({ value: text(v.join('; ')) }),
    inForm: true,
  } satisfies SettingDefinition<string[]>,
  pesiTutti: choiceSetting(
    { voce: 'Pesi TUTTI', synonyms: [], help: 'Come contano i pesi degli obiettivi assegnati a TUTTI i settori.' },
    [
      { value: 'inclusi', text: 'inclusi', label: 'Inclusi nel 100 di ogni settore (es. 40 trasversali + 60 propri)', match: ['inclus'] },
      { value: 'esclusi', text: 'esclusi', label: 'Esclusi: i propri fanno 100 da soli, quelli TUTTI 100 tra loro', match: ['esclus'] },
      { value: 'quota', text: 'quota', label: 'Quota fissa: il punteggio del settore è la «Quota TUTTI %» dei TUTTI più il resto dei propri', match: ['quota'] },
    ] as const,
    'inclusi',
  ),
  quotaTutti: {
    voce: 'Quota TUTTI %',
    synonyms: ['Quota TUTTI', 'Quota trasversali'],
    type: 'percentuale',
    schema: z.number().nullable().default(null),
    help: 'Con «Pesi TUTTI» = quota: quanto pesano gli obiettivi TUTTI nel punteggio di ogni settore (es. 35).',
    defaultText: 'nessuna (serve con «Pesi TUTTI» = quota)',
    read(input) {
      const n = readNumber(input.v, input.fmt);
      return n && n.value >= 0 && n.value <= 100 ? ok(n.value) : fail('scrivi un numero da 0 a 100, es. 35');
    },
    show: (v: number | null) => (v !== null ? formatNumberIt(v) : ''),
    cell: (v: number | null) => ({ value: num(v) }),
    inForm: true,
  } satisfies SettingDefinition<number | null>,
  penalitaGiorno: {
    voce: 'Penalità per giorno di ritardo',
    synonyms: ['Penalità giorno di ritardo', 'Penalità per giorno', 'Penalità'],
    type: 'numero',
    schema: z.number().default(100),
    help: 'I punti persi per ogni giorno di ritardo su una scadenza (100: in ritardo vale 0). «Fasce ritardo», se scritte, la sostituiscono.',
    defaultText: '100',
    read(input) {
      const n = readNumber(input.v, input.fmt);
      return n && n.value >= 0 ? ok(n.value) : fail('scrivi un numero di punti maggiore o uguale a 0, es. 100');
    },
    show: (v: number) => formatNumberIt(v),
    cell: (v: number) => ({ value: num(v) }),
    inForm: true,
  } satisfies SettingDefinition<number>,
  fasceRitardo: bandsSetting(
    {
      voce: 'Fasce ritardo',
      synonyms: [],
      help: 'Il valore di una scadenza mancata secondo i giorni di ritardo, es. «fino a 30 giorni = 50; oltre = 0». Se scritte, sostituiscono la penalità per giorno.',
    },
    'ritardo',
  ),
  consentiOltre100: {
    voce: 'Consenti oltre 100',
    synonyms: [],
    type: 'si/no',
    schema: z.boolean().default(false),
    help: 'Se il grado di raggiungimento di un indicatore può superare il 100%.',
    defaultText: 'NO',
    read(input) {
      if (typeof input.v === 'boolean') return ok(input.v);
      const s = normalizeHeader(textOf(input) ?? '');
      if (YES.has(s)) return ok(true);
      if (NO.has(s)) return ok(false);
      return fail('scrivi SI o NO');
    },
    show: (v: boolean) => (v ? 'SI' : 'NO'),
    // A boolean: the reader takes it as is (SI / NO are also accepted when typed).
    cell: (v: boolean) => ({ value: { t: 'bool', v } }),
    inForm: true,
  } satisfies SettingDefinition<boolean>,
  regolaObiettivo: choiceSetting(
    { voce: 'Regola obiettivo', synonyms: [], help: 'Come il punteggio dell’obiettivo combina i suoi indicatori.' },
    [
      { value: 'media', text: 'media', label: 'Media degli indicatori', match: ['media'] },
      { value: 'minimo', text: 'minimo', label: 'Il peggiore degli indicatori', match: ['minim'] },
    ] as const,
    'media',
  ),
  valoriMancanti: choiceSetting(
    { voce: 'Valori mancanti', synonyms: [], help: 'Che cosa vale un obiettivo senza alcun valore misurato.' },
    [
      { value: 'esclusi', text: 'esclusi', label: 'Da rilevare (escluso dalle medie)', match: ['esclus'] },
      { value: 'zero', text: 'zero', label: 'Vale zero', match: ['zero', '0'] },
    ] as const,
    'esclusi',
  ),
  fasce: bandsSetting(
    {
      voce: 'Fasce',
      synonyms: ['Fasce di punteggio'],
      help: 'Fasce di punteggio del SMVP, es. «sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100». Vuoto: nessuna fascia.',
    },
    'punteggio',
  ),
  fasceApplicateA: choiceSetting(
    { voce: 'Fasce applicate a', synonyms: ['Fasce applicate'], help: 'Dove si applicano le «Fasce»: a ogni indicatore prima delle medie, o solo al punteggio dell’obiettivo.' },
    [
      { value: 'indicatore', text: 'indicatore', label: 'A ogni indicatore, prima delle medie', match: ['indicator'] },
      { value: 'obiettivo', text: 'obiettivo', label: 'Solo al punteggio dell’obiettivo', match: ['obiettiv'] },
    ] as const,
    'indicatore',
  ),
  punteggioEnte: choiceSetting(
    { voce: 'Punteggio ente', synonyms: [], help: 'Come il punteggio dell’ente combina quelli dei settori.' },
    [
      { value: 'settori', text: 'media dei settori', label: 'Media dei settori', match: ['media', 'settor'] },
      { value: 'obiettivi', text: 'per numero di obiettivi', label: 'Ogni settore pesa per il numero dei suoi obiettivi', match: ['per numero', 'numero', 'obiettiv'] },
      { value: 'personale', text: 'per personale', label: 'Ogni settore pesa per le persone coinvolte', match: ['per personale', 'personale'] },
    ] as const,
    'settori',
  ),
  cronoprogramma: choiceSetting(
    { voce: 'Cronoprogramma', synonyms: ['Fogli cronoprogramma'], help: 'Come generare il Cronoprogramma: un foglio per anno con un blocco per settore, o un foglio per settore.' },
    [
      { value: 'blocchi', text: 'blocchi', label: 'Un foglio per anno, un blocco per settore', match: ['blocch'] },
      { value: 'fogli', text: 'fogli', label: 'Un foglio per settore', match: ['fogli'] },
    ] as const,
    'blocchi',
  ),
};

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/**
 * The *Mappa colonne* voce: the user's column mapping, JSON `{ "<sheet kind>": { "<field>":
 * "<header as in the sheet>" } }`. Read by read/settings.ts into the reader's column mapping (not
 * into `Impostazioni`); described here so the docs, the unknown-voce check and the pane see it.
 */
export const MAPPA_COLONNE = {
  voce: 'Mappa colonne',
  synonyms: [] as string[],
  type: 'json' as SettingType,
  help: 'L’associazione tra le colonne del file e quelle che lo strumento si aspetta, salvata dal pannello. Di solito non si scrive a mano.',
  defaultText: 'nessuna',
};

/** Where a setting in effect came from. */
export const SettingSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('foglio'), sheet: z.string(), cell: z.string() }),
  z.object({ kind: z.literal('documento') }),
  z.object({ kind: z.literal('predefinito') }),
]);
export type SettingSource = z.infer<typeof SettingSourceSchema>;

type Shape = { [K in SettingKey]: (typeof SETTINGS)[K]['schema'] };
const shape = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].schema])) as Shape;

/** The settings in effect: each key of SETTINGS, plus where each came from (`fonti`). */
export const ImpostazioniSchema = z.object({
  ...shape,
  /** Setting key → where its value came from; a key not listed has its default. */
  fonti: z.record(z.string(), SettingSourceSchema).default({}),
});
export type Impostazioni = z.infer<typeof ImpostazioniSchema>;

export function defaultImpostazioni(): Impostazioni {
  return ImpostazioniSchema.parse({});
}

/** Every voce the sheet may hold (canonical name and synonyms), normalised → the setting it sets. */
export function voceIndex(): Map<string, SettingKey | 'mappaColonne'> {
  const index = new Map<string, SettingKey | 'mappaColonne'>();
  for (const k of SETTING_KEYS) for (const name of [SETTINGS[k].voce, ...SETTINGS[k].synonyms]) index.set(normalizeHeader(name), k);
  index.set(normalizeHeader(MAPPA_COLONNE.voce), 'mappaColonne');
  return index;
}

export function settingSource(imp: Impostazioni, key: SettingKey): SettingSource {
  return (imp.fonti[key] as SettingSource | undefined) ?? { kind: 'predefinito' };
}

/** `foglio Impostazioni, cella B4` / `impostazioni del documento` / `valore predefinito`. */
export function describeSource(s: SettingSource): string {
  if (s.kind === 'foglio') return `foglio ${s.sheet}, cella ${s.cell}`;
  if (s.kind === 'documento') return 'impostazioni del documento';
  return 'valore predefinito';
}

export interface ResolvedSetting {
  key: SettingKey;
  voce: string;
  value: unknown;
  /** The value as a clerk writes it (`90`, `media dei settori`, `sotto 50 = 0; …`). */
  text: string;
  source: SettingSource;
}

/** Every setting in effect, in the definitions' order, with its value as text and where it came from. */
export function resolvedSettings(imp: Impostazioni): ResolvedSetting[] {
  return SETTING_KEYS.map((key) => {
    const def = SETTINGS[key] as SettingDefinition<unknown>;
    const value = imp[key];
    return { key, voce: def.voce, value, text: def.show(value), source: settingSource(imp, key) };
  });
}
