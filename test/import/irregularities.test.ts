/**
 * Every irregularity of the seed-000 layout (issue 15), each in a real .docx built by the `docx`
 * package from excerpts of the Calusco d'Adda document, checked objective by objective.
 */
import { importBlocks, summaryLines, type ImportedObjective, type ImportResult } from '../../src/core/import';
import { readDocxBlocks } from '../../src/xlsx/docx';
import { buildDocx, type BlockSpec, type RowSpec, type TableSpec } from './docxBuilder';

async function importOf(blocks: BlockSpec[]) {
  return importBlocks(await readDocxBlocks(await buildDocx(blocks), 'prova.docx'));
}

/** The two-row merged header: N. / Attività / Tempistica merged down, Indicatori over previsto | ottenuto. */
const HEADER: RowSpec[] = [
  {
    cells: [
      { text: '', vMerge: 'restart' },
      { text: 'Attività da compiere', vMerge: 'restart' },
      { text: 'Tempistica', vMerge: 'restart' },
      { text: 'Indicatori di risultato', span: 2 },
    ],
    header: true,
  },
  { cells: [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, 'previsto', 'ottenuto'], header: true },
];

function fields(descrLabel = "DESCRIZIONE DELL'OBIETTIVO"): TableSpec {
  return {
    rows: [
      [descrLabel, 'Aggiornamento del regolamento approvato con deliberazione del C.C. n.44.'],
      ['RISORSE UMANE', 'Brunella Brivio'],
      ['RISORSE STRUMENTALI', "In dotazione all'ufficio."],
      ['COSTI', 'Costi di gestione del personale.'],
      ['RISULTATI ATTESI', 'Regolamento aggiornato.'],
    ],
  };
}

/** What a diagnostic says, as the tests assert it: its code, its place and its parameters (the wording is test/diagnostics). */
const facts = (r: ImportResult, ...codes: string[]) =>
  r.diagnostics.filter((d) => codes.length === 0 || codes.includes(d.code)).map((d) => ({ code: d.code, severity: d.severity, place: d.place, params: d.params }));

const brief = (o: ImportedObjective) => ({ settore: o.settore, ufficio: o.ufficio, anni: o.anni, numero: o.numero, tipo: o.tipoTesto, titolo: o.titolo });

