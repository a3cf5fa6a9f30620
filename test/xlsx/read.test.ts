import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { Cell, SheetGrid } from '../../src/core/grid';
import { readWorkbookGrid, sheetOfReference } from '../../src/xlsx/read';
import { gridOf, tempDir, writeXlsx, xlsx } from '../helpers/workbook';
import { describeWith } from './foreignTools';

const at = (sheet: SheetGrid, a1: string): Cell | null => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
};

describe('readWorkbookGrid: values', () => {
  let sheet: SheetGrid;
  beforeAll(async () => {
    const grid = await gridOf([
      {
        name: 'Obiettivi',
        rows: [
          ['Comune di Prova'],
          [],
          ['Settore', 'N.', 'Peso', 'Scadenza', 'Errore', 'Formula', 'Ricco', 'Link', 'Fatto', 'Colore'],
          [
            'FINANZIARIO',
            1,
            { v: 0.1, fmt: '0%' },
            new Date(Date.UTC(2025, 5, 30)),
            { error: '#REF!' },
            { formula: 'B4*2', v: 2 },
            { richText: ['Bilancio ', 'armonizzato'] },
            { v: 'sito del Comune', hyperlink: 'https://example.org' },
            true,
            { fill: 'FFCC00' },
          ],
          ['  spazi  ', 2.5, '10%', { v: 45838, fmt: 'dd/mm/yyyy' }, { error: '#N/A' }, { formula: 'A5', v: 'testo' }, null, null, false],
        ],
        merges: ['A1:D1'],
      },
    ]);
    sheet = grid.sheets[0];
  });

  it('keeps numbers, strings and booleans as they are', () => {
    expect(at(sheet, 'A4')).toEqual({ v: 'FINANZIARIO' });
    expect(at(sheet, 'B4')?.v).toBe(1);
    expect(at(sheet, 'B5')?.v).toBe(2.5);
    expect(at(sheet, 'A5')?.v).toBe('  spazi  ');
    expect(at(sheet, 'C5')?.v).toBe('10%');
    expect(at(sheet, 'I4')?.v).toBe(true);
    expect(at(sheet, 'I5')?.v).toBe(false);
  });

  it('gives the number format, so 0.1 with % reads as 10%', () => {
    expect(at(sheet, 'C4')).toEqual({ v: 0.1, fmt: '0%' });
  });

  it('gives dates as JS Dates at UTC midnight, also date-formatted serials', () => {
    const d = at(sheet, 'D4')!.v as Date;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2025-06-30T00:00:00.000Z');
    expect((at(sheet, 'D5')!.v as Date).toISOString()).toBe('2025-06-30T00:00:00.000Z');
    expect(at(sheet, 'D4')!.fmt).toBe('dd/mm/yyyy');
  });

  it('gives error values as { error }', () => {
    expect(at(sheet, 'E4')?.v).toEqual({ error: '#REF!' });
    expect(at(sheet, 'E5')?.v).toEqual({ error: '#N/A' });
  });

  it('gives a formula cell its cached result and marks it', () => {
    expect(at(sheet, 'F4')).toEqual({ v: 2, formula: true });
    expect(at(sheet, 'F5')).toEqual({ v: 'testo', formula: true });
  });

  it('flattens rich text and hyperlinks to their text', () => {
    expect(at(sheet, 'G4')?.v).toBe('Bilancio armonizzato');
    expect(at(sheet, 'H4')?.v).toBe('sito del Comune');
  });

  it('marks a solid fill, even on an empty cell', () => {
    expect(at(sheet, 'J4')).toEqual({ v: null, filled: true });
    expect(at(sheet, 'A4')?.filled).toBeUndefined();
  });

  it('keeps title rows above the header and empty rows as rows of nulls', () => {
    expect(at(sheet, 'A1')?.v).toBe('Comune di Prova');
    expect(sheet.rows[1].every((c) => c === null)).toBe(true);
    expect(at(sheet, 'A3')?.v).toBe('Settore');
  });

  it('lists merges and leaves the covered cells empty', () => {
    expect(sheet.merges).toEqual(['A1:D1']);
    expect(at(sheet, 'B1')).toBeNull();
    expect(at(sheet, 'D1')).toBeNull();
  });

  // Rows are not padded to a common width: a stray value in column XFD must not make every row
  // 16,384 cells long. Each row ends at its last cell; holes inside it are null.
  it('ends each row at its last cell, with null holes', () => {
    expect(sheet.rows.map((r) => r.length)).toEqual([1, 0, 10, 10, 9]);
    expect(at(sheet, 'G5')).toBeNull();
    expect(sheet.rows[4][6]).toBeNull();
  });
});

