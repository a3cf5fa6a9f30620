/**
 * The sheet serializer: user text always as text, escaped in one place (control characters as
 * `_xHHHH_`, a literal `_xHHHH_` kept literal, `\r` kept), Excel's limits applied with a note,
 * dates as serials of the workbook's date system. Read back by the product's reader and by openpyxl.
 */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import * as path from 'path';
import type { SheetPlan } from '../../src/core/plans/types';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { xmlText } from '../../src/xlsx/write/escape';
import { newWorkbookBytes } from '../../src/xlsx/write/newWorkbook';
import { dateSerial, writeSheetXml } from '../../src/xlsx/write/sheetXml';
import { StyleAppender } from '../../src/xlsx/write/styles';
import { tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

const tmp = tempDir('peg-xml-');
afterAll(() => tmp.cleanup());

const TEXTS = ['=SOMMA(A1:A3)', '+39 011', '-meno', '@chiocciola', 'a\u0001b\u001fc', 'letterale _x0041_ qui', 'riga\r\nnuova\rsolo CR', '  spazi  ', 'Ünïcödé 😀'];

function plan(extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Prova',
    kind: 'riepilogo',
    replaces: null,
    cells: TEXTS.map((v, row) => ({ row, col: 0, value: { t: 'text', v } })),
    styles: {},
    merges: [],
    columnWidths: [],
    rowHeights: [],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: false },
    validations: [],
    conditionalFormats: [],
    ...extra,
  };
}

test('escaping: control characters and a literal _xHHHH_ follow Excel’s convention; CR is a character reference', () => {
  expect(xmlText('a\u0001b')).toBe('a_x0001_b');
  expect(xmlText('_x0041_')).toBe('_x005F_x0041_');
  expect(xmlText('<&>\r')).toBe('&lt;&amp;&gt;&#13;');
});

test('user text is written as text and read back exactly, whatever it starts with', async () => {
  const { bytes } = newWorkbookBytes({ sheets: [plan()], columnWrites: [], removeSheets: [] });
  const grid = await readWorkbookGrid(bytes, { name: 'prova.xlsx' });
  const sheet = grid.sheets.find((s) => s.name === 'Prova')!;
  expect(sheet.rows.map((r) => r[0]?.v)).toEqual(TEXTS);
  expect(sheet.rows.some((r) => r[0]?.formula)).toBe(false);
});

test("Excel's limits: long text cut with … and noted, an over-long formula written as its value", () => {
  const notes: string[] = [];
  let xml = '';
  const long = plan({
    cells: [
      { row: 0, col: 0, value: { t: 'text', v: 'y'.repeat(40_000) } },
      { row: 1, col: 0, value: { t: 'formula', f: `=${'A1+'.repeat(3000)}1`, result: 42 } },
      { row: 2, col: 0, value: { t: 'date', v: '2025-03-01' } },
    ],
  });
  writeSheetXml(long, { styles: new StyleAppender(null), date1904: false, notes }, (c) => void (xml += c));
  expect(xml).toContain(`${'y'.repeat(32_766)}…</t>`);
  expect(xml).not.toContain('y'.repeat(32_767));
  expect(xml).toContain('<c r="A2"><v>42</v></c>');
  expect(notes).toHaveLength(2);
  expect(notes[0]).toContain('Prova!A1');
  // 1 March 2025: serial 45717 in the 1900 system, 1462 days less in the 1904 one.
  expect(xml).toContain('<c r="A3"><v>45717</v></c>');
  expect(dateSerial('2025-03-01', true)).toBe(45717 - 1462);
});