describe('headings: settore, ufficio and years in their wordings', () => {
  test('intersettoriali = TUTTI over the triennio; ufficio and year headings; numbers restart per ufficio', async () => {
    const phase = (t: string): TableSpec => ({ rows: [...HEADER, ['1', 'Istruttoria e adozione atti amministrativi.', t, '100%', '']] });
    const r = await importOf([
      'OBIETTIVI DI SETTORE',
      '2025 - 2027',
      { p: 'OBIETTIVI INTERSETTORIALI', bold: true },
      { p: 'TRIENNIO 2025/2027', bold: true },
      { p: 'Obiettivo n.1\nMantenimento', bold: true },
      'OGGETTO: PREVENZIONE DELLA CORRUZIONE E OBBLIGHI DI TRASPARENZA AMMINISTRATIVA.',
      fields(),
      phase('Triennio 2025/2027'),
      { p: 'SETTORE AMMINISTRATIVO FINANZIARIO', bold: true },
      { p: 'UFFICIO SEGRETERIA', bold: true },
      { p: 'OBIETTIVI 2025', bold: true },
      'Obiettivo n.1 Innovativo',
      'OGGETTO: AGGIORNAMENTO DEL CODICE DI COMPORTAMENTO DEL PERSONALE DIPENDENTE.',
      fields(),
      phase('2025'),
      { p: 'SETTORE AMMINISTRATIVO FINANZIARIO\nUFFICIO RAGIONERIA 2025', bold: true },
      'Obiettivo nr.1 Innovativo',
      'OGGETTO: PIANO DEI FLUSSI DI CASSA TRIMESTRALI',
      fields(),
      phase('Da gennaio a dicembre 2025 – ogni trimestre'),
      { p: 'SETTORE AMMINISTRATIVO FINANZIARIO\nOBIETTIVI P.E.G. ANNO 2026', bold: true },
      'Obiettivo nr. 1 Mantenimento',
      "OGGETTO: ATTIVITA' DI CONTRASTO EVASIONE TRIBUTARIA - I.M.U.",
      fields(),
      phase('Entro 31 dicembre'),
      'SERVIZI DEMOGRAFICI e PERSONALE',
      'OBIETTIVI TRIENNIO 2025/2027',
      'Obiettivo n. 1 Innovativo',
      'OGGETTO: INFORMATIZZAZIONE ATTI DI STATO CIVILE PREGRESSI',
      fields(),
      phase('Dicembre 2025'),
      'OBIETTIVI MESSO COMUNALE',
      'ANNO 2025',
      'Obiettivo n.1 Mantenimento',
      'OGGETTO: SERVIZIO DI RITIRO PASSAPORTI.',
      fields(),
      phase('Anno 2025'),
      'SETTORE POLIZIA LOCALE\nOBIETTIVI E INDICATORI DI RISULTATO anno 2027',
      'Obiettivo n.2 Innovativo',
      'OGGETTO: ADESIONE A PROGETTO REGIONALE PER NUOVA STRUMENTAZIONE.',
      fields(),
      phase('Anno 2027'),
    ]);
    expect(r.document.obiettivi.map(brief)).toEqual([
      { settore: 'TUTTI', ufficio: null, anni: [2025, 2026, 2027], numero: 1, tipo: 'Mantenimento', titolo: 'PREVENZIONE DELLA CORRUZIONE E OBBLIGHI DI TRASPARENZA AMMINISTRATIVA.' },
      { settore: 'Settore amministrativo finanziario', ufficio: 'Ufficio segreteria', anni: [2025], numero: 1, tipo: 'Innovativo', titolo: 'AGGIORNAMENTO DEL CODICE DI COMPORTAMENTO DEL PERSONALE DIPENDENTE.' },
      { settore: 'Settore amministrativo finanziario', ufficio: 'Ufficio ragioneria', anni: [2025], numero: 1, tipo: 'Innovativo', titolo: 'PIANO DEI FLUSSI DI CASSA TRIMESTRALI' },
      { settore: 'Settore amministrativo finanziario', ufficio: null, anni: [2026], numero: 1, tipo: 'Mantenimento', titolo: "ATTIVITA' DI CONTRASTO EVASIONE TRIBUTARIA - I.M.U." },
      { settore: 'Settore amministrativo finanziario', ufficio: 'Servizi demografici e personale', anni: [2025, 2026, 2027], numero: 1, tipo: 'Innovativo', titolo: 'INFORMATIZZAZIONE ATTI DI STATO CIVILE PREGRESSI' },
      { settore: 'Settore amministrativo finanziario', ufficio: 'Messo comunale', anni: [2025], numero: 1, tipo: 'Mantenimento', titolo: 'SERVIZIO DI RITIRO PASSAPORTI.' },
      { settore: 'Settore polizia locale', ufficio: null, anni: [2027], numero: 2, tipo: 'Innovativo', titolo: 'ADESIONE A PROGETTO REGIONALE PER NUOVA STRUMENTAZIONE.' },
    ]);
    // The title's years are the plan's; nothing was left unread; no duplicate key (numbers restart per ufficio).
    expect(r.document.anni).toEqual([2025, 2026, 2027]);
    expect(r.piano.impostazioni.anno).toBe(2025);
    expect(r.document.unread).toBe(0);
    expect(facts(r, 'CHIAVE_DUPLICATA')).toEqual([]);
    expect(r.document.obiettivi.map((o) => o.fasi.map((f) => f.tempistica))).toEqual([
      ['Triennio 2025/2027'],
      ['2025'],
      ['Da gennaio a dicembre 2025 – ogni trimestre'],
      ['Entro 31 dicembre'],
      ['Dicembre 2025'],
      ['Anno 2025'],
      ['Anno 2027'],
    ]);
  });
});

