/**
 * The catalogue of diagnostics: every code has its severity (docs/regole.md#segnalazioni) and renders
 * the Italian message a clerk reads for given parameters. The other tests assert codes and
 * parameters; the wording of each message is asserted here, once.
 */
import { CATALOGUE, DIAGNOSTIC_CODES, diagnose, renderMessage, type DiagnosticCode, type DiagnosticParams } from '../../src/core/diagnostics';

type Case<C extends DiagnosticCode> = [C, DiagnosticParams<C>, string];
const c = <C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, message: string): Case<C> => [code, params, message];

const CASES = [
  c('FOGLIO_MANCANTE', { foglio: 'Obiettivi', presenti: ['Foglio1', 'Note'] },
    'Manca il foglio "Obiettivi": crea un foglio con questo nome (va bene anche "Obiettivi 2025") con una riga per obiettivo, oppure rinomina quello che li contiene. Fogli presenti: "Foglio1", "Note".'),
  c('COLONNA_MANCANTE', { foglio: 'Fasi', colonna: 'N.', intestazioni: ['N.', 'Numero'], riga: 3, righeCercate: 10, oppureCodice: true },
    'Nel foglio Fasi manca la colonna "N." nella riga 3. Aggiungi la colonna con una di queste intestazioni: "N.", "Numero" (oppure una colonna "Codice" con il codice dell\'obiettivo).'),
  c('COLONNA_ATTESO_MANCANTE', { scheda: 'scheda obiettivo n° 2', dove: 'Schede!B30' },
    'Colonna ATTESO non trovata negli indici di risultato (scheda obiettivo n° 2, Schede!B30): scrivi "ATTESO" sopra i valori attesi.'),
  c('COLONNA_DUPLICATA', { foglio: 'Obiettivi', intestazione: 'Peso %', cella: 'H1', prima: 'Peso', cellaPrima: 'G1' },
    'Nel foglio Obiettivi la colonna "Peso %" (H1) ripete "Peso" della colonna G1: viene letta solo la prima. Rinomina o elimina la colonna doppia.'),
  c('CAMPO_OBBLIGATORIO', { campo: 'titolo', dove: 'Obiettivi!F4', colonna: 'Obiettivo' },
    'Titolo mancante in Obiettivi!F4: scrivi l\'obiettivo nella colonna "Obiettivo".'),
  c('CAMPO_NON_VALIDO', { campo: 'N.', dove: 'Obiettivi!C2', valore: 'tre', motivo: 'non è un numero intero positivo', come: 'Scrivi un numero intero positivo (es. 3)' },
    'Valore non valido in Obiettivi!C2 (N.): "tre" non è un numero intero positivo. Scrivi un numero intero positivo (es. 3).'),
  c('PESO_NON_VALIDO', { dove: 'Obiettivi!G2', valore: 'dieci', motivo: 'non è un numero', di: 'obiettivo' },
    'Peso non valido in Obiettivi!G2: "dieci" non è un numero. Scrivi un numero da 0 a 100 (es. 10 o 10%).'),
  c('PESO_TOTALE', { settore: 'FINANZIARIO', anno: 2025, totale: 95, stato: 'mancano 5', regola: 'inclusi', propri: 55, tutti: 40, senzaPeso: 1 },
    'FINANZIARIO 2025: somma dei pesi 95 (mancano 5). Gli obiettivi propri pesano 55 e quelli TUTTI 40: insieme devono fare 100. Correggere la colonna Peso degli obiettivi del settore (o di quelli TUTTI, che contano in ogni settore). Un obiettivo senza peso valido non è contato.'),
  c('PESI_NON_VERIFICABILI', { anno: 2024 },
    '2024: ci sono obiettivi assegnati a tutti i settori ma nessun obiettivo di settore, quindi la somma dei pesi non si può verificare. Aggiungere gli obiettivi dei settori per il 2024 o controllare la colonna Anno.'),
  c('CHIAVE_DUPLICATA', { per: 'numero', dove: 'Obiettivi!C5', settore: 'TECNICO', ufficio: null, numero: 2, anni: [2025], altrove: 'alla riga 3' },
    'Obiettivo duplicato in Obiettivi!C5: il settore "TECNICO" ha già un obiettivo N. 2 per l\'anno 2025 alla riga 3. Cambia il numero (deve essere unico per anno e settore).'),
  c('RIFERIMENTO_ORFANO', { cosa: 'La fase', riga: 7, foglio: 'Fasi', motivo: 'non corrisponde a nessun obiettivo (2025 TECNICO N. 9)' },
    'La fase della riga 7 del foglio Fasi non corrisponde a nessun obiettivo (2025 TECNICO N. 9).'),
  c('VALORE_ERRORE', { errore: '#REF!', dove: 'Obiettivi!G2', campo: 'Peso' },
    'Errore di Excel #REF! in Obiettivi!G2 (Peso): correggi la formula o scrivi il valore a mano.'),
  c('ATTESO_MANCANTE', { indicatore: 'Indicatore «pratiche evase» dell\'obiettivo X', dettaglio: 'manca il valore nella colonna Atteso', rimedio: 'Scrivere il traguardo.' },
    'Indicatore «pratiche evase» dell\'obiettivo X: manca il valore nella colonna Atteso. Scrivere il traguardo.'),
  c('OBIETTIVO_SENZA_INDICATORI', { obiettivo: 'TECNICO 2025 n. 1 «Scuole»' },
    'Obiettivo TECNICO 2025 n. 1 «Scuole»: nessun indicatore e nessuna fase con un valore Previsto, quindi non si può misurare. Aggiungere almeno un indicatore con il suo Atteso nel foglio Indicatori, o un Previsto a una fase.'),
  c('INDICATORE_NON_MISURABILE', { indicatore: 'Indicatore «x»', dettaglio: 'il valore Atteso «trimestrale» non è un traguardo misurabile', rimedio: 'Riscrivere il valore.' },
    'Indicatore «x»: il valore Atteso «trimestrale» non è un traguardo misurabile, quindi è escluso dalle medie. Riscrivere il valore.'),
  c('TEMPISTICA_SCONOSCIUTA', { fase: 'Fase 1 «Gara»', tempistica: 'Termine di legge' },
    'Fase 1 «Gara»: la tempistica «Termine di legge» non si traduce in mesi, quindi la fase resta vuota nel cronoprogramma. Compilare Inizio e Fine (una data o un mese) oppure riscrivere la tempistica (es. «Da gennaio a maggio 2026», «Entro 30/06/2026»).'),
  c('SCADENZE_FUORI_ORDINE', { fase: 'Fase 2 «Collaudo»', scadenza: 'Entro marzo 2025' },
    'Fase 2 «Collaudo»: la scadenza «Entro marzo 2025» viene prima della fine della fase precedente. Controllare l\'ordine delle fasi o le date di scadenza.'),
  c('RAGGIUNTO_MANCANTE', { indicatore: 'Indicatore «x»', verifica: 'intermedia', colonna: 'Raggiunto intermedio' },
    'Indicatore «x»: manca il valore alla verifica intermedia. Scrivere il valore misurato nella colonna Raggiunto intermedio; finché manca, l\'indicatore resta «da rilevare» e non entra nelle medie.'),
  c('PARTECIPAZIONE_OLTRE_100', { nominativo: 'Rossi Mario', anno: 2021, obiettivi: 3, totale: 110.5 },
    'Rossi Mario 2021: la % di partecipazione sugli obiettivi dell\'anno (3) somma a 110,5%, oltre il 100%. Ridurre le percentuali di questa persona nel foglio Personale.'),
  c('PARTECIPAZIONE_NON_VALIDA', { dove: 'Personale!F4', valore: 'metà' },
    '% Partecipazione non valida in Personale!F4: "metà". Scrivi un numero da 0 a 100 (es. 50 o 50%); intanto la partecipazione resta vuota.'),
  c('TIPO_SCONOSCIUTO', { dove: 'Obiettivi!E2', valore: 'Strategicissimo' },
    'Tipo non riconosciuto in Obiettivi!E2: "Strategicissimo". I tipi possibili sono Strategico, Innovativo, Mantenimento, Gestionale e Sviluppo, anche combinati (es. "Innovativo strategico").'),
  c('ANNO_NON_VALIDO', { dove: 'Obiettivi!A2', valore: 'prossimo', motivo: 'non è un anno', intanto: "viene usato l'anno del piano (2025)" },
    'Anno non valido in Obiettivi!A2: "prossimo" non è un anno. Scrivi un anno (es. 2025) o un periodo (es. 2025-2027); intanto viene usato l\'anno del piano (2025).'),
  c('VALORE_NON_VALIDO', { campo: 'Direzione', dove: 'Indicatori!G3', valore: 'su', come: 'Scrivi Crescente (più è meglio) o Decrescente (meno è meglio)', intanto: 'è letta come Crescente' },
    'Valore non valido in Indicatori!G3 (Direzione): "su". Scrivi Crescente (più è meglio) o Decrescente (meno è meglio); intanto è letta come Crescente.'),
  c('FASE_SENZA_DESCRIZIONE', { fase: 6, dove: 'S!A40', scheda: 'scheda obiettivo n° 4' },
    'Il cronoprogramma segna dei mesi per la fase 6 (S!A40, scheda obiettivo n° 4), ma la fase 6 non ha descrizione: descrivila tra le fasi di attuazione o togli i segni.'),
  c('IMPOSTAZIONE_NON_VALIDA', { voce: 'Fasce', dove: 'Impostazioni!B5', motivo: 'manca una fascia tra 50 e 60', effetto: 'nessuna fascia' },
    'Impostazione "Fasce" non valida (Impostazioni!B5): manca una fascia tra 50 e 60. Nessuna fascia viene applicata.'),
  c('IMPOSTAZIONE_SCONOSCIUTA', { voce: 'Sogla', foglio: 'Impostazioni', voci: ['Ente', 'Anno'] },
    'Voce "Sogla" non riconosciuta in Impostazioni: è ignorata. Le voci possibili sono Ente, Anno.'),
  c('FOGLIO_AMBIGUO', { tipo: 'obiettivi', scelto: 'Obiettivi 2025', altri: ['Obiettivi vecchi'] },
    'Più fogli potrebbero contenere obiettivi: viene letto "Obiettivi 2025", non "Obiettivi vecchi". Rinomina i fogli che non sono obiettivi o indica il foglio giusto.'),
  c('VALIDAZIONE_SENZA_NOTA', { obiettivo: 'TECNICO 2025 n. 1', calcolato: 72.5, validato: 80 },
    'Obiettivo TECNICO 2025 n. 1: il punteggio validato (80) è diverso da quello calcolato (72,5) ma manca la Nota del Nucleo. Scrivere nella colonna Nota del Nucleo il motivo della validazione.'),
  c('VALIDAZIONE_NON_VALIDA', { dove: 'Obiettivi!M3', valore: '120' },
    'Punteggio validato non valido in Obiettivi!M3: "120". Scrivi un numero da 0 a 100 (es. 85); intanto conta il punteggio calcolato.'),
  // The Word import (src/core/import): places in a document instead of cells.
  c('NESSUN_OBIETTIVO', {},
    'Nel documento non c\'è nessun «Obiettivo n.»: non è il formato atteso (intestazioni di settore, «Obiettivo n.1 Mantenimento», «OGGETTO: …», tabella dei campi e tabella delle attività).'),
  c('ANNO_MANCANTE', { obiettivo: 'Settore tecnico › Obiettivo n.2' },
    'Settore tecnico › Obiettivo n.2: nessuna intestazione dice l\'anno (es. «OBIETTIVI 2025»); scrivi l\'anno nel registro.'),
  c('TESTO_NON_LETTO', { cosa: 'testo', dove: 'Settore tecnico › 2026 › Obiettivo n.2, paragrafo 5', testo: 'Nota a margine\nscritta  dal funzionario, che continua ben oltre la misura di una riga di messaggio.' },
    'Testo non letto (Settore tecnico › 2026 › Obiettivo n.2, paragrafo 5): «Nota a margine scritta dal funzionario, che continua ben oltre la m…». Non è un\'intestazione, un obiettivo, un campo o una fase: se serve, copialo a mano nel registro.'),
  c('TIPO_MANCANTE', { obiettivo: 'Settore tecnico › 2025 › Obiettivo n.2' },
    'Settore tecnico › 2025 › Obiettivo n.2: il tipo (Mantenimento, Innovativo, Strategico…) non è indicato; la colonna Tipo resta vuota.'),
  c('TIPO_CORRETTO', { obiettivo: 'Settore tecnico › 2025 › Obiettivo n.1', scritto: 'manitenimento', letto: 'Mantenimento' },
    'Settore tecnico › 2025 › Obiettivo n.1: il tipo «manitenimento» è letto come Mantenimento.'),
  c('CAMPO_RIPETUTO', { obiettivo: 'Settore tecnico › Obiettivo n.1', campo: 'OGGETTO', dove: 'paragrafo 5' },
    'Settore tecnico › Obiettivo n.1: il campo OGGETTO compare due volte (paragrafo 5); i due testi sono uniti.'),
  c('FASE_INCOMPLETA', { dove: 'Settore tecnico › 2026 › Obiettivo n.2, tabella 3, riga 4', testo: '2 | 30/06 e/o 31/12' },
    'Settore tecnico › 2026 › Obiettivo n.2, tabella 3, riga 4: riga della tabella delle attività senza «Attività da compiere» («2 | 30/06 e/o 31/12»): non è letta come fase.'),
] as Case<DiagnosticCode>[];

