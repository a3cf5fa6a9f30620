/**
 * The figures a Nucleo signs, end to end, for each SMVP variant: a register written by openpyxl
 * (not by the product), figures worked out by hand here, and the same numbers in `peg summary
 * --json`, in the Riepilogo, the Schede and the Valutazione individuale of `peg build` after
 * LibreOffice has recalculated the built file.
 *
 * The plan (2025, soglia 90): T1 TUTTI, F1 and F2 FINANZIARIO, S1 SEGRETERIA.
 *   T1: Quantità 80 of 100 → G 80;  Tempo deadline 30/06/2025 met on 10/07/2025 (10 days late).
 *   F1: Quantità 95 of 100 → 95;  Tempo "giorni di pagamento" 30, Decrescente, 33 → 100 × (60 − 33) / 30 = 90.
 *   F2: Qualità Buono expected, Discreto reached → 100 × 3 / 4 = 75.
 *   S1: Quantità 4 of 10 → 40;  Quantità 19 of 20 → 95.
 *   Personale: T1 Rossi 20, Verdi 30; F1 Rossi 50; F2 Rossi 30; S1 Verdi 70, Bianchi 100.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runPegInProcess } from '../helpers/cli';
import { describeWith, hasLibreOffice, hasOpenpyxl, PYTHON } from '../xlsx/foreignTools';
import { convertWithLibreOffice } from './libreoffice';

type Cell = string | number | { date: string } | null;

interface Variant {
  name: string;
  pesi: [number, number, number, number];
  impostazioni: [string, string | number][];
  /** Obiettivi: Punteggio validato and Nota del Nucleo per objective (T1, F1, F2, S1). */
  validati?: [Cell, Cell][];
  /** Indicatori: Non valutabile on T1's deadline. */
  nonValutabile?: boolean;
  expected: Expected;
}

interface Figures {
  score: number | null;
  achieved: number | null;
  onTime: number | null;
}

interface Expected {
  objectives: (Figures & { computed?: number; validated?: number | null })[];
  fin: Figures & { computed?: number };
  seg: Figures;
  ente: Figures & { computed?: number; counts: [number, number, number, number] };
  people?: Record<string, number>;
}

const BASE_OBJECTIVES: Expected['objectives'] = [
  { score: 40, achieved: 80, onTime: 0 }, // T1: (80 + 0) / 2
  { score: 92.5, achieved: 95, onTime: 90 },
  { score: 75, achieved: 75, onTime: null },
  { score: 67.5, achieved: 67.5, onTime: null },
];