describe('the objective line and its type', () => {
  test('type missing, misspelled, combined with a stray cell, or on its own line', async () => {
    const r = await importOf([
      'SETTORE TECNICO',
      'OBIETTIVI DI SETTORE ANNO 2025',
      // Whole scheda as a five-column table, type on its own row and misspelled.
      {
        rows: [
          [{ text: 'Obiettivo n.1', span: 5 }],
          [{ text: 'Manitenimento', span: 5 }],
          [{ text: 'OGGETTO: SERVIZIO CONTROLLO SERALI.', span: 5 }],
          ["DESCRIZIONE DELL'OBIETTIVO", { text: 'Servizio di prevenzione e pattugliamento sul territorio.', span: 4 }],
          ['RISORSE UMANE', { text: 'Tutto il personale di P.L.', span: 4 }],
          ['RISULTATI ATTESI', { text: 'Controllo del rispetto del codice della strada.', span: 4 }],
          ...HEADER,
          ['1', 'Controlli.', 'Da Giugno a Settembre', '10', ''],
        ],
      },
      // No type at all.
      'Obiettivo n. 2',
      'OGGETTO: AGGIORNAMENTO INVENTARIO PATRIMONIO COMUNALE.',
      fields(),
      { rows: [...HEADER, ['1', 'Fotografia dello stato attuale del patrimonio.', '30/11', 'Digitalizzazione su server', '']] },
      // Combined type, a stray "e" in another cell of the same row.
      { rows: [['Obiettivo n. 3 Innovativo strategico', '', 'e', ''], ['OGGETTO: AVVIO ANSC – GESTIONE ATTI DI STATO CIVILE SU ARCHIVIO ANSC', '', '', '']] },
      fields(),
      { rows: [...HEADER, ['', "Individuazione e adesione ai servizi resi disponibili da ANPR per l'utilizzo di ANSC", '2025', '100%', '']] },
      // Type in a separate paragraph after the objective line.
      { p: 'Obiettivo nr.4', bold: true },
      { p: 'Innovativo Mantenimento', bold: true },
      'OGGETTO: GESTIONE ELEZIONI ANNI 2025 – 2026 - 2027',
      fields(),
      { rows: [...HEADER, ['', 'ELEZIONI TRIENNIO 2025/2027', 'In base alla data di indizione', '100%', '']] },
    ]);
    expect(r.document.obiettivi.map((o) => [o.numero, o.tipi, o.tipoTesto])).toEqual([
      [1, ['Mantenimento'], 'Mantenimento'],
      [2, [], null],
      [3, ['Innovativo', 'Strategico'], 'Innovativo strategico'],
      [4, ['Innovativo', 'Mantenimento'], 'Innovativo mantenimento'],
    ]);
    expect(facts(r, 'TIPO_CORRETTO', 'TIPO_MANCANTE', 'TIPO_SCONOSCIUTO')).toEqual([
      {
        code: 'TIPO_CORRETTO',
        severity: 'warning',
        place: 'Settore tecnico › 2025 › Obiettivo n.1, tabella 1, riga 2',
        params: { obiettivo: 'Settore tecnico › 2025 › Obiettivo n.1', scritto: 'manitenimento', letto: 'Mantenimento' },
      },
      { code: 'TIPO_MANCANTE', severity: 'warning', place: 'Settore tecnico › 2025 › Obiettivo n.2', params: { obiettivo: 'Settore tecnico › 2025 › Obiettivo n.2' } },
    ]);
    expect(r.document.obiettivi[0]).toMatchObject({
      titolo: 'SERVIZIO CONTROLLO SERALI.',
      descrizione: 'Servizio di prevenzione e pattugliamento sul territorio.',
      risorseUmane: 'Tutto il personale di P.L.',
      risultatiAttesi: 'Controllo del rispetto del codice della strada.',
      fasi: [expect.objectContaining({ numero: 1, attivita: 'Controlli.', tempistica: 'Da Giugno a Settembre', previsto: '10', ottenuto: null })],
    });
    expect(r.document.obiettivi[2].fasi).toEqual([expect.objectContaining({ numero: null, tempistica: '2025', previsto: '100%' })]);
    expect(r.document.unread).toBe(0);
  });
});

