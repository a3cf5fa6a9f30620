/**
 * Word lists for synthetic plans. Written for the benchmarks in the register's own vocabulary;
 * no text comes from the real plans.
 */

export const SETTORI_BASE = [
  'AFFARI GENERALI',
  'FINANZIARIO',
  'TECNICO LAVORI PUBBLICI',
  'URBANISTICA ED EDILIZIA PRIVATA',
  'POLIZIA LOCALE',
  'SERVIZI SOCIALI',
  'SERVIZI DEMOGRAFICI',
  'ISTRUZIONE E CULTURA',
  'TRIBUTI',
  'AMBIENTE ED ECOLOGIA',
  'SPORT E TEMPO LIBERO',
  'PERSONALE',
  'SEGRETERIA GENERALE',
  'PATRIMONIO',
  'SUAP E COMMERCIO',
] as const;

export const COGNOMI = [
  'Rossi', 'Bianchi', 'Colombo', 'Ferrari', 'Esposito', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo',
  'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana',
] as const;

export const NOMI = [
  'Maria', 'Giuseppe', 'Anna', 'Marco', 'Laura', 'Paolo', 'Francesca', 'Luca', 'Elena', 'Andrea',
  'Chiara', 'Stefano', 'Silvia', 'Roberto', 'Giulia', 'Alessandro',
] as const;

export const TIPI = ['Strategico', 'Innovativo', 'Mantenimento', 'Gestionale', 'Sviluppo', 'Innovativo strategico'] as const;

export const AZIONI = [
  'Digitalizzazione', 'Revisione', 'Aggiornamento', 'Riorganizzazione', 'Potenziamento', 'Semplificazione',
  'Monitoraggio', 'Completamento', 'Avvio', 'Razionalizzazione', 'Ricognizione', 'Miglioramento',
] as const;

export const OGGETTI = [
  'dell\'archivio delle pratiche edilizie', 'del regolamento per la pubblicità', 'dei procedimenti di accesso agli atti',
  'del servizio di mensa scolastica', 'delle entrate tributarie', 'del piano di manutenzione delle strade',
  'dello sportello al cittadino', 'della gestione dei rifiuti', 'degli impianti sportivi comunali',
  'del controllo di gestione', 'della riscossione coattiva', 'degli inventari dei beni mobili',
  'del servizio di assistenza domiciliare', 'della banca dati anagrafica', 'del sito istituzionale',
  'dei controlli sul territorio', 'della biblioteca civica', 'delle procedure di gara',
] as const;

export const ATTIVITA = [
  'Analisi della situazione attuale', 'Predisposizione della bozza', 'Confronto con gli uffici interessati',
  'Approvazione in Giunta', 'Approvazione in Consiglio', 'Pubblicazione sul sito', 'Formazione del personale',
  'Affidamento del servizio', 'Esecuzione dei lavori', 'Collaudo e rendicontazione', 'Raccolta dei dati',
  'Verifica dei risultati', 'Comunicazione ai cittadini', 'Caricamento nel gestionale',
] as const;

export const INDICATORI_QUANTITA = [
  'Numero di pratiche istruite', 'Numero di controlli effettuati', 'Numero di atti pubblicati',
  'Numero di utenti serviti', 'Numero di interventi eseguiti', 'Numero di posizioni verificate',
] as const;

export const INDICATORI_TEMPO = [
  'Rispetto della scadenza', 'Data di approvazione', 'Data di pubblicazione', 'Termine di conclusione',
] as const;

export const LIVELLI = ['Sufficiente', 'Discreto', 'Buono', 'Distinto', 'Ottimo'] as const;

export const MESI = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
] as const;
