/**
 * The register's columns: for each sheet kind, its canonical fields with the header synonyms
 * (docs/formato-cartella.md). Canonical field names are the keys of `SheetInfo.columns`: the generated-sheets
 * code uses them to find the columns it writes or refers to in formulas.
 */
import type { SheetKind } from '../model';

export interface FieldSpec {
  /** Canonical field name (key of `SheetInfo.columns`). */
  field: string;
  /** Header texts that name this column, the first one being the canonical header. */
  synonyms: string[];
  /** True when the header must be there for the sheet to be read. */
  required?: boolean;
  /** Computed columns the tool writes: read for the column map only, never as data. */
  computed?: boolean;
}

/** The key columns every child sheet uses to point at its objective. */
const KEY_FIELDS: FieldSpec[] = [
  { field: 'anno', synonyms: ['Anno', 'Esercizio', 'Annualità'] },
  { field: 'settore', synonyms: ['Settore', 'Area', 'Servizio', 'Struttura', 'Unità organizzativa'] },
  { field: 'numero', synonyms: ['N.', 'N', 'Nr.', 'Numero', 'N. obiettivo', 'Obiettivo n.'] },
  { field: 'codice', synonyms: ['Codice', 'Cod.', 'ID', 'Codice obiettivo'] },
  // Part of the key when present: numbers restart in each ufficio (docs/formato-cartella.md).
  { field: 'ufficio', synonyms: ['Ufficio', 'Unità operativa', 'U.O.'] },
];

export const OBIETTIVI_FIELDS: FieldSpec[] = [
  KEY_FIELDS[0],
  { ...KEY_FIELDS[1], required: true },
  KEY_FIELDS[4],
  { field: 'responsabile', synonyms: ['Responsabile', 'Responsabile di servizio', 'Responsabile di settore', 'Dirigente'] },
  { ...KEY_FIELDS[2], required: true },
  KEY_FIELDS[3],
  { field: 'tipo', synonyms: ['Tipo', 'Tipologia', 'Natura', 'Tipo obiettivo'] },
  { field: 'titolo', synonyms: ['Obiettivo', 'Oggetto', 'Titolo', 'Denominazione'], required: true },
  { field: 'descrizione', synonyms: ['Descrizione', 'Descrizione obiettivo', "Descrizione dell'obiettivo"] },
  { field: 'peso', synonyms: ['Peso', 'Peso %', 'Ponderazione'], required: true },
  {
    field: 'dup',
    synonyms: ['Collegamento DUP', 'DUP', 'Missione/Programma', 'Collegamento con Rel. Prev. Prog./DUP'],
  },
  { field: 'risorseUmane', synonyms: ['Risorse umane'] },
  { field: 'risorseStrumentali', synonyms: ['Risorse strumentali'] },
  { field: 'costi', synonyms: ['Costi'] },
  { field: 'risultatiAttesi', synonyms: ['Risultati attesi'] },
  { field: 'risultatiOttenuti', synonyms: ['Risultati ottenuti'] },
  // Validation by the Nucleo (docs/formato-cartella.md): typed by the Nucleo, read by the rules.
  { field: 'punteggioValidato', synonyms: ['Punteggio validato', 'Punteggio Nucleo', 'Valutazione del Nucleo'] },
  { field: 'notaNucleo', synonyms: ['Nota del Nucleo', 'Note Nucleo', 'Motivazione'] },
  { field: 'valoreRaggiunto', synonyms: ['Valore raggiunto %', 'Media valore raggiunto %'], computed: true },
  { field: 'rispettoTempi', synonyms: ['Rispetto tempi %', 'Media rispetto dei tempi %'], computed: true },
];

export const FASI_FIELDS: FieldSpec[] = [
  ...KEY_FIELDS,
  { field: 'numeroFase', synonyms: ['N. fase', 'Fase', 'N. attività'] },
  {
    field: 'attivita',
    synonyms: ['Attività', 'Attività da compiere', 'Descrizione fase', 'Fase di attuazione'],
    required: true,
  },
  { field: 'tempistica', synonyms: ['Tempistica', 'Tempi', 'Scadenza', 'Tempistica raggiungimento'] },
  { field: 'inizio', synonyms: ['Inizio', 'Dal', 'Data inizio'] },
  { field: 'fine', synonyms: ['Fine', 'Al', 'Data fine'] },
  { field: 'previsto', synonyms: ['Previsto', 'Atteso', 'Target', 'Indicatore previsto'] },
  { field: 'ottenuto', synonyms: ['Ottenuto', 'Raggiunto', 'Consuntivo'] },
];

