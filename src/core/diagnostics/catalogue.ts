/**
 * The catalogue of diagnostics: every code the tool reports, with its severity, the typed
 * parameters a call site passes and the Italian message built from them. This is the only place
 * where a diagnostic's wording and severity live: call sites say *what* happened (code and
 * parameters), never *how* it reads. The pane's labels and the docs' table are derived from here.
 *
 * To add a code: add one entry below (severity, label, template). `DiagnosticCode` and the
 * parameter type of `diagnose()` follow from it; test/diagnostics/catalogue.test.ts renders it.
 */
import { formatNumberIt } from '../format';

export type Severity = 'error' | 'warning';

export interface CatalogueEntry<P> {
  severity: Severity;
  /** Short Italian name of the problem (the pane's group title, the docs' table). */
  label: string;
  /** One sentence for the docs: when the tool reports it. */
  when: string;
  /** The message a municipal clerk reads: what is wrong, where, and how to fix it. */
  message: (p: P) => string;
}

function entry<P>(severity: Severity, label: string, when: string, message: (p: P) => string): CatalogueEntry<P> {
  return { severity, label, when, message };
}

/** `"testo"` for a value the user wrote, shortened so a huge cell does not flood the report. */
function quoted(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}

/** `«testo»` for a piece of a Word document, on one line and shortened (it may be a whole paragraph). */
function excerpt(value: string): string {
  const t = value.replace(/\s+/g, ' ').trim();
  return `«${t.length > 70 ? `${t.slice(0, 67)}…` : t}»`;
}

function pesoIt(n: number): string {
  return formatNumberIt(n);
}

/**
 * A required field whose cell is empty: its name and how to fill it in, in the register (by its
 * column) and in a scheda (by its label). Keys are the reader's field names.
 */
const CAMPI_OBBLIGATORI = {
  settore: {
    nome: 'Settore',
    registro: () => "scrivi il settore a cui è assegnato l'obiettivo (oppure TUTTI se vale per tutti i settori).",
    scheda: () => 'scrivi il settore sotto la voce SETTORE (per un obiettivo di tutta la struttura: TUTTI).',
  },
  numero: {
    nome: 'N.',
    registro: () => "scrivi il numero dell'obiettivo (1, 2, 3…), unico per anno e settore.",
    scheda: () => 'scrivilo dopo "Obiettivo n°" nell\'intestazione della scheda (es. "Obiettivo n° 3").',
  },
  titolo: {
    nome: 'Titolo',
    registro: (col: string) => `scrivi l'obiettivo nella colonna "${col}".`,
    scheda: () => "scrivi il titolo dell'obiettivo accanto alla voce OBIETTIVO.",
  },
  peso: {
    nome: 'Peso',
    registro: () => "scrivi il peso dell'obiettivo, un numero da 0 a 100 (es. 10 o 10%).",
    scheda: () => 'scrivilo nell\'intestazione della scheda, un numero da 0 a 100 (es. "PESO: 10").',
  },
  attivita: { nome: 'Attività', registro: (col: string) => `compila la cella "${col}".`, scheda: () => 'descrivi la fase tra le fasi di attuazione.' },
  descrizione: { nome: 'Indicatore', registro: (col: string) => `compila la cella "${col}".`, scheda: () => "descrivi l'indicatore negli indici di risultato." },
  nominativo: {
    nome: 'Cognome e Nome',
    registro: (col: string) => `compila la cella "${col}".`,
    scheda: () => 'scrivi cognome e nome della persona coinvolta.',
  },
  tipo: { nome: 'Tipo di verifica', registro: () => 'scrivi Intermedia o Finale. La riga non è letta.', scheda: () => 'scrivi Intermedia o Finale.' },
} as const;
export type CampoObbligatorio = keyof typeof CAMPI_OBBLIGATORI;

