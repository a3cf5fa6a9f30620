/**
 * Computed columns go after the last column used on ANY row, never over a user's column without a
 * header, nor over a column the user prepared without values (a validation, a conditional format, a fill).
 */
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { GRID_COLUMNS, reservedWidthOf, type Cell, type SheetGrid, type WorkbookGrid } from '../../src/core/grid';
import { planColumns } from '../../src/core/plans/columns';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { gridOf, tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

test('a note far below the header, in a column with no header, pushes the computed columns past it', async () => {
  const rows: (string | number | null)[][] = [
    ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'],
    [2025, 'FINANZIARIO', 1, 'Bilancio', 50],
    [2025, 'FINANZIARIO', 2, 'Tributi', 50],
  ];
  // Column G (index 6), no header, a note on row 30; column F stays empty.
  for (let r = rows.length; r < 29; r++) rows.push([]);
  rows.push([null, null, null, null, null, null, 'nota del Nucleo']);
  const grid = await gridOf([{ name: 'Obiettivi', rows }]);
  const writes = planColumns(analyze(grid), grid);
  const appended = writes.filter((w) => w.sheet === 'Obiettivi' && w.appended).map((w) => w.col);
  expect(appended).toEqual([7, 8]);
});

/** The register of the hand-made grids below: header A–E, two objectives. */
function register(extra: Partial<SheetGrid> = {}, rows: (Cell | null)[][] = []): WorkbookGrid {
  const text = (...vs: (string | number)[]): Cell[] => vs.map((v) => ({ v }));
  return {
    sheets: [
      {
        name: 'Obiettivi',
        rows: [text('Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'), text(2025, 'FINANZIARIO', 1, 'Bilancio', 50), text(2025, 'FINANZIARIO', 2, 'Tributi', 50), ...rows],
        ...extra,
      },
    ],
  };
}

function appendedCols(grid: WorkbookGrid): number[] {
  return planColumns(analyze(grid), grid)
    .filter((w) => w.sheet === 'Obiettivi' && w.appended)
    .map((w) => w.col);
}

describe('columns the user prepared without values', () => {
  it('a validation or conditional format up to column I (reservedColumns 9) pushes the computed columns to J and K', () => {
    expect(appendedCols(register())).toEqual([5, 6]);
    expect(appendedCols(register({ reservedColumns: 9 }))).toEqual([9, 10]);
    // Left of the header's end it changes nothing.
    expect(appendedCols(register({ reservedColumns: 3 }))).toEqual([5, 6]);
  });

  it('a filled cell without a value, far below the header in column H, pushes them to I and J', () => {
    const below: (Cell | null)[][] = Array.from({ length: 20 }, () => []);
    below.push([null, null, null, null, null, null, null, { v: null, filled: true }]);
    expect(appendedCols(register({}, below))).toEqual([8, 9]);
  });

  it('a fill in the last column (a whole-row format) is no column of the user', () => {
    const row: (Cell | null)[] = new Array(GRID_COLUMNS).fill(null);
    row[GRID_COLUMNS - 1] = { v: null, filled: true };
    expect(appendedCols(register({}, [row]))).toEqual([5, 6]);
  });
});

describe('reservedWidthOf', () => {
  it('reads sqrefs and Office.js addresses: 1 + the last column touched', () => {
    expect(reservedWidthOf('M2:M5')).toBe(13);
    expect(reservedWidthOf('B2 O1:O3 $C$4')).toBe(15);
    expect(reservedWidthOf("'Foglio 1'!M2:M5,Obiettivi!Q:Q")).toBe(17);
    expect(reservedWidthOf('AA1:AB9')).toBe(28);
  });
  it('ignores whole rows, ranges reaching XFD and garbage', () => {
    expect(reservedWidthOf('2:2')).toBe(0);
    expect(reservedWidthOf('A1:XFD3 D1')).toBe(4);
    expect(reservedWidthOf('')).toBe(0);
    expect(reservedWidthOf('nonsense!!')).toBe(0);
  });
});

/** What openpyxl reads back from a built file: the register's header row, its validations' and conditional formats' ranges. */
function openpyxlView(file: string): { header: (string | number | null)[]; validations: string[]; formats: string[] } {
  const script = [
    'import sys, json, openpyxl',
    'ws = openpyxl.load_workbook(sys.argv[1])["Obiettivi"]',
    'print(json.dumps({"header": [c.value for c in ws[1]],',
    ' "validations": sorted(str(d.sqref) for d in ws.data_validations.dataValidation),',
    ' "formats": sorted(str(r.sqref) for r in ws.conditional_formatting)}))',
  ].join('\n');
  return JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }));
}

describeWith(hasOpenpyxl(), 'openpyxl')('a workbook written by openpyxl with prepared columns (J validation, K conditional format, L fill)', () => {
  const tmp = tempDir('peg-prepared-');
  afterAll(() => tmp.cleanup());
  const HEADER = ['Anno', 'Settore', 'Responsabile', 'N.', 'Tipo', 'Obiettivo', 'Descrizione', 'Peso'];

  // The first computed column: right after the last prepared column (before this rule: always I).
  it.each([
    ['validation', 'K'],
    ['cf', 'L'],
    ['fill', 'M'],
    ['all', 'M'],
  ])('%s: the computed columns start at %s and the user rules keep their own ranges', (kind, first) => {
    const src = path.join(tmp.path, `${kind}.xlsx`);
    execFileSync(PYTHON, [path.join(__dirname, 'fixtures', 'prepared_columns.py'), src, kind], { stdio: 'pipe', timeout: 60_000 });
    const before = openpyxlView(src);
    const built = buildWorkbookBytes(new Uint8Array(readFileSync(src)), { name: `${kind}.xlsx` });
    const out = path.join(tmp.path, `${kind}.built.xlsx`);
    writeFileSync(out, built.bytes);
    const after = openpyxlView(out);

    const firstCol = first.charCodeAt(0) - 65;
    const expected: (string | null)[] = [...HEADER];
    while (expected.length < firstCol) expected.push(null);
    expected.push('Valore raggiunto %', 'Rispetto tempi %');
    expect(after.header).toEqual(expected);
    // The user's validation and conditional format still govern only their own columns.
    expect(after.validations).toEqual(before.validations);
    expect(after.formats).toEqual(before.formats);
    if (kind === 'validation' || kind === 'all') expect(after.validations).toEqual(['J2:J5']);
    if (kind === 'cf' || kind === 'all') expect(after.formats).toEqual(['K2:K5']);
  });
});
