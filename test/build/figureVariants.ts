/**
 * The SMVP variants of the figures tests, shared by test/build/figures.lo.test.ts (summary --json,
 * Riepilogo, Schede, Valutazione individuale) and test/taskpane/figuresVariants.test.tsx (the pane):
 * a register written by openpyxl (not by the product) and its figures worked out by hand.
 *
 * The plan (2025, soglia 90): T1 TUTTI, F1 and F2 FINANZIARIO, S1 SEGRETERIA.
 *   T1: Quantità 80 of 100 → G 80;  Tempo deadline 30/06/2025 met on 10/07/2025 (10 days late).
 *   F1: Quantità 95 of 100 → 95;  Tempo "giorni di pagamento" 30, Decrescente, 33 → 100 × (60 − 33) / 30 = 90.
 *   F2: Qualità Buono expected, Discreto reached → 100 × 3 / 4 = 75.
 *   S1: Quantità 4 of 10 → 40;  Quantità 19 of 20 → 95.
 *   Personale: T1 Rossi 20, Verdi 30; F1 Rossi 50; F2 Rossi 30; S1 Verdi 70, Bianchi 100.
 */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import * as path from 'path';
import { PYTHON } from '../xlsx/foreignTools';

export type Cell = string | number | { date: string } | null;

export interface Variant {
  name: string;
  pesi: [number, number, number, number];
  impostazioni: [string, string | number][];
  /** Obiettivi: Punteggio validato and Nota del Nucleo per objective (T1, F1, F2, S1). */
  validati?: [Cell, Cell][];
  /** Indicatori: Non valutabile on T1's deadline. */
  nonValutabile?: boolean;
  expected: Expected;
}

export interface Figures {
  score: number | null;
  achieved: number | null;
  onTime: number | null;
}

export interface Expected {
  objectives: (Figures & { computed?: number; validated?: number | null })[];
  fin: Figures & { computed?: number };
  seg: Figures;
  ente: Figures & { computed?: number; counts: [number, number, number, number] };
  people?: Record<string, number>;
}

export const BASE_OBJECTIVES: Expected['objectives'] = [
  { score: 40, achieved: 80, onTime: 0 }, // T1: (80 + 0) / 2
  { score: 92.5, achieved: 95, onTime: 90 },
  { score: 75, achieved: 75, onTime: null },
  { score: 67.5, achieved: 67.5, onTime: null },
];

