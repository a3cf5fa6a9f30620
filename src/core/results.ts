/** What the rules compute: the shapes the CLI prints, the pane shows and the plans write. */
import type { Diagnostic } from './diagnostics';
import type { LayoutInfo } from './layout';
import type { Piano } from './model';
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
  stato: 'misurato' | 'da_rilevare' | 'non_misurabile';
}

export type Classificazione = 'raggiunto' | 'parzialmente_raggiunto' | 'non_raggiunto' | 'da_rilevare';
export type ClassificazioneTempi = 'nei_tempi' | 'in_ritardo' | 'non_misurabile';

export interface ObiettivoResult {
  /** `Obiettivo.id`. */
  id: string;
  valoreRaggiunto: number | null;
  rispettoTempi: number | null;
  punteggio: number | null;
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
  /** `OK`, `mancano 5`, `eccede di 5`. */
  statoPesi: string;
  valoreRaggiunto: number | null;
  rispettoTempi: number | null;
  punteggio: number | null;
  esiti: { raggiunti: number; parziali: number; nonRaggiunti: number; daRilevare: number };
  /** Ids of objectives counted here whose punteggio is under the soglia. */
  sottoSoglia: string[];
  distribuzione: DistribuzionePunteggi;
}

export interface EnteResult {
  anno: number;
  punteggio: number | null;
}

export interface Analysis {
  piano: Piano;
  verifica: MomentoVerifica | null;
  diagnostics: Diagnostic[];
  /** Same order as `piano.obiettivi`. */
  obiettivi: ObiettivoResult[];
  settori: SettoreResult[];
  ente: EnteResult[];
  /** The layout the workbook was read from (register, schede or both), for display. */
  layout?: LayoutInfo;
}
