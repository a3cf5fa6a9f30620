import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid';
import type { Analysis } from '../../src/core/results';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { runPegInProcess } from '../helpers/cli';
import { tempDir, writeXlsx, type RowValue, type SheetSpec } from '../helpers/workbook';
import { CALUSO } from '../fixtures/schede/caluso';
import { sampleRaggiunto, schedaSheet, stackedSheet, type SchedaExtras } from './build';

function toSpec(sheet: SheetGrid): SheetSpec {
  return {
    name: sheet.name,
    merges: sheet.merges,
    rows: sheet.rows.map((row) =>
      row.map((c): RowValue => {
        if (!c) return null;
        if (c.filled) return { v: c.v as Exclude<typeof c.v, object>, fill: 'FFC000' };
        if (c.fmt) return { v: c.v as Exclude<typeof c.v, object>, fmt: c.fmt };
        return c.v as RowValue;
      }),
    ),
  };
}

/** The Caluso schede as a real workbook: marks, staff and verifiche on a few, two schede stacked on the last sheet. */
function calusoSheets(): SheetGrid[] {
  const extras = (i: number): SchedaExtras => ({
    raggiunto: sampleRaggiunto(CALUSO[i]),
    mesi: i === 7 ? { 1: [1, 2, 3], 2: [4], 3: [9, 11] } : undefined,
    markByFill: i === 7,
    personale: i === 4 ? [{ categoria: 'D', nominativo: 'ROSSI MARIA', partecipazione: 40 }] : undefined,
    verificaFinale: i === 4 ? { data: '31/12/2021', cause: 'ritardo nei pagamenti' } : undefined,
  });
  const sheets = CALUSO.slice(0, 27).map((s, i) => schedaSheet(`Scheda ${i + 1}`, s, extras(i), { merges: i % 2 === 0 }));
  sheets.push(stackedSheet('Staff', [{ s: CALUSO[27], extras: extras(27) }, { s: CALUSO[28], extras: extras(28) }]));
  return sheets;
}

function essence(a: Analysis) {
  return {
    ids: a.piano.obiettivi.map((o) => o.id).sort(),
    scores: a.obiettivi.map((o, i) => [a.piano.obiettivi[i].id, o.valoreRaggiunto, o.rispettoTempi, o.punteggio]).sort(),
    settori: a.settori.map((s) => [s.anno, s.settore, s.sommaPesi, s.obiettiviPropri, s.obiettiviTutti, s.punteggio]),
    ente: a.ente,
  };
}

function withoutSheets(grid: WorkbookGrid, names: string[]): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.filter((s) => !names.includes(s.name)) };
}

describe('peg convert', () => {
  const tmp = tempDir('peg-convert-');
  afterAll(() => tmp.cleanup());
  const sheets = calusoSheets();
  let input: string;
  let inputGrid: WorkbookGrid;

  beforeAll(async () => {
    input = await writeXlsx(tmp.path, 'caluso.xlsx', sheets.map(toSpec));
    inputGrid = await readWorkbookGrid(readFileSync(input), { name: input });
  });

  it('writes the register sheets next to the schede in <name>.registro.xlsx', async () => {
    const run = await runPegInProcess(['convert', input]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = path.join(tmp.path, 'caluso.registro.xlsx');
    expect(run.stdout).toContain('Formato rilevato: schede obiettivo (29 schede)');
    expect(run.stdout).toContain(output);
    expect(existsSync(output)).toBe(true);

    const out = await readWorkbookGrid(readFileSync(output), { name: output });
    const names = out.sheets.map((s) => s.name);
    expect(names.slice(0, sheets.length)).toEqual(sheets.map((s) => s.name));
    expect(names.slice(sheets.length)).toEqual(['Obiettivi', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni']);
    // Nothing of the schede changed.
    for (const s of inputGrid.sheets) {
      const after = out.sheets.find((x) => x.name === s.name)!;
      expect(after.rows).toEqual(s.rows);
      expect(after.merges ?? []).toEqual(s.merges ?? []);
    }
    // The register sheets are user data, not generated sheets.
    expect(out.sheets.filter((s) => s.generated)).toEqual([]);

    const before = analyze(inputGrid);
    const after = analyze(out);
    expect(after.layout.layout).toBe('misto');
    expect(after.piano.obiettivi).toHaveLength(29);
    expect(after.diagnostics.filter((d) => d.code === 'CHIAVE_DUPLICATA')).toEqual([]);
    expect(essence(after)).toEqual(essence(before));

    // The register alone carries the whole plan: same objectives, weights and scores.
    const registerOnly = analyze(withoutSheets(out, sheets.map((s) => s.name)));
    expect(registerOnly.layout.layout).toBe('registro');
    expect(essence(registerOnly)).toEqual(essence(before));
    const fin4 = registerOnly.piano.obiettivi.find((o) => o.settore === 'FINANZIARIO' && o.numero === 4)!;
    expect(fin4.fasi.map((f) => f.tempistica)).toEqual(['Da gennaio a marzo 2021', 'Aprile 2021', 'Settembre e novembre 2021']);
    const fin1 = registerOnly.piano.obiettivi.find((o) => o.settore === 'FINANZIARIO' && o.numero === 1)!;
    expect(fin1.personale.map((p) => [p.nominativo, p.partecipazione])).toEqual([['ROSSI MARIA', 40]]);
    expect(fin1.verifiche).toEqual([expect.objectContaining({ tipo: 'finale', cause: 'ritardo nei pagamenti' })]);
  });

  it('writes where -o says', async () => {
    const target = path.join(tmp.path, 'registro-2021.xlsx');
    const run = await runPegInProcess(['convert', input, '-o', target]);
    expect(run.code).toBe(0);
    expect(existsSync(target)).toBe(true);
  });

  it('refuses a workbook without schede, and one that already has its register', async () => {
    const plain = await writeXlsx(tmp.path, 'vuoto.xlsx', [{ name: 'Foglio1', rows: [['appunti']] }]);
    const r1 = await runPegInProcess(['convert', plain]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/Nessuna scheda obiettivo/);
    expect(existsSync(path.join(tmp.path, 'vuoto.registro.xlsx'))).toBe(false);

    const converted = path.join(tmp.path, 'caluso.registro.xlsx');
    const r2 = await runPegInProcess(['convert', converted, '-o', path.join(tmp.path, 'di-nuovo.xlsx')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/ha già il foglio del registro/);
  });

  it('says in Italian when the file cannot be read', async () => {
    const r = await runPegInProcess(['convert', path.join(tmp.path, 'non-esiste.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