describe('fields and the phase table', () => {
  test('OBBIETTIVO misspelled, RISULTATI OTTENUTI, other caption, table continued after a page break with its header repeated, empty trailing rows', async () => {
    const r = await importOf([
      'SETTORE SERVIZI ALLA PERSONA',
      'OBIETTIVI ANNO 2026',
      'Obiettivo n.2 Mantenimento',
      "OGGETTO: CONSOLIDAMENTO NUOVA MODALITA' ON LINE DI ISCRIZIONE AL SERVIZIO DI REFEZIONE SCOLASTICA.",
      {
        rows: [
          ["DESCRIZIONE DELL'OBBIETTIVO", '-Verifica andamento modalità on line;\n-Eventuali adeguamenti alla nuova modalità di iscrizione'],
          ['RISORSE UMANE', 'Istruttore amministrativo contabile'],
          ['RISULTATI ATTESI', 'Perfezionamento e semplificazione procedure di iscrizione on line.'],
          ['RISULTATI OTTENUTI', 'Iscrizioni completate.'],
        ],
      },
      'Indicazioni di risultato',
      { rows: [...HEADER, ['1', 'Verifica andamento iscrizioni on line 2025', 'Gennaio/febbraio 2026', '100%', ''], ['2', 'Comunicazione tempistiche per iscrizione on line', 'Febbraio/marzo 2026', '100%', '']] },
      { p: '', pageBreak: true },
      {
        rows: [
          ...HEADER,
          ['3', 'Apertura portale per iscrizione on line', 'Da aprile a maggio 2026', '100%', ''],
          ['4', 'Verifica della corretta iscrizione al servizio di refezione scolastica', 'Da giugno a settembre 2026', '100%', '90%'],
          ['', '', '', '', ''],
          ['', '', '', '', ''],
        ],
      },
    ]);
    const [o] = r.document.obiettivi;
    expect(o.descrizione).toBe('-Verifica andamento modalità on line;\n-Eventuali adeguamenti alla nuova modalità di iscrizione');
    expect(o.risultatiOttenuti).toBe('Iscrizioni completate.');
    expect(o.fasi.map((f) => [f.numero, f.tempistica, f.previsto, f.ottenuto])).toEqual([
      [1, 'Gennaio/febbraio 2026', '100%', null],
      [2, 'Febbraio/marzo 2026', '100%', null],
      [3, 'Da aprile a maggio 2026', '100%', null],
      [4, 'Da giugno a settembre 2026', '100%', '90%'],
    ]);
    expect(r.document.unread).toBe(0);
    // 100% becomes a percentage in the register, 90% too; the empty ottenuto stays empty.
    expect(r.piano.obiettivi[0].fasi[3]).toMatchObject({ previsto: { v: 1, fmt: '0%' }, ottenuto: { v: 0.9, fmt: '0%' } });
  });

  test('label paragraphs followed by their text, bullet lines typed as text, soft breaks and non-breaking spaces, no caption', async () => {
    const r = await importOf([
      { p: 'SETTORE SERVIZI ALLA PERSONA\nOBIETTIVI ANNO 2025', bold: true },
      { p: 'Obiettivo n.3\nMantenimento', bold: true },
      "OGGETTO: PROGRAMMAZIONE ATTIVITA' BIBLIOTECA – PROMOZIONE ALLA LETTURA,",
      { p: "DESCRIZIONE\nDELL'OBIETTIVO", bold: true },
      'Oltre alla normale attività di inter prestito librario, si vuole favorire la promozione alla lettura;',
      "L'obiettivo si prefigge di promuovere attività di lettura mediante:",
      '- elaborazione di bibliografie indirizzate a bambini e ragazzi per fasce d\u00a0età;',
      '- sfide di lettura aperte alle varie fasce di utenze;',
      'RISORSE UMANE',
      'Istruttore amministrativo contabile.\nPersonale Coop.\nFunzionario Socio-culturale',
      { p: 'RISORSE\nSTRUMENTALI', bold: true },
      "In dotazione all'ufficio.",
      'COSTI',
      'Costi del personale e della Coop.',
      'RISULTATI ATTESI',
      'Gestione, coordinamento e funzionamento delle attività bibliotecarie in programmazione 2025.',
      {
        rows: [
          ...HEADER.map((h, i) => (i === 0 ? { ...h, cells: h.cells.map((c) => (typeof c === 'object' && c.text === 'Tempistica' ? { ...c, text: 'Tempistica raggiungimento' } : c)) } : h)),
          ['1', 'Coordinamento,\u00a0funzionamento e gestione\ndelle attività bibliotecarie', 'Anno\u00a02025', '100%', ''],
        ],
      },
    ]);
    const [o] = r.document.obiettivi;
    expect(o.descrizione).toBe(
      "Oltre alla normale attività di inter prestito librario, si vuole favorire la promozione alla lettura;\nL'obiettivo si prefigge di promuovere attività di lettura mediante:\n- elaborazione di bibliografie indirizzate a bambini e ragazzi per fasce d età;\n- sfide di lettura aperte alle varie fasce di utenze;",
    );
    expect(o.risorseUmane).toBe('Istruttore amministrativo contabile.\nPersonale Coop.\nFunzionario Socio-culturale');
    expect(o.risorseStrumentali).toBe("In dotazione all'ufficio.");
    expect(o.costi).toBe('Costi del personale e della Coop.');
    expect(o.fasi).toEqual([expect.objectContaining({ numero: 1, attivita: 'Coordinamento, funzionamento e gestione\ndelle attività bibliotecarie', tempistica: 'Anno 2025' })]);
    expect(r.document.unread).toBe(0);
  });

  test('a phase table nested in a cell, a phase without activity and text that fits nowhere are reported, not dropped', async () => {
    const r = await importOf([
      'SETTORE TECNICO',
      'OBIETTIVI DI SETTORE ANNO 2026',
      'Obiettivo n. 2',
      'OGGETTO: GESTIONE DELLE ESTUMULAZIONI STRAORDINARIE PER RECUPERO LOCULI E TOMBE.',
      fields(),
      {
        rows: [
          [
            {
              text: 'INDICATORI DI RISULTATO',
              nested: { rows: [...HEADER, ['1', 'Verifica contratti e contatto con intestatari contratti.', '30/04 e/o 31/10', 'Sono previste 30 estumulazioni', ''], ['2', '', '30/06 e/o 31/12', '', '']] },
            },
          ],
        ],
      },
      'Nota a margine scritta dal funzionario.',
    ]);
    const [o] = r.document.obiettivi;
    expect(o.fasi).toEqual([expect.objectContaining({ numero: 1, tempistica: '30/04 e/o 31/10', previsto: 'Sono previste 30 estumulazioni' })]);
    expect(facts(r, 'FASE_INCOMPLETA', 'TESTO_NON_LETTO')).toEqual([
      {
        code: 'FASE_INCOMPLETA',
        severity: 'warning',
        place: 'Settore tecnico › 2026 › Obiettivo n.2, tabella 3, riga 4',
        params: { dove: 'Settore tecnico › 2026 › Obiettivo n.2, tabella 3, riga 4', testo: '2 | 30/06 e/o 31/12' },
      },
      {
        code: 'TESTO_NON_LETTO',
        severity: 'warning',
        place: 'Settore tecnico › 2026 › Obiettivo n.2, paragrafo 5',
        params: { cosa: 'testo', dove: 'Settore tecnico › 2026 › Obiettivo n.2, paragrafo 5', testo: 'Nota a margine scritta dal funzionario.' },
      },
    ]);
    expect(r.document.unread).toBe(2);
  });
});

