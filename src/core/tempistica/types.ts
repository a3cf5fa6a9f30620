/** `YYYY-MM`, e.g. `2026-05`. */
export type YearMonth = string;

export type TempisticaKind = 'intervallo' | 'scadenza' | 'mesi' | 'ricorrente' | 'annuale' | 'sconosciuta';

/** What the reader makes of one Tempistica text, before chaining. */
export interface Schedule {
  kind: TempisticaKind;
  /** Months covered, sorted, unique. For a `scadenza` before chaining: the deadline month alone. */
  months: YearMonth[];
  /** The subset of months that are deadlines (◆). */
  deadlines: YearMonth[];
  /** For `scadenza` (and day-dates in `mesi`): the deadline as `YYYY-MM-DD`, the last one when several. */
  deadlineDate: string | null;
  /** Text beyond the schedule (`ogni trimestre`, `Acconto + saldo`), or null. */
  note: string | null;
}

export interface TempisticaContext {
  /** The objective's year(s); the first is used for texts without a year. Empty: the plan year. */
  years: number[];
  /** The plan year, when the objective has none. */
  planYear?: number | null;
}

/** A phase's schedule after Inizio/Fine and chaining within its objective. */
export interface PhaseSchedule extends Schedule {
  /** Where the months came from. */
  source: 'inizio-fine' | 'tempistica' | 'cronoprogramma' | 'nessuna';
  /** True when this deadline comes before its phase's chained start (deadlines out of order). */
  outOfOrder: boolean;
}
