/**
 * The package is the user's (docs/formato-cartella.md): on workbooks written by openpyxl and by LibreOffice
 * (charts, comments with authors, tables, validations of every kind, conditional formats with data
 * bars and colour scales, sheet and workbook protection with passwords, array formulas, internal
 * and external hyperlinks, manual page breaks, manual/iterative calculation, 1904 dates, `_xHHHH_`
 * text, an `.xlsm` with its VBA project), `peg build -o` and then two builds in place in a row
 * leave every part the tool does not own byte-identical, every other cell of the register sheets
 * unchanged, and files LibreOffice and openpyxl open.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8, zipSync } from 'fflate';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { RIEPILOGO_COLUMNS as C } from '../../src/core/plans/riepilogo';
import { buildWorkbookBytes, type BuildFileResult } from '../../src/xlsx/write/build';
import { convertWithLibreOffice } from './libreoffice';
import { PYTHON, describeWith, hasLibreOffice, hasOpenpyxl } from '../xlsx/foreignTools';
import { tempDir } from '../helpers/workbook';

const tmp = tempDir('peg-pkg-');
afterAll(() => tmp.cleanup());

const FIXTURES = path.join(__dirname, 'fixtures');

/** The parts the tool owns in a user's package (besides the generated sheets it adds). */
const OWNED = new Set(['[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/calcchain.xml']);

interface Dump {
  sheets: string[];
  cells: Record<string, Record<string, [unknown, string]>>;
  epoch1904: boolean;
}

function dump(file: string, values = false): Dump {
  const args = [path.join(FIXTURES, 'dump_cells.py'), file, ...(values ? ['values'] : [])];
  return JSON.parse(execFileSync(PYTHON, args, { encoding: 'utf8', timeout: 120_000 })) as Dump;
}

function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, v]));
}

/** The part of each sheet, by name (from workbook.xml and its relationships, read as plain text). */
function sheetParts(p: Map<string, Uint8Array>): Map<string, string> {
  const wb = strFromU8(p.get('xl/workbook.xml')!);
  const rels = strFromU8(p.get('xl/_rels/workbook.xml.rels')!);
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    if (rel) out.set(m[1], rel[1].startsWith('/') ? rel[1].slice(1) : `xl/${rel[1]}`);
  }
  return out;
}

/** Columns (letters) the build wrote in a register sheet. */
function writtenColumns(r: BuildFileResult, sheet: string): Set<string> {
  const cols = r.planned.plan.columnWrites.filter((w) => w.sheet === sheet).map((w) => w.col);
  return new Set(cols.map((c) => String.fromCharCode(65 + c)));
}

function checkKept(original: Uint8Array, built: Uint8Array, registers: string[]): void {
  const before = parts(original);
  const after = parts(built);
  const sheetsBefore = sheetParts(before);
  const registerParts = new Set(registers.map((s) => sheetsBefore.get(s)!.toLowerCase()));
  for (const [name, data] of before) {
    const lower = name.toLowerCase();
    if (OWNED.has(lower) || registerParts.has(lower)) continue;
    expect({ part: name, kept: after.has(name) }).toEqual({ part: name, kept: true });
    expect({ part: name, same: Buffer.from(after.get(name)!).equals(Buffer.from(data)) }).toEqual({ part: name, same: true });
  }
}

function checkCells(before: Dump, after: Dump, r: BuildFileResult, registers: string[]): void {
  for (const sheet of before.sheets) {
    const skip = registers.includes(sheet) ? writtenColumns(r, sheet) : new Set<string>();
    const want = Object.entries(before.cells[sheet]).filter(([ref]) => !skip.has(ref.replace(/\d+$/, '')));
    const got = after.cells[sheet];
    for (const [ref, v] of want) expect({ sheet, ref, v: got[ref] }).toEqual({ sheet, ref, v });
  }
}

const withTools = describeWith(hasOpenpyxl() && hasLibreOffice(), 'openpyxl (python3-openpyxl) and LibreOffice');