describe('what the import shares with any reading has the same code', () => {
  const PHASES: TableSpec['rows'] = [['N.', 'Attività da compiere', 'Tempistica', 'Indicatori di risultato']];

  test('years from the title, a type partly unknown, a field twice, a phase number, a duplicate number', async () => {
    const r = await importOf([
      'Obiettivi di settore 2025-2027',
      'SETTORE TECNICO',
      'Obiettivo n.1 Innovativo qualcosa',
      'OGGETTO: A.',
      'OGGETTO: B.',
      { rows: [...PHASES, ['x', 'Fare.', 'Entro marzo', '']] },
      'Obiettivo n.1 Strategico',
      'OGGETTO: C.',
    ]);
    const first = 'Settore tecnico › Obiettivo n.1';
    const documentYears = { code: 'ANNO_NON_VALIDO', severity: 'warning', place: first, params: { dove: first, valore: null, intanto: 'vale per gli anni del documento (2025-2027)' } };
    expect(facts(r)).toEqual([
      documentYears,
      { code: 'TIPO_SCONOSCIUTO', severity: 'warning', place: `${first}, paragrafo 3`, params: { dove: first, valore: 'qualcosa', letto: 'Innovativo' } },
      { code: 'CAMPO_RIPETUTO', severity: 'warning', place: `${first}, paragrafo 5`, params: { obiettivo: first, campo: 'OGGETTO', dove: 'paragrafo 5' } },
      {
        code: 'VALORE_NON_VALIDO',
        severity: 'warning',
        place: `${first}, tabella 1, riga 2`,
        params: { campo: 'N. fase', dove: `${first}, tabella 1, riga 2`, valore: 'x', come: 'Scrivi un numero intero positivo (es. 3)', intanto: "è usato l'ordine in cui la fase compare" },
      },
      documentYears,
      {
        code: 'CHIAVE_DUPLICATA',
        severity: 'error',
        place: first,
        params: { per: 'numero', dove: first, settore: 'Settore tecnico', ufficio: null, numero: 1, anni: [2025, 2026, 2027], altrove: '(«A. B.»)' },
      },
    ]);
    expect(r.document.obiettivi.map((o) => [o.anni, o.tipoTesto, o.titolo, o.fasi.map((f) => f.numero)])).toEqual([
      [[2025, 2026, 2027], 'Innovativo', 'A. B.', [null]],
      [[2025, 2026, 2027], 'Strategico', 'C.', []],
    ]);
  });

  test('an objective before any settore or year heading, a phase table before any objective', async () => {
    const r = await importOf([{ rows: [...PHASES, ['1', 'Fare.', 'Entro marzo', '']] }, 'Obiettivo n.1 Strategico']);
    const place = 'senza settore › Obiettivo n.1';
    expect(facts(r)).toEqual([
      { code: 'TESTO_NON_LETTO', severity: 'warning', place: 'senza settore, tabella 1, riga 1', params: { cosa: 'tabella delle attività', dove: 'senza settore, tabella 1, riga 1' } },
      { code: 'TESTO_NON_LETTO', severity: 'warning', place: 'senza settore, tabella 1, riga 2', params: { cosa: 'testo', dove: 'senza settore, tabella 1, riga 2', testo: '1 | Fare. | Entro marzo' } },
      { code: 'CAMPO_OBBLIGATORIO', severity: 'error', place, params: { campo: 'settore', dove: 'Obiettivo n.1 (paragrafo 1), prima di ogni intestazione di settore' } },
      { code: 'ANNO_MANCANTE', severity: 'error', place, params: { obiettivo: place } },
      { code: 'CAMPO_OBBLIGATORIO', severity: 'error', place, params: { campo: 'titolo', dove: place, colonna: 'Obiettivo' } },
    ]);
    expect(r.document.unread).toBe(1);
  });
});

