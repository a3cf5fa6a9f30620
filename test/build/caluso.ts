/**
 * A Caluso-like register (settori, TUTTI objectives, weights 40 + 60 as in the 2021 plan) built
 * with ExcelJS, plus the awkward shapes real registers have, and the user features the build must
 * leave alone (comments, names, tables, conditional formats, validations, hidden sheets).
 */
import ExcelJS from 'exceljs';

export interface CalusoOptions {
  /** Rows written in awkward ways: Anno `2021-2022`, `Tutti i settori`, Peso `"20%"` and `0,05` with `%`, a trailing space. */
  dirty?: boolean;
  /** Comments, defined names, a table, conditional formats, validations, a hidden sheet, a user sheet named `Riepilogo`. */
  userFeatures?: boolean;
  /** Write a title row above the Obiettivi header. */
  titleRow?: boolean;
}

export const LONG_SETTORE = "SETTORE TECNICO MANUTENTIVO, PATRIMONIO, AMBIENTE ED ATTIVITA' PRODUTTIVE";

interface Ob {
  anno: number | string;
  settore: string;
  resp: string;
  n: number;
  titolo: string;
  peso: number | string;
  pesoFmt?: string;
}

/** Phrases of the kind found in real Tempistica columns. */
const TEMPI = [
  'Entro 31 Gennaio',
  'Da gennaio a giugno 2021',
  'Entro il 30/06/2021',
  'Da settembre a dicembre 2021',
  'Entro 31 dicembre',
  'trimestrale',
  'Da maggio a giugno 2021',
  'Entro dicembre 2021',
];

export function calusoObjectives(dirty: boolean): Ob[] {
  const tutti = dirty ? 'Tutti i settori' : 'TUTTI';
  const out: Ob[] = [
    { anno: 2021, settore: 'TUTTI', resp: '', n: 1, titolo: 'ATTUAZIONE DEL PIANO TRIENNALE PREVENZIONE CORRUZIONE E DELLA RELATIVA SEZIONE TRASPARENZA', peso: 10 },
    { anno: 2021, settore: tutti, resp: '', n: 2, titolo: 'MANTENIMENTO ADEGUAMENTO AL REGOLAMENTO EUROPEO PER IL TRATTAMENTO DEI DATI PERSONALI', peso: 10 },
    { anno: 2021, settore: 'TUTTI', resp: '', n: 3, titolo: '=Digitalizzazione dei procedimenti (titolo che inizia con uguale)', peso: 10 },
    { anno: 2021, settore: 'TUTTI', resp: '', n: 4, titolo: 'Formazione del personale', peso: 10 },
    { anno: 2021, settore: 'FINANZIARIO', resp: 'DR. DANILO BERTOLDI', n: 1, titolo: 'MIGLIORAMENTO INDICATORE DI INCIDENZA DEGLI INCASSI DELLE ENTRATE PROPRIE', peso: 20 },
    { anno: 2021, settore: 'FINANZIARIO', resp: 'DR. DANILO BERTOLDI', n: 2, titolo: 'Recupero evasione tributaria', peso: 5 },
    { anno: 2021, settore: 'FINANZIARIO', resp: 'DR. DANILO BERTOLDI', n: 3, titolo: 'Revisione inventario', peso: 5 },
    { anno: 2021, settore: 'FINANZIARIO', resp: 'DR. DANILO BERTOLDI', n: 4, titolo: 'Tempestività dei pagamenti', peso: 15 },
    { anno: 2021, settore: 'FINANZIARIO', resp: 'DR. DANILO BERTOLDI', n: 5, titolo: 'Bilancio consolidato', peso: 15 },
    { anno: 2021, settore: 'AMMINISTRATIVO', resp: 'DOTT.SSA ROSSI', n: 1, titolo: 'Regolamento accesso agli atti', peso: 30 },
    { anno: 2021, settore: 'AMMINISTRATIVO', resp: 'DOTT.SSA ROSSI', n: 2, titolo: '+Anagrafe nazionale (titolo con più)', peso: 30 },
    { anno: 2021, settore: LONG_SETTORE, resp: 'ING. BIANCHI', n: 1, titolo: 'Manutenzione straordinaria scuole', peso: 25 },
    { anno: 2021, settore: LONG_SETTORE, resp: 'ING. BIANCHI', n: 2, titolo: 'Piano asfaltature', peso: 25 },
    { anno: 2021, settore: LONG_SETTORE, resp: 'ING. BIANCHI', n: 3, titolo: '@Sportello attività produttive', peso: 5 },
  ];
  if (dirty) {
    // 2021-2022 span (counts in both years), Peso as text and as 0,05 with a % format, a trailing space.
    out[5] = { ...out[5], peso: '5%' };
    out[6] = { ...out[6], peso: 0.05, pesoFmt: '0%' };
    out[10] = { ...out[10], settore: 'AMMINISTRATIVO ' };
    out[13] = { ...out[13], anno: '2021-2022' };
    out.push(
      { anno: 2022, settore: 'TUTTI', resp: '', n: 1, titolo: 'Trasparenza 2022', peso: 40 },
      { anno: 2022, settore: LONG_SETTORE, resp: 'ING. BIANCHI', n: 1, titolo: 'Ciclo rifiuti', peso: '50,5' },
      { anno: 2022, settore: 'FINANZIARIO', resp: 'DR. DANILO BERTOLDI', n: 1, titolo: 'Armonizzazione', peso: 55 },
    );
  } else {
    out[13] = { ...out[13], peso: 10 };
  }
  return out;
}

