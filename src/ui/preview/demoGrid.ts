/** A small, realistic plan for the preview page (and the pane's end-to-end tests): three settori and TUTTI. */
import type { Cell, SheetGrid, WorkbookGrid } from '../../core/grid';

type Raw = string | number | null | { v: number; fmt: string };

function sheet(name: string, rows: Raw[][]): SheetGrid {
  return {
    name,
    rows: rows.map((r) => r.map((v): Cell | null => (v === null ? null : typeof v === 'object' ? { v: v.v, fmt: v.fmt } : { v }))),
  };
}

const d = (serial: number) => ({ v: serial, fmt: 'dd/mm/yyyy' });

export function demoGrid(): WorkbookGrid {
  return {
    sheets: [
      sheet('Obiettivi', [
        ['Comune di Valdora – Piano della Performance 2025'],
        ['Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Peso'],
        [2025, 'TUTTI', null, 1, 'Strategico', 'Trasparenza e anticorruzione: aggiornamento della sezione Amministrazione trasparente', 20],
        [2025, 'TUTTI', null, 2, 'Innovativo', 'Digitalizzazione dei procedimenti (PNRR, misura 1.4.1)', 20],
        [2025, 'FINANZIARIO', 'Maria Rossi', 1, 'Gestionale', 'Approvazione del rendiconto nei termini di legge', 30],
        [2025, 'FINANZIARIO', 'Maria Rossi', 2, 'Mantenimento', 'Riduzione dei tempi medi di pagamento delle fatture', 30],
        [2025, 'TECNICO', 'Luca Bianchi', 1, 'Strategico', 'Manutenzione straordinaria delle scuole comunali', 35],
        [2025, 'TECNICO', 'Luca Bianchi', 2, 'Sviluppo', 'Nuovo regolamento edilizio', 20],
        [2025, 'DEMOGRAFICO', 'Anna Verdi', 1, 'Gestionale', 'Carta d’identità elettronica: riduzione dei tempi di attesa', 60],
      ]),
      sheet('Fasi', [
        ['Anno', 'Settore', 'N.', 'N. fase', 'Attività', 'Tempistica'],
        [2025, 'TUTTI', 1, 1, 'Ricognizione degli obblighi di pubblicazione', 'Da gennaio a marzo 2025'],
        [2025, 'TUTTI', 1, 2, 'Pubblicazione e verifica', 'Entro 30/06/2025'],
        [2025, 'TUTTI', 2, 1, 'Migrazione dei servizi in cloud', 'II semestre'],
        [2025, 'FINANZIARIO', 1, 1, 'Predisposizione dello schema di rendiconto', 'Entro 31/03/2025'],
        [2025, 'FINANZIARIO', 1, 2, 'Approvazione in Consiglio', 'Entro 30/04/2025'],
        [2025, 'TECNICO', 1, 1, 'Progettazione esecutiva', 'Da febbraio a maggio 2025'],
        [2025, 'TECNICO', 1, 2, 'Lavori', 'Termine di legge'],
        [2025, 'TECNICO', 2, 1, 'Bozza del regolamento', 'Entro dicembre 2025'],
      ]),
      sheet('Indicatori', [
        ['Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Direzione', 'Raggiunto intermedio', 'Raggiunto'],
        [2025, 'TUTTI', 1, 'Qualità', 'Sezioni aggiornate', { v: 1, fmt: '0%' }, 'Crescente', { v: 0.6, fmt: '0%' }, { v: 0.95, fmt: '0%' }],
        [2025, 'TUTTI', 1, 'Tempo', 'Pubblicazione entro', d(45838), 'Crescente', null, d(45835)],
        [2025, 'TUTTI', 2, 'Quantità', 'Servizi migrati', 12, 'Crescente', 4, 10],
        [2025, 'FINANZIARIO', 1, 'Tempo', 'Approvazione entro', d(45777), 'Crescente', d(45775), d(45775)],
        [2025, 'FINANZIARIO', 2, 'Quantità', 'Giorni medi di pagamento', 30, 'Decrescente', 34, 28],
        [2025, 'TECNICO', 1, 'Quantità', 'Plessi completati', 4, 'Crescente', 1, 3],
        [2025, 'TECNICO', 1, 'Qualità', 'Soddisfazione dell’utenza', 'Buono', 'Crescente', null, 'Distinto'],
        [2025, 'TECNICO', 2, 'Quantità', 'Regolamento approvato', 'SI', 'Crescente', null, 'NO'],
        [2025, 'DEMOGRAFICO', 1, 'Quantità', 'Giorni di attesa', 20, 'Decrescente', 25, null],
      ]),
    ],
  };
}
