/** `YYYY-MM`, e.g. `2026-05`. */
export type YearMonth = string;

export type TempisticaKind = 'intervallo' | 'scadenza' | 'mesi' | 'ricorrente' | 'annuale' | 'sconosciuta';

/** What the reader makes of one Tempistica text, before chaining. */
export interface Schedule {
  kind: TempisticaKind;
  /** Months covered, sorted, unique. For a `scadenza` before chaining: the deadline month alone (one per year when the text names none). */
  months: YearMonth[];
  /** The subset of months that are deadlines (◆). */
  deadlines: YearMonth[];
  /**
   * The last deadline written as a date, as `YYYY-MM-DD`: a `scadenza` always has one (the
   * month's last day when only a month is given: `Entro dicembre 2025` → `2025-12-31`); `mesi`
   * and `intervallo` when a day is written (`30/04 e/o 31/10`, `dal 01/03 al 30/06`); else null.
   */
  deadlineDate: string | null;
  /** Text beyond the schedule (`ogni trimestre`, `Acconto + saldo`), or null. */
  note: string | null;
}

export interface TempisticaContext {
  /**
   * The objective's year(s). A text without a year is read in each of them (a multi-year
   * objective's `Entro 31 maggio` is a deadline every year). Empty: the plan year.
   */
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
