/**
 * The domain model: what the readers (register, and later schede) produce and what the rules,
 * the plans of generated sheets, the CLI and the task pane consume. Types come from the zod
 * schemas so that a model built by any reader can be validated the same way.
 */
import { z } from 'zod';

export const CellErrorSchema = z.object({ error: z.string() });
export const CellValueSchema = z.union([z.number(), z.string(), z.boolean(), z.date(), CellErrorSchema, z.null()]);

/** A value kept as the user typed it, with its number format: the rules interpret it. */
export const RawValueSchema = z.object({
  v: CellValueSchema,
  fmt: z.string().optional(),
  /** A1 address of the cell it came from (sheet is the owning row's). */
  cell: z.string().optional(),
});
export type RawValue = z.infer<typeof RawValueSchema>;

/** Where a model object came from: its sheet, its (1-based) row, and the A1 address of each field read. */
export const SourceSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  cells: z.record(z.string(), z.string()),
});
export type Source = z.infer<typeof SourceSchema>;

/** The key columns a child row uses to point at its objective, as read. */
export const ChiaveSchema = z.object({
  anni: z.array(z.number().int()),
  settore: z.string(),
  /** The Ufficio column, when the sheet has one: part of the key (docs/formato-cartella.md). */
  ufficio: z.string().nullable().optional(),
  numero: z.number().int().nullable(),
  codice: z.string().nullable(),
});
export type Chiave = z.infer<typeof ChiaveSchema>;

export const FaseSchema = z.object({
  numero: z.number().int(),
  attivita: z.string(),
  tempistica: z.string().nullable(),
  inizio: RawValueSchema.nullable(),
  fine: RawValueSchema.nullable(),
  previsto: RawValueSchema.nullable(),
  ottenuto: RawValueSchema.nullable(),
  /** Months marked in a scheda's CRONOPROGRAMMA grid, as `YYYY-MM`; null when there is no grid. */
  mesiSegnati: z.array(z.string()).nullable().default(null),
  source: SourceSchema,
});
export type Fase = z.infer<typeof FaseSchema>;

export const GRUPPI_INDICATORE = ['Quantità', 'Tempo', 'Costo', 'Qualità'] as const;
export const GruppoIndicatoreSchema = z.enum(GRUPPI_INDICATORE);
export type GruppoIndicatore = z.infer<typeof GruppoIndicatoreSchema>;

export const DirezioneSchema = z.enum(['crescente', 'decrescente']);
export type Direzione = z.infer<typeof DirezioneSchema>;

export const IndicatoreSchema = z.object({
  gruppo: GruppoIndicatoreSchema,
  descrizione: z.string(),
  atteso: RawValueSchema.nullable(),
  direzione: DirezioneSchema,
  raggiuntoIntermedio: RawValueSchema.nullable(),
  raggiunto: RawValueSchema.nullable(),
  /** Weight of the indicator inside its objective, when `Indicatori` has a Peso column. */
  peso: z.number().nullable(),
  /** `Non valutabile` = SI (set by the Nucleo): the indicator leaves every average. */
  nonValutabile: z.boolean().optional(),
  /** `Nota`: why the indicator is non valutabile. */
  nota: z.string().nullable().optional(),
  source: SourceSchema,
});
export type Indicatore = z.infer<typeof IndicatoreSchema>;

export const PersonaleSchema = z.object({
  categoria: z.string().nullable(),
  nominativo: z.string(),
  partecipazione: z.number().nullable(),
  source: SourceSchema,
});
export type Personale = z.infer<typeof PersonaleSchema>;

export const VerificaSchema = z.object({
  tipo: z.enum(['intermedia', 'finale']),
  data: RawValueSchema.nullable(),
  cause: z.string().nullable(),
  effetti: z.string().nullable(),
  provvedimentiIntrapresi: z.string().nullable(),
  provvedimentiDaAttivare: z.string().nullable(),
  source: SourceSchema,
});
export type Verifica = z.infer<typeof VerificaSchema>;