export const VARIANTS: Variant[] = [
  {
    name: 'predefinite',
    pesi: [40, 30, 30, 60],
    impostazioni: [],
    expected: {
      objectives: BASE_OBJECTIVES,
      fin: { score: 66.25, achieved: 83, onTime: 38.5714 }, // (40×40 + 30×92,5 + 30×75)/100; (40×80 + 30×95 + 30×75)/100; (40×0 + 30×90)/70
      seg: { score: 56.5, achieved: 72.5, onTime: 0 }, // (40×40 + 60×67,5)/100
      ente: { score: 61.375, achieved: 77.75, onTime: 19.2857, counts: [1, 2, 1, 0] }, // means of the two settori; 4 objectives once
      people: { 'Rossi Maria': 76.75, 'Verdi Luca': 59.25, 'Bianchi Anna': 67.5 }, // (20×40 + 50×92,5 + 30×75)/100; (30×40 + 70×67,5)/100
    },
  },
  {
    name: 'fasce-indicatore',
    pesi: [40, 30, 30, 60],
    impostazioni: [['Fasce', 'sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100']],
    expected: {
      // Banded G: T1 80, 0; F1 95 → 100, 90 → 100; F2 75; S1 40 → 0, 95 → 100.
      objectives: [
        { score: 40, achieved: 80, onTime: 0 },
        { score: 100, achieved: 100, onTime: 100 },
        { score: 75, achieved: 75, onTime: null },
        { score: 50, achieved: 50, onTime: null },
      ],
      fin: { score: 68.5, achieved: 84.5, onTime: 42.8571 }, // (1600 + 3000 + 2250)/100; (3200 + 3000 + 2250)/100; 3000/70
      seg: { score: 46, achieved: 62, onTime: 0 }, // (1600 + 3000)/100; (3200 + 3000)/100
      ente: { score: 57.25, achieved: 73.25, onTime: 21.4286, counts: [1, 2, 1, 0] }, // F1 100 raggiunto; F2 75 and S1 50 parziali; T1 40 non
    },
  },
  {
    name: 'fasce-obiettivo',
    pesi: [40, 30, 30, 60],
    impostazioni: [
      ['Fasce', 'sotto 50 = 0; da 50 a meno di 75 = 50; da 75 a meno di 100 = 75; da 100 = 100'],
      ['Fasce applicate a', 'obiettivo'],
      ['Fasce ritardo', 'fino a 30 giorni = 50; oltre = 0'],
    ],
    expected: {
      // T1: deadline 10 days late → 50 (lateness band); (80 + 50)/2 = 65 → 50. F1 92,5 → 75; F2 75 → 75; S1 67,5 → 50.
      objectives: [
        { score: 50, achieved: 80, onTime: 50 },
        { score: 75, achieved: 95, onTime: 90 },
        { score: 75, achieved: 75, onTime: null },
        { score: 50, achieved: 67.5, onTime: null },
      ],
      fin: { score: 65, achieved: 83, onTime: 67.1429 }, // (2000 + 2250 + 2250)/100; averages not banded: (2000 + 2700)/70
      seg: { score: 50, achieved: 72.5, onTime: 50 },
      ente: { score: 57.5, achieved: 77.75, onTime: 58.5714, counts: [0, 4, 0, 0] },
    },
  },
  {
    name: 'quota',
    pesi: [100, 50, 50, 100],
    impostazioni: [
      ['Pesi TUTTI', 'quota'],
      ['Quota TUTTI %', 35],
    ],
    expected: {
      objectives: BASE_OBJECTIVES,
      // 35% × TUTTI + 65% × own: 0,35×40 + 0,65×(50×92,5 + 50×75)/100; 0,35×80 + 0,65×85; 0,35×0 + 0,65×90
      fin: { score: 68.4375, achieved: 83.25, onTime: 58.5 },
      seg: { score: 57.875, achieved: 71.875, onTime: 0 }, // 0,35×40 + 0,65×67,5; 0,35×80 + 0,65×67,5; T1 only: 0
      ente: { score: 63.15625, achieved: 77.5625, onTime: 29.25, counts: [1, 2, 1, 0] },
    },
  },
  {
    name: 'validazione',
    pesi: [40, 30, 30, 60],
    impostazioni: [],
    // T1 "150" is not valid (error, the computed counts); F2 90 with a note; S1 80 without (warning).
    validati: [
      ['150', null],
      [null, null],
      [90, 'Ritardo del fornitore, documentato'],
      [80, null],
    ],
    nonValutabile: true,
    expected: {
      // T1's deadline set aside: T1 = 80 (Quantità only), no rispetto tempi.
      objectives: [
        { score: 80, achieved: 80, onTime: null, computed: 80, validated: null },
        { score: 92.5, achieved: 95, onTime: 90, computed: 92.5, validated: null },
        { score: 90, achieved: 75, onTime: null, computed: 75, validated: 90 },
        { score: 80, achieved: 67.5, onTime: null, computed: 67.5, validated: 80 },
      ],
      fin: { score: 86.75, computed: 82.25, achieved: 83, onTime: 90 }, // (3200 + 2775 + 2700)/100; (3200 + 2775 + 2250)/100
      seg: { score: 80, achieved: 72.5, onTime: null }, // (3200 + 4800)/100
      ente: { score: 83.375, computed: 77.375, achieved: 77.75, onTime: 90, counts: [2, 2, 0, 0] },
      people: { 'Rossi Maria': 89.25, 'Verdi Luca': 80, 'Bianchi Anna': 80 }, // (1600 + 4625 + 2700)/100; (2400 + 5600)/100
    },
  },
  {
    name: 'ente-obiettivi',
    pesi: [40, 30, 30, 60],
    impostazioni: [['Punteggio ente', 'per numero di obiettivi']],
    expected: {
      objectives: BASE_OBJECTIVES,
      fin: { score: 66.25, achieved: 83, onTime: 38.5714 },
      seg: { score: 56.5, achieved: 72.5, onTime: 0 },
      ente: { score: 62.35, achieved: 78.8, onTime: 23.1429, counts: [1, 2, 1, 0] }, // FINANZIARIO weighs 3, SEGRETERIA 2
    },
  },
  {
    name: 'ente-personale',
    pesi: [40, 30, 30, 60],
    impostazioni: [['Punteggio ente', 'per personale']],
    expected: {
      objectives: BASE_OBJECTIVES,
      fin: { score: 66.25, achieved: 83, onTime: 38.5714 },
      seg: { score: 56.5, achieved: 72.5, onTime: 0 },
      ente: { score: 60.4, achieved: 76.7, onTime: 15.4286, counts: [1, 2, 1, 0] }, // FINANZIARIO 2 people, SEGRETERIA 3
    },
  },
];

