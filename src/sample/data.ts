/**
 * The bundled sample plan: an invented Comune, year 2025, in the canonical layout (docs/formato-cartella.md).
 * It shows every kind of value the product reads, and it carries a few deliberate problems so
 * that `peg check` has something to say:
 * - TECNICO's weights add up to 95 (PESO_TOTALE, error);
 * - one Tempistica cannot be read ("Termine di legge", TEMPISTICA_SCONOSCIUTA);
 * - POLIZIA LOCALE 1 has chained deadlines out of order (SCADENZE_FUORI_ORDINE);
 * - TECNICO 3 has no indicator (OBIETTIVO_SENZA_INDICATORI);
 * - an indicator whose target is `trimestrale` (INDICATORE_NON_MISURABILE);
 * - one person over 100% of participation (PARTECIPAZIONE_OLTRE_100).
 * Values are fixed: the file is reproducible.
 */
import type { RowValue, SheetSpec, WorkbookSpec } from '../xlsx/fromRows';

const ENTE = 'Comune di Montefiorito';
const ANNO = 2025;

const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
const pct = (v: number): RowValue => ({ v, fmt: '0%' });
const pct1 = (v: number): RowValue => ({ v, fmt: '0.0%' });

const AG = 'AFFARI GENERALI';
const FIN = 'FINANZIARIO';
const TEC = 'TECNICO';
const PL = 'POLIZIA LOCALE';
const TUTTI = 'TUTTI';

const RESP: Record<string, string> = {
  [AG]: 'Dott.ssa Laura Bertolini',
  [FIN]: 'Rag. Marco Ferraris',
  [TEC]: 'Arch. Paolo Gribaudo',
  [PL]: 'Comm. Elena Rostagno',
  [TUTTI]: 'Tutti i responsabili',
};

function titleRows(subtitle: string): RowValue[][] {
  return [[{ v: ENTE, bold: true }], [subtitle], []];
}

// Obiettivi ------------------------------------------------------------------------------------

const OBIETTIVI_HEADER = [
  'Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Descrizione', 'Peso', 'Collegamento DUP', 'Risultati attesi',
];

type Obj = [settore: string, n: number, tipo: string, titolo: string, descrizione: string, peso: RowValue, dup: string, risultati: string];

const OBIETTIVI: Obj[] = [
  [TUTTI, 1, 'Strategico', 'Attuazione delle misure di prevenzione della corruzione e della trasparenza',
    'Applicazione delle misure della sezione Rischi corruttivi e trasparenza del PIAO in ogni ufficio, con monitoraggio semestrale.',
    20, 'Missione 1 - Programma 2', 'Pubblicazioni complete in Amministrazione trasparente; nessun rilievo del Nucleo.'],
  [TUTTI, 2, 'Innovativo', 'Digitalizzazione dei procedimenti e pagamenti con pagoPA',
    'Attivazione dei servizi online per le istanze più frequenti e incasso di tutte le entrate tramite pagoPA.',
    pct(0.2), 'Missione 1 - Programma 8', 'Istanze presentate online; entrate incassate con pagoPA.'],
  [AG, 1, 'Mantenimento', "Riordino dell'archivio comunale di deposito",
    "Selezione e scarto della documentazione, riordino dei fascicoli dal 1990 al 2015 e aggiornamento dell'elenco di consistenza.",
    20, 'Missione 1 - Programma 2', 'Archivio consultabile e spazi liberati al piano interrato.'],
  [AG, 2, 'Innovativo strategico', "Nuovo regolamento per l'accesso civico e documentale",
    'Revisione del regolamento del 2008 alla luce del d.lgs. 33/2013 e delle linee guida ANAC; approvazione in Consiglio.',
    25, 'Missione 1 - Programma 2', 'Regolamento approvato e pubblicato.'],
  [AG, 3, 'Gestionale', "Carta d'identità elettronica su appuntamento",
    "Agenda online per il rilascio della CIE e riduzione dell'attesa allo sportello.",
    15, 'Missione 1 - Programma 7', 'Attesa media ridotta; utenti soddisfatti.'],
  [FIN, 1, 'Strategico', 'Riduzione dei tempi di pagamento delle fatture commerciali',
    'Monitoraggio mensile dello stock di debito sulla Piattaforma dei crediti commerciali e solleciti ai settori per la liquidazione.',
    30, 'Missione 1 - Programma 3', 'Indicatore di tempestività dei pagamenti negativo.'],
  [FIN, 2, 'Gestionale', 'Recupero dell’evasione IMU e TARI',
    'Controllo delle dichiarazioni e dei versamenti, bonifica della banca dati, emissione degli avvisi di accertamento esecutivo.',
    30, 'Missione 1 - Programma 4', 'Maggiori entrate accertate e riscosse.'],
  [TEC, 1, 'Strategico', 'Manutenzione straordinaria delle strade comunali',
    'Progettazione e affidamento dei lavori di rifacimento dei manti stradali di via Roma, via Po e strada delle Vigne.',
    25, 'Missione 10 - Programma 5', 'Lavori conclusi e collaudati entro l’anno.'],
  [TEC, 2, 'Sviluppo', 'Efficientamento energetico della scuola primaria (PNRR)',
    'Sostituzione dei serramenti e della centrale termica, con rendicontazione sulla piattaforma ReGiS.',
    20, 'Missione 4 - Programma 2', 'Consumi ridotti e target PNRR rendicontati.'],
  [TEC, 3, 'Mantenimento', 'Aggiornamento del Piano comunale di protezione civile',
    'Revisione degli scenari di rischio e della rubrica dei referenti; esercitazione con il gruppo volontari.',
    10, 'Missione 11 - Programma 1', 'Piano aggiornato e approvato.'],
  [PL, 1, 'Gestionale', 'Controlli sulla velocità nei centri abitati',
    'Servizi di controllo con strumenti di rilevazione e campagna informativa sulle strade più a rischio.',
    35, 'Missione 3 - Programma 1', 'Meno incidenti con feriti rispetto al 2024.'],
  [PL, 2, 'Sviluppo', 'Educazione stradale nelle scuole',
    'Lezioni nelle classi quarte e quinte della primaria e uscita pratica con il percorso ciclabile.',
    25, 'Missione 3 - Programma 1', 'Tutte le classi coinvolte; gradimento dei docenti.'],
];