describe('weights and empty documents', () => {
  test('Peso stays empty and is said once', async () => {
    const r = await importOf(['SETTORE TECNICO', 'ANNO 2025', 'Obiettivo n.1 Strategico', 'OGGETTO: A.', 'Obiettivo n.2 Strategico', 'OGGETTO: B.']);
    expect(r.piano.obiettivi.map((o) => o.peso)).toEqual([null, null]);
    // Said once, in the summary, and not as a diagnostic: this document has nothing else to report.
    expect(summaryLines(r.summary).filter((l) => /\bpesi\b|\bPeso\b/.test(l))).toEqual([
      'Il documento non indica i pesi: la colonna Peso del foglio Obiettivi è vuota per tutti i 2 obiettivi (per ogni settore e anno la somma deve fare 100).',
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  test('a document without objectives says what it expected', async () => {
    const r = await importOf(['Relazione sulla performance', 'Testo libero.']);
    expect(r.piano.obiettivi).toEqual([]);
    expect(facts(r)).toEqual([
      { code: 'TESTO_NON_LETTO', severity: 'warning', place: 'senza settore, paragrafo 1', params: { cosa: 'testo', dove: 'senza settore, paragrafo 1', testo: 'Relazione sulla performance' } },
      { code: 'TESTO_NON_LETTO', severity: 'warning', place: 'senza settore, paragrafo 2', params: { cosa: 'testo', dove: 'senza settore, paragrafo 2', testo: 'Testo libero.' } },
      { code: 'NESSUN_OBIETTIVO', severity: 'error', place: 'documento', params: {} },
    ]);
    expect(summaryLines(r.summary).some((l) => l.includes('pesi'))).toBe(false);
  });
});