withTools('building edits the user package, never re-serializes it', () => {
  const dir = path.join(tmp.path, 'fixtures');
  const files: Record<string, string> = {};
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    // openpyxl's workbook, plus what only Excel writes: a threaded comment and a dynamic array.
    const plain = path.join(dir, 'openpyxl-plain.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'user_workbook.py'), plain], { timeout: 120_000 });
    files.openpyxl = path.join(dir, 'openpyxl.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'add_parts.py'), plain, files.openpyxl, 'xl/worksheets/sheet4.xml'], { timeout: 120_000 });
    const plain1904 = path.join(dir, 'mac1904-plain.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'user_workbook.py'), plain1904, '1904'], { timeout: 120_000 });
    files.mac1904 = path.join(dir, 'mac1904.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'add_parts.py'), plain1904, files.mac1904, 'xl/worksheets/sheet4.xml'], { timeout: 120_000 });
    files.xlsm = path.join(dir, 'macro.xlsm');
    execFileSync(PYTHON, [path.join(FIXTURES, 'make_xlsm.py'), files.openpyxl, files.xlsm], { timeout: 120_000 });
    // LibreOffice's own writing of the same workbook (its zip layout, its XML, date1904 as "true").
    const loDir = path.join(dir, 'lo');
    const src = path.join(loDir, 'src', 'libreoffice.xlsx');
    mkdirSync(path.dirname(src), { recursive: true });
    copyFileSync(files.mac1904, src);
    files.libreoffice = convertWithLibreOffice(src, path.join(loDir, 'out'), 'xlsx');
  }, 300_000);

  const REGISTERS = ['Obiettivi', 'Indicatori'];

  for (const kind of ['openpyxl', 'mac1904', 'xlsm', 'libreoffice']) {
    it(`${kind}: -o then two in-place builds keep every part the tool does not own, byte for byte`, () => {
      const original = new Uint8Array(readFileSync(files[kind]));
      const first = buildWorkbookBytes(original, { name: kind });
      const second = buildWorkbookBytes(first.bytes, { name: kind });
      const third = buildWorkbookBytes(second.bytes, { name: kind });
      expect(first.applied.created.length).toBeGreaterThan(0);
      // Building again replaces what the first build wrote: nothing new, nothing left behind.
      expect(third.applied.created).toEqual([]);
      expect(third.applied.replaced.sort()).toEqual(first.applied.created.sort());
      for (const out of [first.bytes, third.bytes]) checkKept(original, out, REGISTERS);
      if (kind !== 'libreoffice') {
        // The fixture really carries them (and checkKept found them byte-identical).
        const out = parts(third.bytes);
        expect(out.has('xl/threadedComments/threadedComment1.xml')).toBe(true);
        expect(strFromU8(out.get('xl/worksheets/sheet4.xml')!)).toContain('<c r="Z1" cm="1">');
      }
      // The user's sheet named like a generated one is never taken.
      expect(first.applied.freeNames).toContainEqual({ name: 'Riepilogo (2)', takenBy: 'Riepilogo' });

      const outFile = path.join(dir, `${kind}.built${path.extname(files[kind])}`);
      writeFileSync(outFile, third.bytes);
      const before = dump(files[kind]);
      const after = dump(outFile);
      checkCells(before, after, third, REGISTERS);
      expect(after.epoch1904).toBe(before.epoch1904);
      expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
      // The unlabelled notes column J is never the computed column.
      expect(writtenColumns(third, 'Obiettivi').has('J')).toBe(false);
    }, 120_000);
  }

  it('the .xlsm keeps its macros and its macro content type', () => {
    const built = buildWorkbookBytes(new Uint8Array(readFileSync(files.xlsm)), { name: 'macro.xlsm' });
    const p = parts(built.bytes);
    expect(Buffer.from(p.get('xl/vbaProject.bin')!).equals(Buffer.from(parts(new Uint8Array(readFileSync(files.xlsm))).get('xl/vbaProject.bin')!))).toBe(true);
    expect(strFromU8(p.get('[Content_Types].xml')!)).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(strFromU8(p.get('xl/_rels/workbook.xml.rels')!)).toContain('vbaProject.bin');
  });

  it('LibreOffice opens the result, and its re-save still carries the markers the next build recognises', () => {
    const built = buildWorkbookBytes(new Uint8Array(readFileSync(files.openpyxl)), { name: 'x' });
    const src = path.join(dir, 'lo2', 'src', 'built.xlsx');
    mkdirSync(path.dirname(src), { recursive: true });
    writeFileSync(src, built.bytes);
    const resaved = convertWithLibreOffice(src, path.join(dir, 'lo2', 'out'), 'xlsx');
    const again = buildWorkbookBytes(new Uint8Array(readFileSync(resaved)), { name: 'resaved' });
    expect(again.applied.created).toEqual([]);
    expect(again.applied.replaced.sort()).toEqual(built.applied.created.sort());
    expect(dump(resaved).sheets).toEqual(dump(src).sheets);
    // LibreOffice recalculated the Riepilogo's weight sums (fullCalcOnLoad; the test profile
    // recalculates anyway): they equal the core's.
    const riepilogo = built.applied.created.find((n) => n.startsWith('Riepilogo'))!;
    const values = dump(resaved, true).cells[riepilogo];
    expect(built.planned.weightKinds.length).toBeGreaterThan(0);
    for (const k of built.planned.weightKinds) {
      const s = built.analysis.settori.find((x) => x.anno === k.year && x.settore === k.sector)!;
      const cell = values[`${String.fromCharCode(65 + C.pesi)}${k.row + 1}`];
      expect({ settore: k.sector, pesi: cell?.[0] }).toEqual({ settore: k.sector, pesi: s.sommaPesi });
    }
  }, 300_000);
});

test('docProps/app.xml lists the sheets as they are after the build', () => {
  const input = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx')));
  const built = buildWorkbookBytes(input, { name: 'esempio' });
  const app = strFromU8(parts(built.bytes).get('docProps/app.xml')!);
  const titles = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
  // HeadingPairs' label, then every sheet name in tab order.
  expect(titles).toEqual(['Worksheets', 'Obiettivi', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni', ...built.applied.created]);
  expect(app).toContain(`<vt:i4>${6 + built.applied.created.length}</vt:i4>`);
  expect(app).toContain(`<vt:vector size="${6 + built.applied.created.length}" baseType="lpstr">`);
  // Built again: the same list (replaced sheets keep their place).
  expect(strFromU8(parts(buildWorkbookBytes(built.bytes, { name: 'esempio' }).bytes).get('docProps/app.xml')!)).toBe(app);
});

test('a Strict OOXML workbook gets Strict parts: the product reads the result and finds its generated sheets', async () => {
  const input = unzipSync(new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx'))));
  const strict: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(input)) {
    strict[name] = name.endsWith('.xml') || name.endsWith('.rels')
      ? new TextEncoder().encode(
          strFromU8(data)
            .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
            .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
        )
      : data;
  }
  const bytes = zipSync(strict);
  const built = buildWorkbookBytes(bytes, { name: 'strict.xlsx' });
  expect(built.applied.created.length).toBeGreaterThan(0);
  const out = parts(built.bytes);
  const rels = strFromU8(out.get('xl/_rels/workbook.xml.rels')!);
  expect(rels).not.toContain('schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet');
  const grid = await readWorkbookGrid(built.bytes, { name: 'strict.xlsx' });
  for (const name of built.applied.created) expect(grid.sheets.find((s) => s.name === name)?.generated).toBe(true);
  const again = buildWorkbookBytes(built.bytes, { name: 'strict.xlsx' });
  expect(again.applied.replaced.sort()).toEqual([...built.applied.created].sort());
});

test('a workbook whose writer prefixed the main namespace (x:sheet, x:row) gets prefixed splices', async () => {
  const input = unzipSync(new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx'))));
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const prefixed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(input)) {
    const main = /^xl\/(workbook|styles|worksheets\/sheet\d+)\.xml$/.test(name);
    prefixed[name] = main
      ? new TextEncoder().encode(strFromU8(data).replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, '<$1x:$2'))
      : data;
  }
  const built = buildWorkbookBytes(zipSync(prefixed), { name: 'prefissi.xlsx' });
  const out = parts(built.bytes);
  const wb = strFromU8(out.get('xl/workbook.xml')!);
  expect(wb).toMatch(/<x:sheet name="Riepilogo"/);
  expect(wb).not.toMatch(/<sheet |<definedName /);
  expect(strFromU8(out.get('xl/worksheets/sheet1.xml')!)).not.toMatch(/<c r=|<row /);
  // The product reads the result: generated sheets marked, computed columns in place.
  const grid = await readWorkbookGrid(built.bytes, { name: 'prefissi.xlsx' });
  for (const name of built.applied.created) expect(grid.sheets.find((s) => s.name === name)?.generated).toBe(true);
  const ob = grid.sheets.find((s) => s.name === 'Obiettivi')!;
  const header = built.planned.plan.columnWrites.find((w) => w.sheet === 'Obiettivi' && w.appended)!;
  expect(ob.rows[header.headerRow][header.col]?.v).toBe(header.header);
});

test("the register sheet's dimension grows to cover the computed columns (read-only readers trust it)", () => {
  const built = buildWorkbookBytes(new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx'))), { name: 'esempio' });
  const sheet = strFromU8(parts(built.bytes).get('xl/worksheets/sheet1.xml')!);
  const last = Math.max(...built.planned.plan.columnWrites.filter((w) => w.sheet === 'Obiettivi').map((w) => w.col));
  expect(sheet).toContain(`<dimension ref="A1:${String.fromCharCode(65 + last)}16"/>`);
});
