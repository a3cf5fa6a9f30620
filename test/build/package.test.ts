/**
 * The package is the user's (docs/formato-cartella.md): on workbooks written by openpyxl and by LibreOffice
 * (charts, comments with authors, tables, validations of every kind, conditional formats with data
 * bars and colour scales, sheet and workbook protection with passwords, array formulas, internal
 * and external hyperlinks, manual page breaks, manual/iterative calculation, 1904 dates, `_xHHHH_`
 * text, an `.xlsm` with its VBA project), with what only Excel writes added as Excel writes it
 * (add_parts.py: a threaded comment, a dynamic array, shared formulas in a register's user column,
 * ISO date cells in a register),
 * and with a pivot table, a text box on a register sheet and an external link (`[1]Foglio1!A1`)
 * added through LibreOffice's API (lo_objects.py), `peg build -o` and then two builds in place in a
 * row leave every part the tool does not own byte-identical, its content types declared, workbook.xml
 * in schema order with `<externalReferences>` and `<pivotCaches>` verbatim, every other cell of the
 * register sheets unchanged, and files LibreOffice and openpyxl open.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { RIEPILOGO_COLUMNS as C } from '../../src/core/plans/riepilogo';
import { buildWorkbookBytes, type BuildFileResult } from '../../src/xlsx/write/build';
import { convertWithLibreOffice } from './libreoffice';
import { PYTHON, describeWith, hasLibreOffice, hasOpenpyxl, hasUno } from '../xlsx/foreignTools';
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

/** The children of workbook.xml's root, in CT_Workbook's schema order (ECMA-376 Part 1, 18.2.27). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences',
  'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

/** Elements of an XML text with their attributes (by qualified name) and depth (root = 0), read with saxes. */
function elements(xml: string): { name: string; depth: number; attrs: Record<string, string> }[] {
  const out: { name: string; depth: number; attrs: Record<string, string> }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [q, a] of Object.entries(tag.attributes)) attrs[q] = a.value;
    out.push({ name: tag.local, depth, attrs });
    if (!tag.isSelfClosing) depth++;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
  });
  parser.write(xml).close();
  return out;
}

/** A relationships part: id → type (last path segment) and target. */
function relationships(xml: string): Map<string, { type: string; target: string; mode?: string }> {
  const rels = elements(xml).filter((e) => e.name === 'Relationship');
  return new Map(rels.map((e) => [e.attrs.Id, { type: e.attrs.Type.split('/').pop()!, target: e.attrs.Target, mode: e.attrs.TargetMode }]));
}

/** workbook.xml's top-level elements are in schema order (Excel refuses a file where they are not). */
function checkWorkbookOrder(p: Map<string, Uint8Array>): void {
  const top = elements(strFromU8(p.get('xl/workbook.xml')!)).filter((e) => e.depth === 1).map((e) => e.name);
  const known = top.filter((n) => WORKBOOK_ORDER.includes(n));
  expect(known).toEqual(top);
  expect(known).toEqual([...known].sort((a, b) => WORKBOOK_ORDER.indexOf(a) - WORKBOOK_ORDER.indexOf(b)));
}

/** Every content-type override of a part the tool does not own is still declared, unchanged. */
function checkContentTypes(original: Map<string, Uint8Array>, built: Map<string, Uint8Array>): void {
  const overrides = (p: Map<string, Uint8Array>) =>
    new Map(elements(strFromU8(p.get('[Content_Types].xml')!)).filter((e) => e.name === 'Override').map((e) => [e.attrs.PartName, e.attrs.ContentType]));
  const after = overrides(built);
  for (const [part, type] of overrides(original)) {
    if (OWNED.has(part.slice(1).toLowerCase()) || !original.has(part.slice(1))) continue;
    expect({ part, type: after.get(part) }).toEqual({ part, type });
  }
}