/** How a weight group is checked (docs/regole.md#pesi): decides the advice of PESO_TOTALE. */
export type RegolaPesi =
  /** Only own objectives (no TUTTI in the year). */
  | 'settore'
  /** Own + TUTTI together make 100 (`Pesi TUTTI` = inclusi). */
  | 'inclusi'
  /** Own objectives alone make 100 (`Pesi TUTTI` = esclusi or quota). */
  | 'propri'
  /** The TUTTI objectives make 100 among themselves (`Pesi TUTTI` = esclusi or quota). */
  | 'tutti';

const PESO_TOTALE_CONSIGLIO: Record<RegolaPesi, (p: { propri: number; tutti: number }) => string> = {
  settore: () => 'Gli obiettivi del settore devono fare 100: correggere la colonna Peso di questi obiettivi nel foglio Obiettivi.',
  inclusi: (p) =>
    `Gli obiettivi propri pesano ${pesoIt(p.propri)} e quelli TUTTI ${pesoIt(p.tutti)}: insieme devono fare 100. Correggere la colonna Peso degli obiettivi del settore (o di quelli TUTTI, che contano in ogni settore).`,
  propri: () => 'Con «Pesi TUTTI» = esclusi gli obiettivi propri del settore devono fare 100 da soli: correggere la colonna Peso di questi obiettivi nel foglio Obiettivi.',
  tutti: () => 'Con «Pesi TUTTI» = esclusi gli obiettivi TUTTI devono fare 100 tra loro: correggere la colonna Peso di questi obiettivi nel foglio Obiettivi.',
};