const d = (iso: string) => ({ date: iso });

export function workbookSpec(v: Variant) {
  const [pt, pf1, pf2, ps] = v.pesi;
  const obHead = ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso', ...(v.validati ? ['Punteggio validato', 'Nota del Nucleo'] : [])];
  const obRows: Cell[][] = [
    [2025, 'TUTTI', 1, 'Trasparenza e anticorruzione', pt],
    [2025, 'FINANZIARIO', 1, 'Tempestività dei pagamenti', pf1],
    [2025, 'FINANZIARIO', 2, 'Qualità del servizio tributi', pf2],
    [2025, 'SEGRETERIA', 1, 'Digitalizzazione degli atti', ps],
  ].map((r, i) => [...r, ...(v.validati ? v.validati[i] : [])] as Cell[]);
  const inHead = ['Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Direzione', 'Raggiunto', ...(v.nonValutabile ? ['Non valutabile', 'Nota'] : [])];
  const inRows: Cell[][] = [
    [2025, 'TUTTI', 1, 'Quantità', 'Atti pubblicati', 100, 'Crescente', 80],
    [2025, 'TUTTI', 1, 'Tempo', 'Pubblicazione entro il', d('2025-06-30'), 'Crescente', d('2025-07-10')],
    [2025, 'FINANZIARIO', 1, 'Quantità', 'Fatture pagate %', 100, 'Crescente', 95],
    [2025, 'FINANZIARIO', 1, 'Tempo', 'Tempo medio di pagamento (giorni)', 30, 'Decrescente', 33],
    [2025, 'FINANZIARIO', 2, 'Qualità', 'Giudizio degli utenti', 'Buono', 'Crescente', 'Discreto'],
    [2025, 'SEGRETERIA', 1, 'Quantità', 'Procedimenti digitalizzati', 10, 'Crescente', 4],
    [2025, 'SEGRETERIA', 1, 'Quantità', 'Atti firmati digitalmente', 20, 'Crescente', 19],
  ].map((r, i) => (v.nonValutabile ? [...r, i === 1 ? 'SI' : null, i === 1 ? 'Scadenza spostata per legge' : null] : r) as Cell[]);
  const peRows: Cell[][] = [
    [2025, 'TUTTI', 1, 'D', 'Rossi Maria', 20],
    [2025, 'TUTTI', 1, 'C', 'Verdi Luca', 30],
    [2025, 'FINANZIARIO', 1, 'D', 'Rossi Maria', 50],
    [2025, 'FINANZIARIO', 2, 'D', 'Rossi Maria', 30],
    [2025, 'SEGRETERIA', 1, 'C', 'Verdi Luca', 70],
    [2025, 'SEGRETERIA', 1, 'B', 'Bianchi Anna', 100],
  ];
  return {
    Obiettivi: [obHead, ...obRows],
    Indicatori: [inHead, ...inRows],
    Personale: [['Anno', 'Settore', 'N.', 'Categoria', 'Cognome e Nome', '% Partecipazione'], ...peRows],
    Impostazioni: [['Voce', 'Valore'], ['Ente', 'Comune di Prova'], ['Anno', 2025], ...v.impostazioni],
  };
}

/** openpyxl writes each sheet from the JSON spec; dates get a dd/mm/yyyy format. */
const PY = `
import json, sys, datetime
from openpyxl import Workbook
spec = json.load(open(sys.argv[1]))
wb = Workbook()
wb.remove(wb.active)
for name, rows in spec['sheets'].items():
    ws = wb.create_sheet(name)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(v, dict):
                cell.value = datetime.datetime.strptime(v['date'], '%Y-%m-%d')
                cell.number_format = 'dd/mm/yyyy'
            else:
                cell.value = v
wb.save(spec['out'])
`;

/** Writes the variant's register with openpyxl into `dir` and returns its path. */
export function writeVariantWorkbook(dir: string, v: Variant): string {
  const file = path.join(dir, `${v.name}.xlsx`);
  const script = path.join(dir, 'make.py');
  const specFile = path.join(dir, `${v.name}.json`);
  writeFileSync(script, PY);
  writeFileSync(specFile, JSON.stringify({ out: file, sheets: workbookSpec(v) }));
  execFileSync(PYTHON, [script, specFile], { stdio: 'pipe', timeout: 60_000 });
  return file;
}
