/** What the rules compute: the shapes the CLI prints, the pane shows and the plans write. */
import type { Diagnostic } from './diagnostics';
import type { LayoutInfo } from './layout';
import type { Piano } from './model';
import type { RegoleSmvp } from './rules/smvp';
import type { PhaseSchedule } from './tempistica/types';

export type MomentoVerifica = 'intermedia' | 'finale';

export type IndicatorKind = 'numero' | 'percentuale' | 'data' | 'livello' | 'sino' | 'testo';

export interface IndicatoreResult {
  /** Index in `obiettivo.indicatori`, or in `obiettivo.fasi` when `fromFase`. */
  index: number;
  fromFase: boolean;
  /** The kind read from the target's value; null when no rule reads it. */
  kind: IndicatorKind | null;
  /** True for a time (deadline) indicator: it counts in rispetto tempi. */
  tempo: boolean;
  /** Grado di raggiungimento 0–100 (or above, with `consentiOltre100`); null when not measured. */
  grado: number | null;
  /** A − T in the indicator's unit (points, days, levels); null when not computable. */
  scostamento: number | null;
  /** Unit of the scostamento: `punti %`, `giorni`, `livelli`, or '' for plain numbers. */
  scostamentoUnita: string;
  /** G − 100: the scostamento as a percentage; null when not measured. */
  scostamentoPct?: number | null;
  /** G after the score bands, when `Fasce` apply to indicators; otherwise absent. */
  gradoFasce?: number | null;
  /** `non_valutabile`: set aside by the Nucleo (Indicatori, Non valutabile = SI), out of every average. */
  stato: 'misurato' | 'da_rilevare' | 'non_misurabile' | 'non_valutabile';
}

export type Classificazione = 'raggiunto' | 'parzialmente_raggiunto' | 'non_raggiunto' | 'da_rilevare';
export type ClassificazioneTempi = 'nei_tempi' | 'in_ritardo' | 'non_misurabile';

export interface ObiettivoResult {
  /** `Obiettivo.id`. */
  id: string;
  valoreRaggiunto: number | null;
  rispettoTempi: number | null;
  /** The punteggio that counts: the validated one when the Nucleo gave a valid one, else the computed one. */
  punteggio: number | null;
  /** The punteggio the rules compute (bands applied). */
  punteggioCalcolato: number | null;
  /** The Nucleo's `Punteggio validato`, when valid (0–100); null otherwise. */
  punteggioValidato: number | null;
  classificazione: Classificazione;
  tempi: ClassificazioneTempi;
  indicatori: IndicatoreResult[];
  /** One per fase, in order. */
  schedules: PhaseSchedule[];
}

export interface DistribuzionePunteggi {
  /** Counts of punteggi in [0,50), [50,70), [70,90), [90,100), exactly 100 and above. */
  fasce: { etichetta: string; da: number; a: number | null; conteggio: number }[];
}

export interface SettoreResult {
  anno: number;
  settore: string;
  responsabile: string | null;
  obiettiviPropri: number;
  obiettiviTutti: number;
  sommaPesi: number;
  /** `Pesi TUTTI = quota`: the sum of the TUTTI objectives' pesi of the year (checked once), else null. */
  sommaPesiTutti: number | null;
  /** `OK`, `mancano 5`, `eccede di 5`. */
  statoPesi: string;
  valoreRaggiunto: number | null;
  rispettoTempi: number | null;
  punteggio: number | null;
  /** The punteggio from the computed objective punteggi (equal to `punteggio` unless the Nucleo validated some). */
  punteggioCalcolato: number | null;
  esiti: { raggiunti: number; parziali: number; nonRaggiunti: number; daRilevare: number };
  /** Ids of objectives counted here whose punteggio is under the soglia. */
  sottoSoglia: string[];
  distribuzione: DistribuzionePunteggi;
}

export interface EnteResult {
  anno: number;
  /** Punteggio, valore raggiunto and rispetto tempi of the settori, combined by `Punteggio ente`. */
  punteggio: number | null;
  punteggioCalcolato: number | null;
  valoreRaggiunto: number | null;
  rispettoTempi: number | null;
  /** The ente's objectives of the year, each once (a TUTTI objective is one objective of the ente). */
  obiettivi: number;
  obiettiviPropri: number;
  obiettiviTutti: number;
  esiti: { raggiunti: number; parziali: number; nonRaggiunti: number; daRilevare: number };
  distribuzione: DistribuzionePunteggi;
}

/** One objective a person works on, with its punteggio (the one that counts). */
export interface PartecipazioneResult {
  /** `Obiettivo.id`. */
  id: string;
  settore: string;
  numero: number | null;
  partecipazione: number;
  punteggio: number | null;
}

/** The objectives' part of one person's evaluation in one year (docs/regole.md#parte-individuale). */
export interface PersonaResult {
  nominativo: string;
  categoria: string | null;
  anno: number;
  /** Σ(% partecipazione × punteggio) / Σ(% partecipazione) over the objectives with a punteggio. */
  punteggio: number | null;
  /** Σ % partecipazione over the year's objectives. */
  partecipazioneTotale: number;
  obiettivi: PartecipazioneResult[];
}

export interface Analysis {
  piano: Piano;
  verifica: MomentoVerifica | null;
  diagnostics: Diagnostic[];
  /** Same order as `piano.obiettivi`. */
  obiettivi: ObiettivoResult[];
  settori: SettoreResult[];
  ente: EnteResult[];
  /** The individual part, per person and year (empty when no objective has Personale). */
  persone?: PersonaResult[];
  /** The SMVP variants the figures were computed with. */
  regole?: RegoleSmvp;
  /** The layout the workbook was read from (register, schede or both), for display. */
  layout?: LayoutInfo;
}