describe('readWorkbookGrid: sheets', () => {
  it('trims trailing empty rows and columns, even formatted ones', async () => {
    const grid = await gridOf([
      {
        name: 'Fasi',
        rows: [
          ['a', null, null],
          ['b', 'c'],
          [null, null, null, null, { v: null, fmt: '0%' }],
          [],
          [{ v: null, fmt: 'dd/mm/yyyy' }],
        ],
      },
    ]);
    expect(grid.sheets[0].rows).toEqual([[{ v: 'a' }], [{ v: 'b' }, { v: 'c' }]]);
  });

  it('gives an empty sheet as no rows', async () => {
    const grid = await gridOf([{ name: 'Vuoto', rows: [] }, { name: 'Obiettivi', rows: [['x']] }]);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Vuoto', 'Obiettivi']);
    expect(grid.sheets[0].rows).toEqual([]);
  });

  it('marks sheets named by a _PEG_GEN_ defined name as generated, and only those', async () => {
    const grid = await gridOf({
      sheets: [
        { name: 'Obiettivi', rows: [['x']] },
        { name: 'Riepilogo', rows: [['y']] },
        { name: "Cronoprogramma (l'ente)", rows: [['z']] },
        { name: 'Altro', rows: [['w']] },
      ],
      definedNames: [
        { name: '_PEG_GEN_1', ref: "'Riepilogo'!$A$1" },
        { name: '_PEG_GEN_2', ref: "'Cronoprogramma (l''ente)'!$A$1" },
        { name: 'MiaArea', ref: "'Altro'!$A$1" },
      ],
    });
    expect(grid.sheets.map((s) => [s.name, s.generated === true])).toEqual([
      ['Obiettivi', false],
      ['Riepilogo', true],
      ["Cronoprogramma (l'ente)", true],
      ['Altro', false],
    ]);
    expect(grid.settings).toBeUndefined();
  });

  it('reads from an ArrayBuffer as well as a Buffer', async () => {
    const buf = await xlsx([{ name: 'Obiettivi', rows: [['x', 1]] }]);
    const ab = new Uint8Array(buf).buffer;
    const grid = await readWorkbookGrid(ab);
    expect(grid.sheets[0].rows).toEqual([[{ v: 'x' }, { v: 1 }]]);
  });
});

describe('sheetOfReference', () => {
  it.each([
    ["'Cronoprogramma 2025'!$A$1", 'Cronoprogramma 2025'],
    ['Riepilogo!$A$1', 'Riepilogo'],
    ["'L''ente'!A1", "L'ente"],
    ['$A$1', null],
  ])('%s → %s', (ref, sheet) => {
    expect(sheetOfReference(ref)).toBe(sheet);
  });
});

describe('readWorkbookGrid: formula results of every type', () => {
  it('gives dates, booleans and errors computed by formulas', async () => {
    const grid = await gridOf([
      {
        name: 'A',
        rows: [
          [
            { formula: 'DATE(2025,6,30)', v: 45838, fmt: 'dd/mm/yyyy' },
            { formula: 'B2>1', v: true },
            { formula: 'NA()', v: { error: '#N/A' } },
            { formula: 'A2', v: '' },
            { formula: 'B2-B2', v: 0 },
            { formula: 'B2<1', v: false },
          ],
        ],
      },
    ]);
    const [date, bool, err, empty, zero, no] = grid.sheets[0].rows[0];
    // Falsy results are real values: a formula giving 0 is not an empty cell.
    expect(zero).toEqual({ v: 0, formula: true });
    expect(no).toEqual({ v: false, formula: true });
    expect(date).toEqual({ v: new Date(Date.UTC(2025, 5, 30)), fmt: 'dd/mm/yyyy', formula: true });
    expect(bool).toEqual({ v: true, formula: true });
    expect(err).toEqual({ v: { error: '#N/A' }, formula: true });
    expect(empty?.formula).toBe(true);
  });
});

/** A file written by another program (shared strings, its own styles and XML). */
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
describeWith(soffice !== undefined, 'LibreOffice (libreoffice-calc-nogui)')('readWorkbookGrid: a workbook saved by LibreOffice', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('reads the same values, formats, merges and formula results', async () => {
    const src = path.join(tmp.path, 'in');
    const out = path.join(tmp.path, 'out');
    mkdirSync(src);
    const file = await writeXlsx(src, 'piano.xlsx', [
      {
        name: 'Obiettivi',
        rows: [
          ['Comune di Prova'],
          ['Settore', 'N.', 'Peso', 'Scadenza', 'Totale'],
          ['FINANZIARIO', 1, { v: 0.25, fmt: '0%' }, new Date(Date.UTC(2025, 11, 31)), { formula: 'SUM(B3:B4)', v: 0 }],
          ['TECNICO', 2, '10%', { error: '#REF!' }, { formula: 'C3*100', v: 0 }],
        ],
        merges: ['A1:E1'],
      },
    ]);
    execFileSync(soffice!, [`-env:UserInstallation=file://${path.join(tmp.path, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const grid = await readWorkbookGrid(readFileSync(path.join(out, 'piano.xlsx')));
    const s = grid.sheets[0];
    expect(s.name).toBe('Obiettivi');
    expect(s.merges).toEqual(['A1:E1']);
    expect(at(s, 'A3')?.v).toBe('FINANZIARIO');
    expect(at(s, 'C3')).toMatchObject({ v: 0.25, fmt: expect.stringContaining('%') });
    expect((at(s, 'D3')?.v as Date).toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(at(s, 'C4')?.v).toBe('10%');
    expect(at(s, 'D4')?.v).toEqual({ error: '#REF!' });
    // LibreOffice does not recalculate on conversion: the results are the ones stored, 0 included.
    expect(at(s, 'E3')).toMatchObject({ v: 0, formula: true });
    expect(at(s, 'E4')).toMatchObject({ v: 0, formula: true });
  }, 180_000);
});