export const TIPI_OBIETTIVO = ['Strategico', 'Innovativo', 'Mantenimento', 'Gestionale', 'Sviluppo'] as const;

export const ObiettivoSchema = z.object({
  /** Stable identity: `C:<codice>` or `K:<anni>|<settore normalised>|<n>`. */
  id: z.string(),
  /** The years the objective counts in: one, or each year of a span (`2025-2027`). */
  anni: z.array(z.number().int()),
  /** The Anno cell as written (`2025`, `Triennio 2025/2027`), for display. */
  annoTesto: z.string().nullable(),
  /** The settore as written, trimmed. */
  settore: z.string(),
  /** True for an objective assigned to every settore (`TUTTI`, `Intersettoriale`…). */
  tutti: z.boolean(),
  /** The Ufficio (a unit inside the settore), when the register has the column: part of the key. */
  ufficio: z.string().nullable().optional(),
  responsabile: z.string().nullable(),
  numero: z.number().int().nullable(),
  codice: z.string().nullable(),
  /** Tipi recognised in the Tipo cell (`Innovativo strategico` → both). */
  tipi: z.array(z.enum(TIPI_OBIETTIVO)),
  tipoTesto: z.string().nullable(),
  titolo: z.string(),
  descrizione: z.string().nullable(),
  /** Peso 0–100, null when missing or unreadable (a diagnostic says why). */
  peso: z.number().nullable(),
  dup: z.string().nullable(),
  risorseUmane: z.string().nullable(),
  risorseStrumentali: z.string().nullable(),
  costi: z.string().nullable(),
  risultatiAttesi: z.string().nullable(),
  risultatiOttenuti: z.string().nullable(),
  /** `Punteggio validato` typed by the Nucleo, as written (read and checked by the rules). */
  punteggioValidato: RawValueSchema.nullable().optional(),
  /** `Nota del Nucleo`: why the validated punteggio differs from the computed one. */
  notaNucleo: z.string().nullable().optional(),
  fasi: z.array(FaseSchema),
  indicatori: z.array(IndicatoreSchema),
  personale: z.array(PersonaleSchema),
  verifiche: z.array(VerificaSchema),
  source: SourceSchema,
});
export type Obiettivo = z.infer<typeof ObiettivoSchema>;

// The settings are defined once, in settings/definitions.ts (docs/regole.md, Impostazioni).
export { DEFAULT_SCALA, ImpostazioniSchema, defaultImpostazioni, type Impostazioni } from './settings/definitions';
import { ImpostazioniSchema } from './settings/definitions';

/** Canonical fields of each register sheet, used for column maps (reading and writing back). */
export type SheetKind = 'obiettivi' | 'fasi' | 'indicatori' | 'personale' | 'verifiche' | 'impostazioni';

/** Where a register sheet was found: enough to write computed columns and formulas over it. */
export const SheetInfoSchema = z.object({
  kind: z.enum(['obiettivi', 'fasi', 'indicatori', 'personale', 'verifiche', 'impostazioni']),
  name: z.string(),
  /** 0-based index of the header row. */
  headerRow: z.number().int(),
  /** 0-based index of the last data row (headerRow when there is none). */
  lastRow: z.number().int(),
  /** Canonical field → 0-based column index, for the columns found. */
  columns: z.record(z.string(), z.number().int()),
  /** Number of columns the header row spans (first free column index). */
  width: z.number().int(),
});
export type SheetInfo = z.infer<typeof SheetInfoSchema>;

export const PianoSchema = z.object({
  obiettivi: z.array(ObiettivoSchema),
  impostazioni: ImpostazioniSchema,
  /** The layout the plan was read from. */
  layout: z.enum(['registro', 'schede', 'misto', 'vuoto']),
  /** The register sheets found, by kind. */
  sheets: z.array(SheetInfoSchema),
});
export type Piano = z.infer<typeof PianoSchema>;