/** What each fixture carries that the product's library would lose: present in the original, kept by the build. */
const CARRIES: Record<string, (original: Map<string, Uint8Array>, built: Map<string, Uint8Array>) => void> = {
  // add_parts.py: Excel's threaded comment, dynamic array and shared formulas.
  excel(original, built) {
    expect(original.has('xl/threadedComments/threadedComment1.xml')).toBe(true);
    expect(built.has('xl/threadedComments/threadedComment1.xml')).toBe(true);
    expect(strFromU8(built.get('xl/worksheets/sheet4.xml')!)).toContain('<c r="Z1" cm="1">');
    // Shared formulas in the register's user column K: the part is patched, the formulas are not.
    const ob = sheetParts(original).get('Obiettivi')!;
    for (const p of [original, built]) {
      const xml = strFromU8(p.get(ob)!);
      expect(xml).toContain('<c r="K2"><f t="shared" ref="K2:K5" si="0">H2/100</f><v>0.2</v></c>');
      for (const [r, v] of [[3, '0.4'], [4, '0.4'], [5, '0.8']]) expect(xml).toContain(`<c r="K${r}"><f t="shared" si="0"/><v>${v}</v></c>`);
    }
    // ISO date cells (t="d") in the Indicatori's Tempo indicator: kept as written.
    const ind = sheetParts(original).get('Indicatori')!;
    for (const p of [original, built]) {
      const xml = strFromU8(p.get(ind)!);
      expect(xml).toMatch(/<c r="F3"[^>]* t="d"><v>2025-03-31T00:00:00<\/v><\/c>/);
      expect(xml).toMatch(/<c r="H3"[^>]* t="d"><v>2025-03-20T00:00:00<\/v><\/c>/);
    }
  },
  // lo_objects.py: LibreOffice's pivot table, text box and external link.
  objects(original, built) {
    for (const part of [
      'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/pivotTables/pivotTable1.xml', 'xl/pivotTables/_rels/pivotTable1.xml.rels',
      'xl/externalLinks/externalLink1.xml', 'xl/externalLinks/_rels/externalLink1.xml.rels',
    ]) {
      expect({ part, there: original.has(part) }).toEqual({ part, there: true });
    }
    expect(strFromU8(original.get('xl/pivotCache/pivotCacheDefinition1.xml')!)).toContain('<worksheetSource ref="A1:H5" sheet="Obiettivi"/>');
    expect([...relationships(strFromU8(original.get('xl/externalLinks/_rels/externalLink1.xml.rels')!)).values()]).toEqual([
      { type: 'externalLinkPath', target: 'esterno.xlsx', mode: 'External' },
    ]);
    // The text box is on the register sheet, whose part the build patches: its <drawing> stays.
    const ob = sheetParts(original).get('Obiettivi')!;
    const obRels = relationships(strFromU8(original.get(ob.replace('worksheets/', 'worksheets/_rels/') + '.rels')!));
    const drawingRel = [...obRels].find(([, r]) => r.type === 'drawing')!;
    const drawing = strFromU8(original.get(path.posix.normalize(path.posix.join(path.posix.dirname(ob), drawingRel[1].target)))!);
    expect(drawing).toMatch(/<xdr:sp>.*<xdr:cNvSpPr txBox="1"\/>.*<xdr:txBody>.*Nota del Nucleo: pesi da rivedere/s);
    const obXml = strFromU8(built.get(ob)!);
    expect(obXml).toContain(`<drawing r:id="${drawingRel[0]}"/>`);
    // The formula reading the other workbook, in the register's notes column.
    expect(strFromU8(original.get(ob)!)).toMatch(/<c r="J4"[^>]*><f[^>]*>\[1\]Foglio1!A1<\/f><v>42<\/v><\/c>/);
    expect(obXml).toMatch(/<c r="J4"[^>]*><f[^>]*>\[1\]Foglio1!A1<\/f><v>42<\/v><\/c>/);
    // workbook.xml is the tool's to splice: <externalReferences> and <pivotCaches> come through
    // verbatim, and their relationships still lead to the same parts.
    const wbBefore = strFromU8(original.get('xl/workbook.xml')!);
    const wbAfter = strFromU8(built.get('xl/workbook.xml')!);
    for (const tag of ['externalReferences', 'pivotCaches']) {
      const el = new RegExp(`<${tag}>.*?</${tag}>`, 's').exec(wbBefore)![0];
      expect(wbAfter).toContain(el);
    }
    const rels = relationships(strFromU8(built.get('xl/_rels/workbook.xml.rels')!));
    const refs = elements(wbAfter).filter((e) => e.name === 'externalReference' || e.name === 'pivotCache');
    expect(refs.map((e) => ({ el: e.name, rel: rels.get(e.attrs['r:id']) }))).toEqual([
      { el: 'externalReference', rel: { type: 'externalLink', target: 'externalLinks/externalLink1.xml', mode: undefined } },
      { el: 'pivotCache', rel: { type: 'pivotCacheDefinition', target: 'pivotCache/pivotCacheDefinition1.xml', mode: undefined } },
    ]);
  },
};