describeWith(hasOpenpyxl(), 'openpyxl')('openpyxl reads the text as written', () => {
  it('keeps CR, control characters and the literal escape', () => {
    const file = path.join(tmp.path, 'testi.xlsx');
    writeFileSync(file, newWorkbookBytes({ sheets: [plan()], columnWrites: [], removeSheets: [] }).bytes);
    const out = execFileSync(PYTHON, ['-c', 'import sys,json,openpyxl;ws=openpyxl.load_workbook(sys.argv[1])["Prova"];print(json.dumps([ws.cell(r,1).value for r in range(1,ws.max_row+1)]))', file], { encoding: 'utf8' });
    const got = JSON.parse(out) as string[];
    // openpyxl keeps `_xHHHH_` escapes as they are in the file; everything else reads back exactly.
    expect(got.filter((_, i) => i !== 4 && i !== 5)).toEqual(TEXTS.filter((_, i) => i !== 4 && i !== 5));
    expect(got[4]).toBe('a_x0001_b_x001F_c');
    expect(got[5]).toBe('letterale _x005F_x0041_ qui');
  });
});

/** Cells of each row where the format places them: `r` when written, else right after the previous cell. */
function placedRows(xml: string): [string, string[]][] {
  const letters = (n: number) => String.fromCharCode(65 + n);
  return [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map((m) => {
    let col = -1;
    const cells = [...m[2].matchAll(/<c(?: r="([A-Z]+)\d+")?( s="\d+")?/g)].map((c) => {
      col = c[1] ? c[1].charCodeAt(0) - 65 : col + 1;
      return `${letters(col)}${m[1]}${c[2] ?? ''}`;
    });
    return [m[1], cells];
  });
}

function rectanglesPlan(): SheetPlan {
  return plan({
    cells: [
      { row: 1, col: 1, value: { t: 'text', v: 'titolo' }, style: 'box' },
      // Listed in `cells`: replaces the rectangle at C2 (no style left there).
      { row: 1, col: 2, value: { t: 'number', v: 7 } },
      { row: 1, col: 5, value: { t: 'number', v: 1 } },
    ],
    styles: { box: { border: 'thin' } },
    styleRanges: [{ range: { r1: 1, c1: 1, r2: 2, c2: 3 }, style: 'box' }],
  });
}

test('style rectangles: every covered cell is written with the style, a cell of `cells` replaces it', () => {
  let xml = '';
  writeSheetXml(rectanglesPlan(), { styles: new StyleAppender(null), date1904: false, notes: [] }, (c) => void (xml += c));
  const s = /<c r="B2" s="(\d+)"/.exec(xml)?.[1];
  expect(Number(s)).toBeGreaterThan(0);
  expect(placedRows(xml)).toEqual([
    ['2', ['B2 s="' + s + '"', 'C2', 'D2 s="' + s + '"', 'F2']],
    ['3', ['B3 s="' + s + '"', 'C3 s="' + s + '"', 'D3 s="' + s + '"']],
  ]);
  // `r` only on a row's first cell and after a gap.
  expect(xml).toContain(`<row r="2"><c r="B2" s="${s}" t="inlineStr"><is><t>titolo</t></is></c><c><v>7</v></c><c s="${s}"/><c r="F2"><v>1</v></c></row>`);
  expect(xml).toContain(`<row r="3"><c r="B3" s="${s}"/><c s="${s}"/><c s="${s}"/></row>`);
  expect(xml).toContain('<dimension ref="A1:F3"/>');
});

describeWith(hasOpenpyxl(), 'openpyxl')('openpyxl places cells written without `r`', () => {
  it('reads values and borders where the plan put them', () => {
    const file = path.join(tmp.path, 'rettangoli.xlsx');
    writeFileSync(file, newWorkbookBytes({ sheets: [rectanglesPlan()], columnWrites: [], removeSheets: [] }).bytes);
    const script = 'import sys,json,openpyxl;ws=openpyxl.load_workbook(sys.argv[1])["Prova"];print(json.dumps({c.coordinate:[c.value,c.border.left.style] for row in ws.iter_rows(min_row=2,max_row=3) for c in row if c.value is not None or c.border.left.style}))';
    const got = JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' })) as Record<string, [unknown, string | null]>;
    expect(got).toEqual({
      B2: ['titolo', 'thin'], C2: [7, null], D2: [null, 'thin'], F2: [1, null],
      B3: [null, 'thin'], C3: [null, 'thin'], D3: [null, 'thin'],
    });
  });
});
