/**
 * The figures a Nucleo signs, end to end, for each SMVP variant: a register written by openpyxl
 * (not by the product), figures worked out by hand, and the same numbers in `peg summary
 * --json`, in the Riepilogo, the Schede and the Valutazione individuale of `peg build` after
 * LibreOffice has recalculated the built file.
 *
 * The variants, their register and their figures are in ./figureVariants.ts (shared with the
 * pane test, test/taskpane/figuresVariants.test.tsx).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runPegInProcess } from '../helpers/cli';
import { describeWith, hasLibreOffice, hasOpenpyxl } from '../xlsx/foreignTools';
import { VARIANTS, writeVariantWorkbook } from './figureVariants';
import { convertWithLibreOffice } from './libreoffice';

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
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const v of VARIANTS) {
    test(v.name, async () => {
      const file = writeVariantWorkbook(dir, v);
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