function obiettiviSheet(): SheetSpec {
  const rows: RowValue[][] = [
    ...titleRows(`Piano della Performance ${ANNO} — Obiettivi di settore`),
    OBIETTIVI_HEADER,
    ...OBIETTIVI.map(([settore, n, tipo, titolo, descrizione, peso, dup, risultati]) => [
      ANNO, settore, RESP[settore], n, tipo, titolo, descrizione, peso, dup, risultati,
    ]),
  ];
  return {
    name: 'Obiettivi',
    rows,
    merges: ['A1:J1', 'A2:J2'],
    boldRows: [3],
    frozenRows: 4,
    columnWidths: [7, 18, 26, 5, 20, 50, 60, 8, 24, 40],
  };
}

// Fasi -----------------------------------------------------------------------------------------

const FASI_HEADER = ['Anno', 'Settore', 'N. obiettivo', 'N. fase', 'Attività', 'Tempistica', 'Inizio', 'Fine', 'Previsto', 'Ottenuto'];

type FaseRow = [settore: string, n: number, fase: number, attivita: string, tempistica: RowValue, inizio?: RowValue, fine?: RowValue, previsto?: RowValue, ottenuto?: RowValue];

const FASI: FaseRow[] = [
  [TUTTI, 1, 1, 'Mappatura dei processi a rischio di ogni settore', 'I semestre'],
  [TUTTI, 1, 2, 'Monitoraggio delle pubblicazioni obbligatorie', 'Da gennaio a dicembre 2025 – ogni trimestre'],
  [TUTTI, 1, 3, 'Relazione del Responsabile della prevenzione', 'Entro 31/12/2025'],
  [TUTTI, 2, 1, 'Analisi dei procedimenti da portare online', 'Febbraio/marzo 2025'],
  [TUTTI, 2, 2, 'Attivazione dei moduli online e formazione degli uffici', 'Da aprile a settembre 2025', undefined, undefined, 8, 9],
  [AG, 1, 1, 'Selezione e proposta di scarto alla Soprintendenza', 'Da gennaio a maggio 2025'],
  [AG, 1, 2, 'Riordino dei fascicoli e aggiornamento dell’elenco', 'secondo semestre'],
  [AG, 2, 1, 'Bozza del regolamento e confronto con i settori', 'Entro 30/06/2025'],
  [AG, 2, 2, 'Esame in commissione consiliare', 'Entro 30 settembre'],
  [AG, 2, 3, 'Approvazione in Consiglio comunale', 'Entro dicembre 2025'],
  [AG, 3, 1, 'Configurazione dell’agenda online', 'Marzo 2025', undefined, undefined, d(2025, 3, 31), d(2025, 3, 28)],
  [AG, 3, 2, 'Apertura straordinaria del sabato', 'Luglio - Agosto - Settembre - Dicembre'],
  [FIN, 1, 1, 'Verifica dello stock di debito sulla piattaforma', 'Entro 31 Gennaio'],
  [FIN, 1, 2, 'Solleciti mensili ai settori per le liquidazioni', 'Mensile'],
  [FIN, 2, 1, 'Bonifica della banca dati catastale', 'Anno 2025'],
  [FIN, 2, 2, 'Emissione degli avvisi di accertamento', '30/04 e/o 31/10'],
  [FIN, 2, 3, 'Rendicontazione delle somme riscosse', 'Termine di legge'],
  [TEC, 1, 1, 'Progetto esecutivo', 'dal 01/02/2025 al 30/04/2025'],
  [TEC, 1, 2, 'Gara e affidamento dei lavori', '30-giu'],
  [TEC, 1, 3, 'Esecuzione dei lavori', 'Da luglio a ottobre', d(2025, 7, 15), d(2025, 10, 31)],
  [TEC, 2, 1, 'Lavori sui serramenti durante la pausa estiva', 'giugno-agosto'],
  [TEC, 2, 2, 'Rendicontazione su ReGiS', 'trimestrale'],
  [TEC, 3, 1, 'Revisione degli scenari di rischio', 'Intero anno'],
  [TEC, 3, 2, 'Esercitazione con il gruppo volontari', 'IV trimestre'],
  [PL, 1, 1, 'Piano dei controlli con il Comando', 'Entro 30/09/2025'],
  [PL, 1, 2, 'Campagna informativa sui pannelli e sul sito', 'Entro 31/05/2025'],
  [PL, 1, 3, 'Relazione sugli incidenti alla Giunta', 'Entro 31.12.2025'],
  [PL, 2, 1, 'Lezioni nelle classi', 'Da gennaio ad aprile 2025', undefined, undefined, 12, 12],
  [PL, 2, 2, 'Uscita pratica sul percorso ciclabile', 'maggio 2025'],
];