const VARIANTS: Variant[] = [
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

function workbookSpec(v: Variant) {
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

function resultOf(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return (v as ExcelJS.CellSharedFormulaValue).result;
  return v;
}

/** A percentage cell (0.873) against a 0–100 figure, or empty against null. */
function expectPct(v: unknown, expected: number | null, what: string): void {
  if (expected === null) {
    expect({ what, v: v === '' || v === undefined ? null : v }).toEqual({ what, v: null });
    return;
  }
  expect({ what, ok: typeof v === 'number' && Math.abs(v * 100 - expected) <= 0.01, v }).toMatchObject({ what, ok: true });
}

function expectNum(v: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) expect({ what, v }).toEqual({ what, v: null });
  else expect({ what, ok: typeof v === 'number' && Math.abs(v - expected) <= 0.01, v }).toMatchObject({ what, ok: true });
}

function rowWhere(ws: ExcelJS.Worksheet, test: (row: ExcelJS.Row) => boolean): ExcelJS.Row | null {
  let found: ExcelJS.Row | null = null;
  ws.eachRow((row) => {
    if (!found && test(row)) found = row;
  });
  return found;
}

const text = (row: ExcelJS.Row, col: number) => {
  const v = resultOf(row.getCell(col).value);
  return typeof v === 'string' ? v : '';
};

const describeTools = describeWith(hasOpenpyxl() && hasLibreOffice(), 'openpyxl (/usr/bin/python3) and LibreOffice');

describeTools('figures of each SMVP variant: summary --json, Riepilogo, Schede and Valutazione individuale agree with the hand-worked figures', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'peg-figures-'));
    writeFileSync(path.join(dir, 'make.py'), PY);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const v of VARIANTS) {
    test(v.name, async () => {
      const file = path.join(dir, `${v.name}.xlsx`);
      const specFile = path.join(dir, `${v.name}.json`);
      writeFileSync(specFile, JSON.stringify({ out: file, sheets: workbookSpec(v) }));
      execFileSync(PYTHON, [path.join(dir, 'make.py'), specFile], { stdio: 'pipe', timeout: 60_000 });
      const e = v.expected;

      // peg summary --json
      const r = await runPegInProcess(['summary', file, '--json']);
      const json = JSON.parse(r.stdout);
      expect(json.objectives).toHaveLength(4);
      e.objectives.forEach((x, i) => {
        const o = json.objectives[i];
        expectNum(o.score, x.score, `${v.name} obiettivo ${i} punteggio`);
        expectNum(o.achievedPct, x.achieved, `${v.name} obiettivo ${i} valore`);
        expectNum(o.onTimePct, x.onTime, `${v.name} obiettivo ${i} tempi`);
        if (x.computed !== undefined) expectNum(o.computedScore, x.computed, `${v.name} obiettivo ${i} calcolato`);
        if (x.validated !== undefined) expectNum(o.validatedScore, x.validated, `${v.name} obiettivo ${i} validato`);
      });
      const sector = (name: string) => json.sectors.find((s: { sector: string }) => s.sector === name);
      for (const [name, f] of [['FINANZIARIO', e.fin], ['SEGRETERIA', e.seg]] as const) {
        expectNum(sector(name).score, f.score, `${v.name} ${name} punteggio`);
        expectNum(sector(name).achievedPct, f.achieved, `${v.name} ${name} valore`);
        expectNum(sector(name).onTimePct, f.onTime, `${v.name} ${name} tempi`);
      }
      if (e.fin.computed !== undefined) expectNum(sector('FINANZIARIO').computedScore, e.fin.computed, `${v.name} FINANZIARIO calcolato`);
      expect(json.entity).toMatchObject({ year: 2025, objectives: 4, ownObjectives: 3, sharedObjectives: 1 });
      expectNum(json.entity.score, e.ente.score, `${v.name} ente punteggio`);
      expectNum(json.entity.achievedPct, e.ente.achieved, `${v.name} ente valore`);
      expectNum(json.entity.onTimePct, e.ente.onTime, `${v.name} ente tempi`);
      if (e.ente.computed !== undefined) expectNum(json.entity.computedScore, e.ente.computed, `${v.name} ente calcolato`);
      const [rag, par, non, dar] = e.ente.counts;
      expect(json.entity.counts).toEqual({ raggiunti: rag, parziali: par, nonRaggiunti: non, daRilevare: dar });
      for (const [name, score] of Object.entries(e.people ?? {})) {
        expectNum(json.people.find((p: { name: string }) => p.name === name)?.score, score, `${v.name} ${name}`);
      }
      // The settings used, with where each came from.
      for (const [voce] of v.impostazioni) expect(json.settings[voce]).toMatchObject({ source: 'foglio', cell: expect.stringMatching(/^Impostazioni!B\d+$/) });
      if (v.name === 'quota') expect(sector('FINANZIARIO')).toMatchObject({ weightTotal: 100, tuttiWeightTotal: 100 });
      if (v.name === 'validazione') {
        const codes = JSON.parse((await runPegInProcess(['check', file, '--json'])).stdout).diagnostics.map((x: { code: string }) => x.code);
        expect(codes).toEqual(expect.arrayContaining(['VALIDAZIONE_NON_VALIDA', 'VALIDAZIONE_SENZA_NOTA']));
        expect(json.objectives[0].notAssessable).toEqual(['Pubblicazione entro il']);
      }

      // peg build, then LibreOffice recalculates the built file.
      const built = path.join(dir, `${v.name}.elaborato.xlsx`);
      const b = await runPegInProcess(['build', file, '-o', built]);
      expect(b.stderr).not.toMatch(/at .*\.ts:\d+/);
      const out = convertWithLibreOffice(built, path.join(dir, `lo-${v.name}`), 'xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const names = wb.worksheets.map((w) => w.name);

      // Riepilogo: columns A Anno, B Settore, D propri, E TUTTI, H valore, I tempi, J punteggio, K–N esiti.
      const riep = wb.getWorksheet(names.find((n) => n.startsWith('Riepilogo'))!)!;
      for (const [name, f] of [['FINANZIARIO', e.fin], ['SEGRETERIA', e.seg]] as const) {
        const row = rowWhere(riep, (x) => text(x, 2) === name)!;
        expect(row).not.toBeNull();
        expectPct(resultOf(row.getCell(10).value), f.score, `${v.name} Riepilogo ${name} punteggio`);
        expectPct(resultOf(row.getCell(8).value), f.achieved, `${v.name} Riepilogo ${name} valore`);
        expectPct(resultOf(row.getCell(9).value), f.onTime, `${v.name} Riepilogo ${name} tempi`);
      }
      const ente = rowWhere(riep, (x) => text(x, 2).startsWith('ENTE'))!;
      expect([resultOf(ente.getCell(4).value), resultOf(ente.getCell(5).value)]).toEqual([3, 1]);
      expectPct(resultOf(ente.getCell(10).value), e.ente.score, `${v.name} Riepilogo ente punteggio`);
      expectPct(resultOf(ente.getCell(8).value), e.ente.achieved, `${v.name} Riepilogo ente valore`);
      expectPct(resultOf(ente.getCell(9).value), e.ente.onTime, `${v.name} Riepilogo ente tempi`);
      expect([11, 12, 13, 14].map((c) => resultOf(ente.getCell(c).value))).toEqual(e.ente.counts);
      const header = [1, 2, 3].map((r) => text(riep.getRow(r), 1)).join('\n');
      expect(header).toMatch(/Verifica finale al 31\/12\/2025 — generato il \d{2}\/\d{2}\/\d{4}/);
      expect(header).toMatch(/soglia di raggiungimento 90%/);
      expect(rowWhere(riep, (x) => text(x, 1) === 'Il Nucleo di Valutazione')).not.toBeNull();

      // Schede: the finale averages of each objective (column M), found under its title.
      const schede = wb.getWorksheet(names.find((n) => n.startsWith('Schede'))!)!;
      const titles = ['Trasparenza e anticorruzione', 'Tempestività dei pagamenti', 'Qualità del servizio tributi', 'Digitalizzazione degli atti'];
      titles.forEach((title, i) => {
        const start = rowWhere(schede, (x) => text(x, 4) === title)!.number;
        const valore = rowWhere(schede, (x) => x.number > start && text(x, 8) === 'MEDIA VALORE RAGGIUNTO %')!;
        const tempi = rowWhere(schede, (x) => x.number > start && text(x, 8) === 'MEDIA RISPETTO DEI TEMPI %')!;
        expectPct(resultOf(valore.getCell(13).value), e.objectives[i].achieved, `${v.name} scheda ${i} valore`);
        expectPct(resultOf(tempi.getCell(13).value), e.objectives[i].onTime, `${v.name} scheda ${i} tempi`);
      });
      if (v.name === 'validazione') {
        const line = rowWhere(schede, (x) => text(x, 1).includes('validato dal Nucleo 90%'));
        expect(line && text(line, 1)).toContain('Calcolato 75%, validato dal Nucleo 90%: Ritardo del fornitore');
      }

      // Valutazione individuale: the person's row holds the individual punteggio in column H.
      const ind = wb.getWorksheet(names.find((n) => n.startsWith('Valutazione individuale'))!)!;
      for (const [name, score] of Object.entries(e.people ?? {})) {
        const row = rowWhere(ind, (x) => text(x, 1) === name)!;
        expectPct(resultOf(row.getCell(8).value), score, `${v.name} individuale ${name}`);
      }
      expect(readdirSync(dir).length).toBeGreaterThan(0);
    }, 240_000);
  }
});
