/**
 * A plan with mistakes, built with ExcelJS: weights of a settore that do not add to 100, an error
 * value where a peso should be, and an Indicatori sheet without its Atteso column.
 */
import ExcelJS from 'exceljs';

export async function brokenWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ob = wb.addWorksheet('Obiettivi');
  ob.addRows([
    ['Comune di Prova – Piano della Performance 2025'],
    ['Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Peso'],
    [2025, 'FINANZIARIO', 'Maria Rossi', 1, 'Gestionale', 'Approvazione del rendiconto nei termini di legge', 50],
    [2025, 'FINANZIARIO', 'Maria Rossi', 2, 'Mantenimento', 'Riduzione dei tempi medi di pagamento delle fatture', 30],
    [2025, 'TECNICO', 'Luca Bianchi', 1, 'Strategico', 'Manutenzione straordinaria delle scuole comunali', 60],
    [2025, 'TECNICO', 'Luca Bianchi', 2, 'Sviluppo', 'Nuovo regolamento edilizio', null],
  ]);
  // The result of a broken formula, as Excel saves it.
  ob.getCell('G6').value = { formula: 'Pesi!B7', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
  const fasi = wb.addWorksheet('Fasi');
  fasi.addRows([
    ['Anno', 'Settore', 'N.', 'N. fase', 'Attività', 'Tempistica'],
    [2025, 'FINANZIARIO', 1, 1, 'Predisposizione dello schema di rendiconto', 'Entro 31/03/2025'],
    [2025, 'FINANZIARIO', 2, 1, 'Monitoraggio trimestrale', 'Da gennaio a dicembre 2025'],
    [2025, 'TECNICO', 1, 1, 'Progettazione esecutiva', 'Da febbraio a maggio 2025'],
  ]);
  const ind = wb.addWorksheet('Indicatori');
  ind.addRows([
    ['Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Direzione', 'Raggiunto'],
    [2025, 'FINANZIARIO', 1, 'Quantità', 'Rendiconto approvato', 'Crescente', 1],
    [2025, 'FINANZIARIO', 2, 'Quantità', 'Giorni medi di pagamento', 'Decrescente', 28],
    [2025, 'TECNICO', 1, 'Quantità', 'Plessi completati', 'Crescente', 3],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