export const INDICATORI_FIELDS: FieldSpec[] = [
  ...KEY_FIELDS,
  { field: 'gruppo', synonyms: ['Tipo indicatore', 'Indice', 'Dimensione'] },
  {
    field: 'descrizione',
    synonyms: ['Indicatore', 'Descrizione indicatore', 'Indice di risultato'],
    required: true,
  },
  { field: 'atteso', synonyms: ['Atteso', 'Previsto', 'Target', 'Valore atteso'], required: true },
  { field: 'direzione', synonyms: ['Direzione', 'Polarità'] },
  {
    field: 'raggiuntoIntermedio',
    synonyms: ['Raggiunto intermedio', 'Raggiunto al 30/06', 'Verifica intermedia'],
  },
  { field: 'raggiunto', synonyms: ['Raggiunto', 'Raggiunto finale', 'Valore raggiunto', 'Ottenuto'] },
  { field: 'peso', synonyms: ['Peso', 'Peso %', 'Ponderazione'] },
  { field: 'nonValutabile', synonyms: ['Non valutabile', 'Neutralizzato'] },
  { field: 'nota', synonyms: ['Nota', 'Note', 'Motivazione'] },
  { field: 'scostamento', synonyms: ['Scostamento', 'Scost.'], computed: true },
];

export const PERSONALE_FIELDS: FieldSpec[] = [
  KEY_FIELDS[0],
  // `Area` names the staff category here (Categoria), not the settore.
  { field: 'settore', synonyms: ['Settore', 'Servizio', 'Struttura', 'Unità organizzativa'] },
  KEY_FIELDS[2],
  KEY_FIELDS[3],
  KEY_FIELDS[4],
  { field: 'categoria', synonyms: ['Categoria', 'Cat.', 'Area'] },
  { field: 'nominativo', synonyms: ['Cognome e Nome', 'Dipendente', 'Nominativo'], required: true },
  { field: 'partecipazione', synonyms: ['% Partecipazione', 'Partecipazione'] },
];

export const VERIFICHE_FIELDS: FieldSpec[] = [
  ...KEY_FIELDS,
  { field: 'tipo', synonyms: ['Verifica', 'Tipo verifica'], required: true },
  { field: 'data', synonyms: ['Data', 'Data verifica'] },
  { field: 'cause', synonyms: ['Cause'] },
  { field: 'effetti', synonyms: ['Effetti'] },
  {
    field: 'provvedimentiIntrapresi',
    synonyms: ['Provvedimenti intrapresi', 'Provvedimenti correttivi intrapresi'],
  },
  {
    field: 'provvedimentiDaAttivare',
    synonyms: ['Provvedimenti da attivare', 'Provvedimenti correttivi da attivare'],
  },
];

export const IMPOSTAZIONI_FIELDS: FieldSpec[] = [
  { field: 'voce', synonyms: ['Voce', 'Impostazione', 'Parametro'], required: true },
  { field: 'valore', synonyms: ['Valore'], required: true },
];

export const FIELDS_BY_KIND: Record<SheetKind, FieldSpec[]> = {
  obiettivi: OBIETTIVI_FIELDS,
  fasi: FASI_FIELDS,
  indicatori: INDICATORI_FIELDS,
  personale: PERSONALE_FIELDS,
  verifiche: VERIFICHE_FIELDS,
  impostazioni: IMPOSTAZIONI_FIELDS,
};

/** The word a sheet's name starts with, per kind. */
export const SHEET_WORDS: Record<SheetKind, string> = {
  obiettivi: 'Obiettivi',
  fasi: 'Fasi',
  indicatori: 'Indicatori',
  personale: 'Personale',
  verifiche: 'Verifiche',
  impostazioni: 'Impostazioni',
};

/** Child sheets point at an objective by Codice or by (Settore, N.): either pair makes them readable. */
export const CHILD_KINDS = ['fasi', 'indicatori', 'personale', 'verifiche'] as const;
export type ChildKind = (typeof CHILD_KINDS)[number];