describe('the catalogue', () => {
  it('has one rendering test per code', () => {
    expect(CASES.map(([code]) => code).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it.each(CASES)('%s renders its message from its parameters', (code, params, message) => {
    expect(renderMessage(code, params)).toBe(message);
  });

  it('severities follow the Checks table of the rules', () => {
    const errors = DIAGNOSTIC_CODES.filter((code) => CATALOGUE[code].severity === 'error').sort();
    expect(errors).toEqual(
      [
        'FOGLIO_MANCANTE', 'COLONNA_MANCANTE', 'COLONNA_ATTESO_MANCANTE', 'CAMPO_OBBLIGATORIO', 'CAMPO_NON_VALIDO', 'PESO_NON_VALIDO', 'PESO_TOTALE',
        'CHIAVE_DUPLICATA', 'RIFERIMENTO_ORFANO', 'VALORE_ERRORE', 'ATTESO_MANCANTE', 'VALIDAZIONE_NON_VALIDA',
        // Word import: nothing to write, or an objective without a year.
        'NESSUN_OBIETTIVO', 'ANNO_MANCANTE',
      ].sort(),
    );
  });

  it('diagnose fills severity and message from the catalogue and keeps the parameters', () => {
    const d = diagnose('PESI_NON_VERIFICABILI', { anno: 2024 }, { sheet: 'Obiettivi', cell: 'G9' });
    expect(d).toEqual({ severity: 'warning', code: 'PESI_NON_VERIFICABILI', sheet: 'Obiettivi', cell: 'G9', message: renderMessage('PESI_NON_VERIFICABILI', { anno: 2024 }), params: { anno: 2024 } });
    expect(diagnose('PESI_NON_VERIFICABILI', { anno: 2024 })).not.toHaveProperty('sheet');
  });

  it('CAMPO_OBBLIGATORIO in a scheda tells where the value goes in the scheda', () => {
    expect(renderMessage('CAMPO_OBBLIGATORIO', { campo: 'peso', dove: 'Scheda X!A1', scheda: 'scheda obiettivo n° 3' })).toBe(
      'Peso mancante nella scheda obiettivo n° 3 in Scheda X!A1: scrivilo nell\'intestazione della scheda, un numero da 0 a 100 (es. "PESO: 10").',
    );
  });

  it('the Word import: a phase table before any objective, a type partly read, a place instead of a cell', () => {
    expect(renderMessage('TESTO_NON_LETTO', { cosa: 'tabella delle attività', dove: 'senza settore, tabella 1, riga 1' })).toBe(
      'Tabella delle attività senza un «Obiettivo n.» prima (senza settore, tabella 1, riga 1): le sue righe non sono lette.',
    );
    expect(renderMessage('TIPO_SCONOSCIUTO', { dove: 'Settore tecnico › Obiettivo n.1', valore: 'qualcosa', letto: 'Innovativo' })).toBe(
      'Tipo non riconosciuto in Settore tecnico › Obiettivo n.1: "qualcosa". I tipi possibili sono Strategico, Innovativo, Mantenimento, Gestionale e Sviluppo, anche combinati (es. "Innovativo strategico"). Viene scritto solo "Innovativo".',
    );
    const d = diagnose('TIPO_MANCANTE', { obiettivo: 'X' }, { place: 'X, paragrafo 3' });
    expect(d).toMatchObject({ severity: 'warning', place: 'X, paragrafo 3' });
    expect(d).not.toHaveProperty('sheet');
    expect(d).not.toHaveProperty('cell');
  });

  it('a header row not found says which rows were searched', () => {
    expect(renderMessage('COLONNA_MANCANTE', { foglio: 'Obiettivi', colonna: 'Peso', intestazioni: ['Peso'], riga: null, righeCercate: 10 })).toBe(
      'Nel foglio Obiettivi manca la colonna "Peso" nelle prime 10 righe. Cercate le intestazioni "Peso". La riga delle intestazioni deve trovarsi entro le prime 10 righe del foglio: elimina le righe di titolo in eccesso sopra di essa.',
    );
  });

  it('every code has a label and a sentence for the docs', () => {
    for (const code of DIAGNOSTIC_CODES) {
      expect(CATALOGUE[code].label.length).toBeGreaterThan(3);
      expect(CATALOGUE[code].when.length).toBeGreaterThan(10);
    }
  });
});