export function buildCaluso(opts: CalusoOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const obs = calusoObjectives(opts.dirty ?? false);
  const ob = wb.addWorksheet('Obiettivi');
  const top = opts.titleRow ? 2 : 1;
  if (opts.titleRow) ob.getCell('A1').value = 'Comune di Caluso — Piano della Performance 2021';
  const headers = ['Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Descrizione', 'Peso', 'Collegamento DUP', 'Note interne'];
  ob.getRow(top).values = headers;
  ob.getRow(top).font = { bold: true };
  obs.forEach((o, i) => {
    const r = ob.getRow(top + 1 + i);
    r.values = [o.anno, o.settore, o.resp || null, o.n, 'Strategico', o.titolo, `Descrizione dell'obiettivo ${o.n}`, o.peso, 'Missione 1', `nota ${i}`];
    if (o.pesoFmt) r.getCell(8).numFmt = o.pesoFmt;
  });
  const fa = wb.addWorksheet('Fasi');
  fa.addRow(['Anno', 'Settore', 'N.', 'N. fase', 'Attività', 'Tempistica']);
  const ind = wb.addWorksheet('Indicatori');
  ind.addRow(['Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Direzione', 'Raggiunto']);
  const per = wb.addWorksheet('Personale');
  per.addRow(['Anno', 'Settore', 'N.', 'Cat.', 'Cognome e Nome', '% Partecipazione']);
  obs.forEach((o, i) => {
    const anno = o.anno;
    for (let f = 1; f <= 3; f++) fa.addRow([anno, o.settore, o.n, f, `Fase ${f} dell'obiettivo ${o.n}`, TEMPI[(i + f) % TEMPI.length]]);
    // A mix of measured, partly measured and unmeasured indicators.
    const k = i % 4;
    ind.addRow([anno, o.settore, o.n, 'Quantità', 'Pratiche evase', 100, 'Crescente', k === 3 ? null : [100, 80, 45][k]]);
    ind.addRow([anno, o.settore, o.n, 'Tempo', 'Conclusione entro il', new Date(Date.UTC(2021, 5, 30)), 'Crescente', k === 3 ? null : new Date(Date.UTC(2021, 5, k === 1 ? 30 : 15))]);
    if (i % 3 === 0) ind.addRow([anno, o.settore, o.n, 'Qualità', 'Qualità del servizio', 'Ottimo', 'Crescente', k === 3 ? null : 'Buono']);
    per.addRow([anno, o.settore, o.n, 'C', `Dipendente ${i}`, 50]);
  });
  ind.eachRow((row) => {
    for (const c of [6, 8]) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = 'dd/mm/yyyy';
  });
  const imp = wb.addWorksheet('Impostazioni');
  imp.addRows([
    ['Voce', 'Valore'],
    ['Ente', 'Comune di Caluso'],
    ['Anno', 2021],
    ['Soglia raggiungimento %', 90],
  ]);
  if (opts.userFeatures) addUserFeatures(wb);
  return wb;
}

/** What a real user adds: the build must not change any of it. */
function addUserFeatures(wb: ExcelJS.Workbook): void {
  const ob = wb.getWorksheet('Obiettivi')!;
  ob.getCell('F2').note = 'Titolo concordato con la Giunta';
  ob.getCell('J3').value = { formula: 'H3*2', result: 20 };
  ob.getCell('J4').value = { formula: 'CONCATENATE(B4," - ",D4)', result: 'TUTTI - 3' };
  ob.getCell('H2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ob.getCell('E2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Strategico,Mantenimento"'] };
  ob.addConditionalFormatting({
    ref: 'H2:H40',
    rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['20'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  wb.definedNames.add("'Obiettivi'!$H$2:$H$15", 'Pesi');
  const notes = wb.addWorksheet('Note del Nucleo');
  notes.addTable({
    name: 'tblNote',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Data' }, { name: 'Nota' }],
    rows: [
      [new Date(Date.UTC(2021, 2, 22)), 'Piano approvato'],
      [new Date(Date.UTC(2021, 6, 31)), '=non una formula'],
    ],
  });
  notes.getCell('D1').value = { formula: 'SUM(Obiettivi!H2:H15)', result: 190 };
  const hidden = wb.addWorksheet('Appunti', { state: 'hidden' });
  hidden.getCell('A1').value = 'foglio nascosto';
  const user = wb.addWorksheet('Riepilogo');
  user.getCell('A1').value = "Riepilogo scritto dall'utente: non toccare";
  user.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
}