export const CATALOGUE = {
  FOGLIO_MANCANTE: entry<{ foglio: string; presenti: string[] }>(
    'error',
    'Foglio mancante',
    'Manca il foglio Obiettivi (o un altro foglio che serve).',
    (p) =>
      `Manca il foglio "${p.foglio}": crea un foglio con questo nome (va bene anche "${p.foglio} 2025") con una riga per obiettivo, oppure rinomina quello che li contiene.${p.presenti.length > 0 ? ` Fogli presenti: ${p.presenti.map((s) => `"${s}"`).join(', ')}.` : ''}`,
  ),
  COLONNA_MANCANTE: entry<{
    foglio: string;
    colonna: string;
    /** Every header tried, as the user could write it. */
    intestazioni: string[];
    /** 1-based row where the other headers were found; null when no header row was found at all. */
    riga: number | null;
    /** Rows searched for a header row. */
    righeCercate: number;
    /** On a child sheet, Settore and N. may be replaced by a Codice column. */
    oppureCodice?: boolean;
  }>(
    'error',
    'Colonna mancante',
    'Una colonna obbligatoria non è stata trovata: il messaggio elenca le intestazioni cercate.',
    (p) => {
      const list = p.intestazioni.map((s) => `"${s}"`).join(', ');
      const codice = p.oppureCodice ? ' (oppure una colonna "Codice" con il codice dell\'obiettivo)' : '';
      return p.riga !== null
        ? `Nel foglio ${p.foglio} manca la colonna "${p.colonna}" nella riga ${p.riga}. Aggiungi la colonna con una di queste intestazioni: ${list}${codice}.`
        : `Nel foglio ${p.foglio} manca la colonna "${p.colonna}" nelle prime ${p.righeCercate} righe. Cercate le intestazioni ${list}. La riga delle intestazioni deve trovarsi entro le prime ${p.righeCercate} righe del foglio: elimina le righe di titolo in eccesso sopra di essa.`;
    },
  ),
  COLONNA_ATTESO_MANCANTE: entry<{ scheda: string; dove: string }>(
    'error',
    'Colonna ATTESO mancante nella scheda',
    'Negli indici di risultato di una scheda ci sono valori ma nessuna colonna ATTESO.',
    (p) => `Colonna ATTESO non trovata negli indici di risultato (${p.scheda}, ${p.dove}): scrivi "ATTESO" sopra i valori attesi.`,
  ),
  COLONNA_DUPLICATA: entry<{ foglio: string; intestazione: string; cella: string; prima: string; cellaPrima: string }>(
    'warning',
    'Colonna ripetuta',
    'La stessa intestazione compare due volte in un foglio: viene letta la prima.',
    (p) =>
      `Nel foglio ${p.foglio} la colonna "${p.intestazione}" (${p.cella}) ripete "${p.prima}" della colonna ${p.cellaPrima}: viene letta solo la prima. Rinomina o elimina la colonna doppia.`,
  ),
  CAMPO_OBBLIGATORIO: entry<{
    campo: CampoObbligatorio;
    /** The cell, `Obiettivi!B4`. */
    dove: string;
    /** In a scheda: which one (`scheda obiettivo n° 3`); absent in the register. */
    scheda?: string;
    /** The column header as the user wrote it (defaults to the field's name). */
    colonna?: string;
  }>(
    'error',
    'Campo obbligatorio vuoto',
    'Una cella obbligatoria è vuota: Settore, N., Obiettivo o Peso di un obiettivo, o il dato che identifica una riga.',
    (p) => {
      const c = CAMPI_OBBLIGATORI[p.campo];
      const hint = p.scheda !== undefined ? c.scheda() : c.registro(p.colonna ?? c.nome);
      return `${c.nome} mancante ${p.scheda !== undefined ? `nella ${p.scheda} ` : ''}in ${p.dove}: ${hint}`;
    },
  ),
  CAMPO_NON_VALIDO: entry<{ campo: string; dove: string; valore: string; motivo?: string; come: string }>(
    'error',
    'Campo obbligatorio non leggibile',
    'Una cella obbligatoria contiene un valore che non si può leggere (un N. che non è un numero intero, un tipo di verifica sconosciuto): la riga non è letta o non si collega.',
    // `Valore non valido … (Verifica)`: one wording whatever the gender of the field's name.
    (p) => `Valore non valido in ${p.dove} (${p.campo}): ${quoted(p.valore)}${p.motivo ? ` ${p.motivo}` : ''}. ${p.come}.`,
  ),
  PESO_NON_VALIDO: entry<{ dove: string; valore: string; motivo: string; di: 'obiettivo' | 'indicatore' }>(
    'error',
    'Peso non valido',
    'Il peso non è un numero, è negativo o supera 100.',
    (p) =>
      `Peso ${p.di === 'indicatore' ? "dell'indicatore " : ''}non valido in ${p.dove}: ${quoted(p.valore)} ${p.motivo}. Scrivi un numero da 0 a 100 (es. ${p.di === 'indicatore' ? '50 o 50%' : '10 o 10%'}).`,
  ),
  PESO_TOTALE: entry<{
    settore: string;
    anno: number;
    totale: number;
    /** `mancano 5` / `eccede di 2,5`, as the Riepilogo shows it. */
    stato: string;
    regola: RegolaPesi;
    /** Sums of the own and of the TUTTI objectives' weights (for the advice). */
    propri: number;
    tutti: number;
    /** Objectives of the group without a valid weight (not counted). */
    senzaPeso: number;
  }>(
    'error',
    'Somma dei pesi diversa da 100',
    'La somma dei pesi degli obiettivi di un settore in un anno (con quelli TUTTI, se contano nel settore) non fa 100.',
    (p) => {
      const nota =
        p.senzaPeso === 0
          ? ''
          : ` ${p.senzaPeso === 1 ? 'Un obiettivo senza peso valido non è contato' : `${p.senzaPeso} obiettivi senza peso valido non sono contati`}.`;
      return `${p.settore} ${p.anno}: somma dei pesi ${pesoIt(p.totale)} (${p.stato}). ${PESO_TOTALE_CONSIGLIO[p.regola](p)}${nota}`;
    },
  ),
  PESI_NON_VERIFICABILI: entry<{ anno: number }>(
    'warning',
    'Pesi non verificabili',
    'Un anno ha obiettivi TUTTI ma nessun obiettivo di settore: la somma dei pesi non si può verificare.',
    (p) =>
      `${p.anno}: ci sono obiettivi assegnati a tutti i settori ma nessun obiettivo di settore, quindi la somma dei pesi non si può verificare. Aggiungere gli obiettivi dei settori per il ${p.anno} o controllare la colonna Anno.`,
  ),
  CHIAVE_DUPLICATA: entry<
    | { per: 'codice'; dove: string; codice: string; riga: number }
    | {
        per: 'numero';
        dove: string;
        settore: string;
        ufficio?: string | null;
        numero: number;
        anni: number[];
        /** Where the first one is: `alla riga 5`, `(Schede!B3)`. */
        altrove: string;
      }
  >(
    'error',
    'Obiettivo duplicato',
    'Due obiettivi hanno lo stesso Anno, Settore e N., o lo stesso Codice.',
    (p) =>
      p.per === 'codice'
        ? `Codice "${p.codice}" ripetuto in ${p.dove}: è già usato alla riga ${p.riga}. Ogni obiettivo deve avere un codice diverso.`
        : `Obiettivo duplicato in ${p.dove}: il settore "${p.settore}"${p.ufficio ? ` (ufficio "${p.ufficio}")` : ''} ha già un obiettivo N. ${p.numero}${p.anni.length > 0 ? ` per l'anno ${p.anni.join(', ')}` : ''} ${p.altrove}. Cambia il numero (deve essere unico per anno e settore${p.ufficio ? ' e ufficio' : ''}).`,
  ),
  RIFERIMENTO_ORFANO: entry<{ cosa: string; riga: number; foglio: string; motivo: string }>(
    'error',
    'Riga senza obiettivo',
    'Una riga di Fasi, Indicatori, Personale o Verifiche si riferisce a un obiettivo che non esiste.',
    (p) => `${p.cosa} della riga ${p.riga} del foglio ${p.foglio} ${p.motivo}.`,
  ),
  VALORE_ERRORE: entry<{ errore: string; dove: string; campo: string }>(
    'error',
    'Errore di Excel in una cella',
    'Una cella che serve contiene un errore di Excel (#RIF!, #N/D…).',
    (p) => `Errore di Excel ${p.errore} in ${p.dove} (${p.campo}): correggi la formula o scrivi il valore a mano.`,
  ),
  ATTESO_MANCANTE: entry<{ indicatore: string; dettaglio: string; rimedio: string }>(
    'error',
    'Valore atteso mancante',
    'Un indicatore senza valore atteso (il traguardo).',
    (p) => `${p.indicatore}: ${p.dettaglio}. ${p.rimedio}`,
  ),
  OBIETTIVO_SENZA_INDICATORI: entry<{ obiettivo: string }>(
    'warning',
    'Obiettivo senza indicatori',
    'Un obiettivo senza indicatori e senza fasi con un Previsto: non si può misurare.',
    (p) =>
      `Obiettivo ${p.obiettivo}: nessun indicatore e nessuna fase con un valore Previsto, quindi non si può misurare. Aggiungere almeno un indicatore con il suo Atteso nel foglio Indicatori, o un Previsto a una fase.`,
  ),
  INDICATORE_NON_MISURABILE: entry<{ indicatore: string; dettaglio: string; rimedio: string }>(
    'warning',
    'Indicatore non misurabile',
    'Una coppia atteso / raggiunto che nessuna regola sa confrontare: l\'indicatore è escluso dalle medie.',
    (p) => `${p.indicatore}: ${p.dettaglio}, quindi è escluso dalle medie. ${p.rimedio}`,
  ),
  TEMPISTICA_SCONOSCIUTA: entry<{ fase: string; tempistica: string }>(
    'warning',
    'Tempistica non riconosciuta',
    'Una Tempistica che non si traduce in mesi: la fase resta vuota nel cronoprogramma.',
    (p) =>
      `${p.fase}: la tempistica «${p.tempistica}» non si traduce in mesi, quindi la fase resta vuota nel cronoprogramma. Compilare Inizio e Fine (una data o un mese) oppure riscrivere la tempistica (es. «Da gennaio a maggio 2026», «Entro 30/06/2026»).`,
  ),
  SCADENZE_FUORI_ORDINE: entry<{ fase: string; scadenza: string }>(
    'warning',
    'Scadenze fuori ordine',
    'Le scadenze delle fasi di un obiettivo non sono in ordine.',
    (p) =>
      `${p.fase}: la scadenza ${p.scadenza ? `«${p.scadenza}» ` : ''}viene prima della fine della fase precedente. Controllare l'ordine delle fasi o le date di scadenza.`,
  ),
  RAGGIUNTO_MANCANTE: entry<{ indicatore: string; verifica: 'intermedia' | 'finale'; colonna: string }>(
    'warning',
    'Valore raggiunto mancante',
    'Alla verifica, un indicatore senza il valore raggiunto: resta da rilevare.',
    (p) =>
      `${p.indicatore}: manca il valore alla verifica ${p.verifica}. Scrivere il valore misurato nella colonna ${p.colonna}; finché manca, l'indicatore resta «da rilevare» e non entra nelle medie.`,
  ),
  PARTECIPAZIONE_OLTRE_100: entry<{ nominativo: string; anno: number; obiettivi: number; totale: number }>(
    'warning',
    'Partecipazione oltre il 100%',
    'Le % di partecipazione di una persona sugli obiettivi di un anno sommano a più di 100.',
    (p) =>
      `${p.nominativo} ${p.anno}: la % di partecipazione sugli obiettivi dell'anno (${p.obiettivi}) somma a ${formatNumberIt(p.totale)}%, oltre il 100%. Ridurre le percentuali di questa persona nel foglio Personale.`,
  ),
  PARTECIPAZIONE_NON_VALIDA: entry<{ dove: string; valore: string }>(
    'warning',
    'Partecipazione non leggibile',
    'Una % partecipazione che non è un numero da 0 a 100: resta vuota.',
    (p) => `% Partecipazione non valida in ${p.dove}: ${quoted(p.valore)}. Scrivi un numero da 0 a 100 (es. 50 o 50%); intanto la partecipazione resta vuota.`,
  ),
  TIPO_SCONOSCIUTO: entry<{
    dove: string;
    valore: string;
    /** What is written instead when some words are types (the Word import drops the others). */
    letto?: string;
  }>(
    'warning',
    'Tipo non riconosciuto',
    'Un Tipo di obiettivo fuori dall\'elenco (Strategico, Innovativo, Mantenimento, Gestionale, Sviluppo).',
    (p) =>
      `Tipo non riconosciuto in ${p.dove}: ${quoted(p.valore)}. I tipi possibili sono Strategico, Innovativo, Mantenimento, Gestionale e Sviluppo, anche combinati (es. "Innovativo strategico").${p.letto !== undefined ? ` Viene scritto solo "${p.letto}".` : ''}`,
  ),
  ANNO_NON_VALIDO: entry<{ dove: string; valore: string | null; motivo?: string; intanto: string; inScheda?: boolean }>(
    'warning',
    'Anno non valido',
    'Un Anno che non si legge come anno (2025) o periodo (2025-2027).',
    (p) =>
      `Anno ${p.valore === null ? 'mancante o non valido' : 'non valido'} in ${p.dove}${p.valore === null ? '' : `: ${quoted(p.valore)}${p.motivo ? ` ${p.motivo}` : ''}`}. ${
        p.inScheda ? 'Scrivi "ANNO 2025" nell\'intestazione della scheda o l\'anno del piano nelle Impostazioni' : 'Scrivi un anno (es. 2025) o un periodo (es. 2025-2027)'
      }; intanto ${p.intanto}.`,
  ),
  VALORE_NON_VALIDO: entry<{ campo: string; dove: string; valore: string; motivo?: string; come: string; intanto: string }>(
    'warning',
    'Valore non valido',
    'Un valore facoltativo che non si legge (un tipo indicatore o una direzione sconosciuti…): il messaggio dice cosa viene usato al suo posto.',
    (p) => `Valore non valido in ${p.dove} (${p.campo}): ${quoted(p.valore)}${p.motivo ? ` ${p.motivo}` : ''}. ${p.come}; intanto ${p.intanto}.`,
  ),
  FASE_SENZA_DESCRIZIONE: entry<{ fase: number; dove: string; scheda: string }>(
    'warning',
    'Fase senza descrizione',
    'Il cronoprogramma di una scheda segna dei mesi per una fase che non ha descrizione.',
    (p) =>
      `Il cronoprogramma segna dei mesi per la fase ${p.fase} (${p.dove}, ${p.scheda}), ma la fase ${p.fase} non ha descrizione: descrivila tra le fasi di attuazione o togli i segni.`,
  ),
  IMPOSTAZIONE_NON_VALIDA: entry<{ voce: string; dove: string; motivo: string; effetto: 'predefinito' | 'mappa ignorata' | 'nessuna fascia' }>(
    'warning',
    'Impostazione non valida',
    'Un valore del foglio Impostazioni (o delle impostazioni del documento) che non si legge: vale il predefinito.',
    (p) => {
      const effetto =
        p.effetto === 'mappa ignorata'
          ? "La mappa è ignorata; rifai l'associazione delle colonne dal pannello."
          : p.effetto === 'nessuna fascia'
            ? 'Nessuna fascia viene applicata.'
            : 'Viene usato il valore predefinito.';
      return `Impostazione "${p.voce}" non valida (${p.dove}): ${p.motivo}. ${effetto}`;
    },
  ),
  IMPOSTAZIONE_SCONOSCIUTA: entry<{ voce: string; foglio: string; voci: string[] }>(
    'warning',
    'Voce non riconosciuta',
    'Una voce del foglio Impostazioni che lo strumento non conosce (spesso un errore di battitura): è ignorata.',
    (p) => `Voce "${p.voce}" non riconosciuta in ${p.foglio}: è ignorata. Le voci possibili sono ${p.voci.join(', ')}.`,
  ),
  FOGLIO_AMBIGUO: entry<{ tipo: string; scelto: string; altri: string[] }>(
    'warning',
    'Foglio ambiguo',
    'Più fogli potrebbero essere lo stesso foglio del registro: viene letto quello indicato.',
    (p) =>
      `Più fogli potrebbero contenere ${p.tipo}: viene letto "${p.scelto}", non ${p.altri.map((s) => `"${s}"`).join(', ')}. Rinomina i fogli che non sono ${p.tipo} o indica il foglio giusto.`,
  ),
  VALIDAZIONE_SENZA_NOTA: entry<{ obiettivo: string; calcolato: number; validato: number }>(
    'warning',
    'Validazione senza nota',
    'Il Nucleo ha validato un punteggio diverso da quello calcolato senza scrivere una nota.',
    (p) =>
      `Obiettivo ${p.obiettivo}: il punteggio validato (${formatNumberIt(p.validato)}) è diverso da quello calcolato (${formatNumberIt(p.calcolato)}) ma manca la Nota del Nucleo. Scrivere nella colonna Nota del Nucleo il motivo della validazione.`,
  ),
  VALIDAZIONE_NON_VALIDA: entry<{ dove: string; valore: string }>(
    'error',
    'Punteggio validato non valido',
    'Un punteggio validato fuori da 0–100 o non leggibile: conta quello calcolato.',
    (p) => `Punteggio validato non valido in ${p.dove}: ${quoted(p.valore)}. Scrivi un numero da 0 a 100 (es. 85); intanto conta il punteggio calcolato.`,
  ),

  // Importing a plan written in Word (`peg import`, Importa da Word): a document has no sheet or
  // cell, so these point at a place (`Settore tecnico › 2025 › Obiettivo n.2, tabella 3, riga 4`).
  // What the import shares with any reading uses the same code (CAMPO_OBBLIGATORIO for a missing
  // settore or OGGETTO, ANNO_NON_VALIDO, TIPO_SCONOSCIUTO, CHIAVE_DUPLICATA, VALORE_NON_VALIDO for
  // a phase number), so `peg import` and `peg check` of the register it writes say the same thing.
  NESSUN_OBIETTIVO: entry<Record<string, never>>(
    'error',
    'Nessun obiettivo nel documento',
    'Importazione da Word: il documento non contiene nessun «Obiettivo n.»; il registro non viene scritto.',
    () =>
      'Nel documento non c\'è nessun «Obiettivo n.»: non è il formato atteso (intestazioni di settore, «Obiettivo n.1 Mantenimento», «OGGETTO: …», tabella dei campi e tabella delle attività).',
  ),
  ANNO_MANCANTE: entry<{ obiettivo: string }>(
    'error',
    'Anno non indicato nel documento',
    'Importazione da Word: nessuna intestazione dice l\'anno di un obiettivo e il titolo del documento non dice gli anni del piano.',
    (p) => `${p.obiettivo}: nessuna intestazione dice l'anno (es. «OBIETTIVI 2025»); scrivi l'anno nel registro.`,
  ),
  TESTO_NON_LETTO: entry<{ cosa: 'testo'; dove: string; testo: string } | { cosa: 'tabella delle attività'; dove: string }>(
    'warning',
    'Testo non letto',
    'Importazione da Word: un testo che non è un\'intestazione, un obiettivo, un campo o una fase. È elencato perché nulla vada perso in silenzio.',
    (p) =>
      p.cosa === 'testo'
        ? `Testo non letto (${p.dove}): ${excerpt(p.testo)}. Non è un'intestazione, un obiettivo, un campo o una fase: se serve, copialo a mano nel registro.`
        : `Tabella delle attività senza un «Obiettivo n.» prima (${p.dove}): le sue righe non sono lette.`,
  ),
  TIPO_MANCANTE: entry<{ obiettivo: string }>(
    'warning',
    'Tipo non indicato',
    'Importazione da Word: un obiettivo senza tipo (Mantenimento, Innovativo…); la colonna Tipo resta vuota.',
    (p) => `${p.obiettivo}: il tipo (Mantenimento, Innovativo, Strategico…) non è indicato; la colonna Tipo resta vuota.`,
  ),
  TIPO_CORRETTO: entry<{ obiettivo: string; scritto: string; letto: string }>(
    'warning',
    'Tipo corretto',
    'Importazione da Word: un tipo scritto con un errore di battitura (Manitenimento) è letto come il tipo più vicino.',
    (p) => `${p.obiettivo}: il tipo ${excerpt(p.scritto)} è letto come ${p.letto}.`,
  ),
  CAMPO_RIPETUTO: entry<{ obiettivo: string; campo: string; dove: string }>(
    'warning',
    'Campo ripetuto',
    'Importazione da Word: lo stesso campo (OGGETTO, DESCRIZIONE…) compare due volte in un obiettivo; i due testi sono uniti.',
    (p) => `${p.obiettivo}: il campo ${p.campo} compare due volte (${p.dove}); i due testi sono uniti.`,
  ),
  FASE_INCOMPLETA: entry<{ dove: string; testo: string }>(
    'warning',
    'Fase senza attività',
    'Importazione da Word: una riga della tabella delle attività senza «Attività da compiere»; non è letta come fase.',
    (p) => `${p.dove}: riga della tabella delle attività senza «Attività da compiere» (${excerpt(p.testo)}): non è letta come fase.`,
  ),
} as const;

export type DiagnosticCode = keyof typeof CATALOGUE;
export type DiagnosticParams<C extends DiagnosticCode> = (typeof CATALOGUE)[C] extends CatalogueEntry<infer P> ? P : never;

export const DIAGNOSTIC_CODES = Object.keys(CATALOGUE) as DiagnosticCode[];

export function severityOf(code: DiagnosticCode): Severity {
  return CATALOGUE[code].severity;
}

/** The Italian message of `code` for `params`. */
export function renderMessage<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>): string {
  return (CATALOGUE[code] as CatalogueEntry<DiagnosticParams<C>>).message(params);
}