const withTools = describeWith(hasOpenpyxl() && hasLibreOffice(), 'openpyxl (python3-openpyxl) and LibreOffice');

withTools('building edits the user package, never re-serializes it', () => {
  const dir = path.join(tmp.path, 'fixtures');
  const files: Record<string, string> = {};
  const plain = path.join(dir, 'openpyxl-plain.xlsx');
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    // openpyxl's workbook, plus what only Excel writes: a threaded comment, a dynamic array, shared formulas.
    execFileSync(PYTHON, [path.join(FIXTURES, 'user_workbook.py'), plain], { timeout: 120_000 });
    files.openpyxl = path.join(dir, 'openpyxl.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'add_parts.py'), plain, files.openpyxl, 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'], { timeout: 120_000 });
    const plain1904 = path.join(dir, 'mac1904-plain.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'user_workbook.py'), plain1904, '1904'], { timeout: 120_000 });
    files.mac1904 = path.join(dir, 'mac1904.xlsx');
    execFileSync(PYTHON, [path.join(FIXTURES, 'add_parts.py'), plain1904, files.mac1904, 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'], { timeout: 120_000 });
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

  function buildThreeTimes(kind: string, carries?: keyof typeof CARRIES): void {
    const original = new Uint8Array(readFileSync(files[kind]));
    const first = buildWorkbookBytes(original, { name: kind });
    const second = buildWorkbookBytes(first.bytes, { name: kind });
    const third = buildWorkbookBytes(second.bytes, { name: kind });
    expect(first.applied.created.length).toBeGreaterThan(0);
    // Building again replaces what the first build wrote: nothing new, nothing left behind.
    expect(third.applied.created).toEqual([]);
    expect(third.applied.replaced.sort()).toEqual(first.applied.created.sort());
    const before = parts(original);
    for (const out of [first.bytes, third.bytes]) {
      checkKept(original, out, REGISTERS);
      const after = parts(out);
      checkContentTypes(before, after);
      checkWorkbookOrder(after);
      // The fixture really carries them (so checkKept found them byte-identical, not absent).
      if (carries) CARRIES[carries](before, after);
    }
    if (carries === 'excel') {
      // The ISO dates are read as the dates they are: reached 20 March for 31 March, 11 days early
      // (read as serials they would be 1905 and the gap 15 days).
      const scostamento = third.planned.plan.columnWrites.find((w) => w.sheet === 'Indicatori' && w.header === 'Scostamento');
      expect(scostamento?.cells.find((c) => c.row === 2)?.value).toEqual({ t: 'number', v: -11 });
    }
    // The user's sheet named like a generated one is never taken.
    expect(first.applied.freeNames).toContainEqual({ name: 'Riepilogo (2)', takenBy: 'Riepilogo' });

    const outFile = path.join(dir, `${kind}.built${path.extname(files[kind])}`);
    writeFileSync(outFile, third.bytes);
    const dumpBefore = dump(files[kind]);
    const dumpAfter = dump(outFile);
    checkCells(dumpBefore, dumpAfter, third, REGISTERS);
    expect(dumpAfter.epoch1904).toBe(dumpBefore.epoch1904);
    expect(dumpAfter.sheets.slice(0, dumpBefore.sheets.length)).toEqual(dumpBefore.sheets);
    // The unlabelled notes column J and the shared formulas' K are never the computed column.
    expect(writtenColumns(third, 'Obiettivi').has('J')).toBe(false);
    expect(writtenColumns(third, 'Obiettivi').has('K')).toBe(false);
    // Column M holds no value, only the user's validation on M2:M5: the computed columns come after it,
    // and the user's rules still cover only their own ranges.
    expect([...writtenColumns(first, 'Obiettivi')].sort()).toEqual(['N', 'O']);
    expect([...writtenColumns(third, 'Obiettivi')].sort()).toEqual(['N', 'O']);
    const obPart = sheetParts(before).get('Obiettivi')!;
    const rules = (bytes: Uint8Array) =>
      elements(strFromU8(bytes)).filter((e) => e.name === 'dataValidation' || e.name === 'conditionalFormatting').map((e) => `${e.name} ${e.attrs.sqref}`);
    expect(rules(before.get(obPart)!)).toContain('dataValidation M2:M5');
    expect(rules(parts(third.bytes).get(obPart)!)).toEqual(rules(before.get(obPart)!));
  }

  /** LibreOffice opens the built file; its re-save is built again and recognised; returns the re-save's parts. */
  function reopenWithLibreOffice(kind: string): Map<string, Uint8Array> {
    const built = buildWorkbookBytes(new Uint8Array(readFileSync(files[kind])), { name: 'x' });
    const src = path.join(dir, `lo-${kind}`, 'src', 'built.xlsx');
    mkdirSync(path.dirname(src), { recursive: true });
    writeFileSync(src, built.bytes);
    const resaved = convertWithLibreOffice(src, path.join(dir, `lo-${kind}`, 'out'), 'xlsx');
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
    return parts(new Uint8Array(readFileSync(resaved)));
  }

  for (const [kind, carries] of [['openpyxl', 'excel'], ['mac1904', 'excel'], ['xlsm', 'excel'], ['libreoffice', undefined]] as const) {
    it(`${kind}: -o then two in-place builds keep every part the tool does not own, byte for byte`, () => buildThreeTimes(kind, carries), 120_000);
  }

  it('the .xlsm keeps its macros and its macro content type', () => {
    const built = buildWorkbookBytes(new Uint8Array(readFileSync(files.xlsm)), { name: 'macro.xlsm' });
    const p = parts(built.bytes);
    expect(Buffer.from(p.get('xl/vbaProject.bin')!).equals(Buffer.from(parts(new Uint8Array(readFileSync(files.xlsm))).get('xl/vbaProject.bin')!))).toBe(true);
    expect(strFromU8(p.get('[Content_Types].xml')!)).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(strFromU8(p.get('xl/_rels/workbook.xml.rels')!)).toContain('vbaProject.bin');
  });

  it('LibreOffice opens the result, and its re-save still carries the markers the next build recognises', () => {
    reopenWithLibreOffice('openpyxl');
  }, 300_000);

  describeWith(hasUno(), "LibreOffice's Python bridge (python3-uno)")('a pivot table, a text box and an external link, added through LibreOffice', () => {
    beforeAll(() => {
      files.objects = path.join(dir, 'objects.xlsx');
      execFileSync(PYTHON, [path.join(FIXTURES, 'lo_objects.py'), plain, files.objects, path.join(dir, 'esterno.xlsx')], { timeout: 240_000 });
    }, 300_000);

    it('-o then two in-place builds keep them, byte for byte, and workbook.xml still points at them in schema order', () => buildThreeTimes('objects', 'objects'), 120_000);

    it('without <definedNames> and <calcPr> (both optional), the ones the build adds go between <externalReferences> and <pivotCaches>', () => {
      const p = unzipSync(new Uint8Array(readFileSync(files.objects)));
      const wb = strFromU8(p['xl/workbook.xml']);
      const bare = wb.replace(/<definedNames>.*?<\/definedNames>/s, '').replace(/<calcPr\b[^>]*\/>/, '');
      expect(bare).toMatch(/<\/externalReferences><pivotCaches>/);
      p['xl/workbook.xml'] = new TextEncoder().encode(bare);
      files['objects-bare'] = path.join(dir, 'objects-bare.xlsx');
      writeFileSync(files['objects-bare'], zipSync(p));
      buildThreeTimes('objects-bare', 'objects');
      const built = strFromU8(parts(buildWorkbookBytes(zipSync(p), { name: 'bare' }).bytes).get('xl/workbook.xml')!);
      const top = elements(built).filter((e) => e.depth === 1).map((e) => e.name);
      expect(top.slice(top.indexOf('externalReferences'), top.indexOf('pivotCaches') + 1)).toEqual(['externalReferences', 'definedNames', 'calcPr', 'pivotCaches']);
    }, 120_000);

    it('LibreOffice opens the result and still finds the pivot table, the text box and the external link', () => {
      const resaved = reopenWithLibreOffice('objects');
      const names = [...resaved.keys()];
      expect(names.filter((n) => /^xl\/(pivotTables\/pivotTable|pivotCache\/pivotCacheDefinition|externalLinks\/externalLink)\d+\.xml$/.test(n)).length).toBe(3);
      expect(names.some((n) => n.startsWith('xl/drawings/drawing') && strFromU8(resaved.get(n)!).includes('Nota del Nucleo: pesi da rivedere'))).toBe(true);
    }, 300_000);
  });
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