function fasiSheet(): SheetSpec {
  const rows: RowValue[][] = [
    ...titleRows('Attività da compiere e tempistica'),
    FASI_HEADER,
    ...FASI.map(([settore, n, fase, attivita, tempistica, inizio, fine, previsto, ottenuto]) => [
      ANNO, settore, n, fase, attivita, tempistica, inizio, fine, previsto, ottenuto,
    ]),
  ];
  return { name: 'Fasi', rows, boldRows: [3], frozenRows: 4, columnWidths: [7, 18, 12, 8, 50, 40, 12, 12, 12, 12] };
}

// Indicatori -----------------------------------------------------------------------------------

const INDICATORI_HEADER = [
  'Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Direzione', 'Raggiunto intermedio', 'Raggiunto',
];

type IndRow = [settore: string, n: number, tipo: string, indicatore: string, atteso: RowValue, direzione: string | null, intermedio?: RowValue, finale?: RowValue];

const INDICATORI: IndRow[] = [
  [TUTTI, 1, 'Quantità', 'Obblighi di pubblicazione assolti', pct(1), null, pct(0.85), pct(0.95)],
  [TUTTI, 1, 'Tempo', 'Relazione annuale pubblicata', d(2025, 12, 31), null, undefined, d(2025, 12, 18)],
  [TUTTI, 2, 'Quantità', 'Procedimenti attivati online', 8, null, 3, 9],
  [TUTTI, 2, 'Qualità', 'Adesione completa a pagoPA', 'SI', null, 'NO', 'SI'],
  [AG, 1, 'Quantità', 'Faldoni riordinati', 400, null, 180, 420],
  [AG, 1, 'Tempo', 'Proposta di scarto inviata', '31/05/2025', null, '28/05/2025', '28/05/2025'],
  [AG, 2, 'Tempo', 'Approvazione in Consiglio comunale', d(2025, 11, 30), null, undefined, d(2025, 12, 15)],
  [AG, 2, 'Qualità', 'Parere dei settori sulla bozza', 'Buono', null, 'Discreto', undefined],
  [AG, 3, 'Tempo', 'Attesa media per un appuntamento (giorni)', 15, 'Decrescente', 21, 12],
  [AG, 3, 'Qualità', 'Gradimento degli utenti', 'Buono', null, 'Buono', 'Distinto'],
  [FIN, 1, 'Tempo', 'Tempo medio di pagamento (giorni)', 30, 'Decrescente', 34, 27],
  [FIN, 1, 'Quantità', 'Fatture pagate entro la scadenza', pct(0.95), null, pct1(0.912), undefined],
  [FIN, 2, 'Costo', 'Maggiori entrate accertate (euro)', { v: 120000, fmt: '#,##0' }, null, { v: 48500, fmt: '#,##0' }, undefined],
  [FIN, 2, 'Quantità', 'Avvisi di accertamento emessi', 350, null, '160', undefined],
  [TEC, 1, 'Tempo', 'Fine lavori', 'ottobre 2025', null, undefined, d(2025, 11, 20)],
  [TEC, 1, 'Quantità', 'Metri quadrati di asfalto rifatti', '12.500', null, 0, '12.800'],
  [TEC, 2, 'Tempo', 'Collaudo dei serramenti', '31-ago', null, undefined, undefined],
  [TEC, 2, 'Quantità', 'Rendiconti trimestrali su ReGiS', 'trimestrale', null, '2', undefined],
  [PL, 1, 'Quantità', 'Servizi di controllo della velocità', 60, null, 26, 64],
  [PL, 1, 'Qualità', 'Incidenti con feriti', 10, 'Decrescente', 5, 8],
  [PL, 2, 'Quantità', 'Classi coinvolte', 12, null, 12, 12],
  [PL, 2, 'Qualità', 'Relazione finale ai dirigenti scolastici', 'Relazione inviata', null, undefined, 'Fatto'],
];

function indicatoriSheet(): SheetSpec {
  const rows: RowValue[][] = [
    ...titleRows('Indici di risultato'),
    INDICATORI_HEADER,
    ...INDICATORI.map(([settore, n, tipo, indicatore, atteso, direzione, intermedio, finale]) => [
      ANNO, settore, n, tipo, indicatore, atteso, direzione ?? 'Crescente', intermedio, finale,
    ]),
  ];
  return { name: 'Indicatori', rows, boldRows: [3], frozenRows: 4, columnWidths: [7, 18, 5, 16, 46, 16, 13, 20, 14] };
}

// Personale, Verifiche, Impostazioni -----------------------------------------------------------

const PERSONALE: [string, number, string, string, number][] = [
  [AG, 1, 'C', 'Rossi Anna', 60],
  [AG, 2, 'D', 'Bianchi Luca', 40],
  [AG, 3, 'C', 'Rossi Anna', 50],
  [FIN, 1, 'D', 'Gallo Franca', 50],
  [FIN, 2, 'C', 'Moretti Davide', 70],
  [TEC, 1, 'D', 'Conti Stefano', 60],
  [TEC, 2, 'C', 'Ferrero Giulia', 40],
  [PL, 1, 'C', 'Marino Roberto', 60],
  [PL, 2, 'C', 'Greco Sara', 40],
];

function personaleSheet(): SheetSpec {
  return {
    name: 'Personale',
    rows: [
      ...titleRows('Personale coinvolto'),
      ['Anno', 'Settore', 'N.', 'Categoria', 'Cognome e Nome', '% Partecipazione'],
      ...PERSONALE.map(([settore, n, cat, nome, p]) => [ANNO, settore, n, cat, nome, p]),
    ],
    boldRows: [3],
    frozenRows: 4,
    columnWidths: [7, 18, 5, 10, 24, 16],
  };
}

function verificheSheet(): SheetSpec {
  return {
    name: 'Verifiche',
    rows: [
      ...titleRows('Analisi degli scostamenti'),
      ['Anno', 'Settore', 'N.', 'Verifica', 'Data', 'Cause', 'Effetti', 'Provvedimenti intrapresi', 'Provvedimenti da attivare'],
      [ANNO, TEC, 1, 'Intermedia', d(2025, 7, 10), 'Gara andata deserta al primo esperimento', 'Inizio dei lavori posticipato di due settimane',
        'Nuova procedura negoziata', 'Lavori anche in orario prolungato'],
      [ANNO, FIN, 1, 'Intermedia', d(2025, 7, 10), 'Ritardi nella liquidazione da parte dei settori', 'Tempo medio sopra i 30 giorni',
        'Solleciti settimanali', 'Scadenzario condiviso'],
    ],
    boldRows: [3],
    frozenRows: 4,
    columnWidths: [7, 18, 5, 12, 12, 40, 40, 30, 30],
  };
}

function impostazioniSheet(): SheetSpec {
  return {
    name: 'Impostazioni',
    rows: [
      ...titleRows('Impostazioni del piano (SMVP)'),
      ['Voce', 'Valore'],
      ['Ente', ENTE],
      ['Anno', ANNO],
      ['Data verifica intermedia', d(2025, 6, 30)],
      ['Soglia raggiungimento %', 90],
      ['Scala qualitativa', 'Insufficiente; Sufficiente; Discreto; Buono; Distinto; Ottimo'],
      ['Pesi TUTTI', 'inclusi'],
      ['Penalità per giorno di ritardo', 100],
      ['Consenti oltre 100', 'NO'],
      ['Regola obiettivo', 'media'],
      ['Valori mancanti', 'esclusi'],
    ],
    boldRows: [3],
    columnWidths: [32, 60],
  };
}

/** The whole sample, as rows: written by `npm run sample`, compared by the tests. */
export function sampleWorkbookSpec(): WorkbookSpec {
  return {
    sheets: [obiettiviSheet(), fasiSheet(), indicatoriSheet(), personaleSheet(), verificheSheet(), impostazioniSheet()],
    created: new Date(Date.UTC(2025, 0, 15, 9, 0, 0)),
    creator: ENTE,
  };
}
