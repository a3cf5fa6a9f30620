/**
 * Hostile and oversized files for the CLI, beyond `test/xlsx/badFiles.test.ts`: zip bombs (too
 * many entries, too many bytes declared, sizes that lie), 200 sheets, a file of ~50 MB, a used
 * range reaching row 1,048,576. Each gives either correct results or one Italian line and exit
 * status 2, never a stack trace; peak memory is measured and compared with generous bounds.
 *
 * Runs the compiled CLI, which Jest's global setup keeps current (docs/architettura.md#test-loop).
 */
import { randomBytes } from 'crypto';
import { writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as path from 'path';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { WorkbookReadError } from '../../src/xlsx/errors';
import { MAX_PARSED_BYTES, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES, checkZipLimits } from '../../src/xlsx/zipLimits';
import { hasStackTrace, runPeg } from '../helpers/cli';
import { tempDir, xlsx } from '../helpers/workbook';
import { deflateRepeated, entriesOf, runPegMeasured, zipOf } from './helpers';

const tmp = tempDir('peg-hardening-');
afterAll(() => tmp.cleanup());

const REGISTER = [
  { name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, 'Bilancio', 100]] },
  { name: 'Indicatori', rows: [['Settore', 'N.', 'Indicatore', 'Atteso', 'Raggiunto'], ['FINANZIARIO', 1, 'Rendiconto approvato', 1, 1]] },
];

function expectRefused(r: { code: number; stdout: string; stderr: string }, text: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

function expectWorked(r: { code: number; stdout: string; stderr: string }): void {
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toMatch(/Totale|nessun errore|Nessun/i);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(hasStackTrace(r.stdout)).toBe(false);
}

describe('zip bombs are refused before anything is inflated', () => {
  it(`more than ${MAX_ZIP_ENTRIES} entries → "troppe parti", exit 2`, async () => {
    const zip = await JSZip.loadAsync(await xlsx(REGISTER));
    for (let i = 0; i < MAX_ZIP_ENTRIES + 10; i++) zip.file(`customXml/item${i}.xml`, '<a/>');
    const file = path.join(tmp.path, 'molte-parti.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = runPeg(['check', file]);
    expectRefused(r, /contiene troppe parti \(5\.0\d\d; il massimo è 5\.000\)/);
  });

  it('an end record announcing 65,535 entries is refused without walking them', async () => {
    const buf = await xlsx(REGISTER);
    const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    buf.writeUInt16LE(0xffff, eocd + 8);
    buf.writeUInt16LE(0xfffe, eocd + 10);
    await expect(readWorkbookGrid(buf, { name: 'x.xlsx' })).rejects.toMatchObject({ reason: 'troppi-elementi' });
  });

  it('a sheet of 300 MB of XML in a file of a few hundred KB → "troppi dati", exit 2, little memory', async () => {
    const entries = await entriesOf(await xlsx(REGISTER), ['xl/worksheets/sheet1.xml']);
    const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>FINANZIARIO</t></is></c><c r="B2"><v>1</v></c></row>';
    const bomb = deflateRepeated(row, Math.ceil((300 * 1024 * 1024) / row.length));
    const file = path.join(tmp.path, 'bomba.xlsx');
    writeFileSync(file, zipOf([...entries, { name: 'xl/worksheets/sheet1.xml', data: bomb.data, crc: bomb.crc, declaredSize: bomb.size }]));
    const r = runPegMeasured(['check', file], tmp.path);
    expectRefused(r, /contiene troppi dati una volta decompresso \(300 MB; il massimo è 100 MB\)/);
    // Refused from the central directory: the process never holds the 300 MB.
    expect(r.peakMB).toBeGreaterThan(0);
    expect(r.peakMB).toBeLessThan(250);
  }, 60_000);

  it(`more than ${MAX_UNCOMPRESSED_BYTES / 2 ** 20} MB in all (images included) → refused`, async () => {
    const entries = await entriesOf(await xlsx(REGISTER));
    const media = deflateRepeated('\u0000'.repeat(1024), 520 * 1024);
    const buf = zipOf([...entries, { name: 'xl/media/image1.png', data: media.data, crc: media.crc, declaredSize: media.size }]);
    const err = await readWorkbookGrid(buf, { name: 'immagini.xlsx' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).reason).toBe('troppo-decompresso');
    expect((err as WorkbookReadError).message).toMatch(/\(520 MB; il massimo è 500 MB\)/);
  }, 60_000);

  it('an archive whose declared sizes lie is refused as damaged, streaming (memory stays low)', async () => {
    const entries = await entriesOf(await xlsx(REGISTER), ['xl/worksheets/sheet1.xml']);
    const row = '<row r="2"><c r="A2"><v>1</v></c></row>';
    const bomb = deflateRepeated(row, Math.ceil((400 * 1024 * 1024) / row.length));
    // The headers say 2 KB: the declared totals pass, the content does not.
    const buf = zipOf([...entries, { name: 'xl/worksheets/sheet1.xml', data: bomb.data, crc: bomb.crc, declaredSize: 2048 }]);
    expect(await checkZipLimits(buf)).toEqual({ ok: false, problem: 'dimensioni-false', entry: 'xl/worksheets/sheet1.xml' });
    const file = path.join(tmp.path, 'bugiardo.xlsx');
    writeFileSync(file, buf);
    const r = runPegMeasured(['check', file], tmp.path);
    expectRefused(r, /è danneggiato e non si può leggere/);
    // Without the streaming check ExcelJS would inflate the 400 MB into one string (≥ 800 MB resident).
    expect(r.peakMB).toBeLessThan(300);
  }, 60_000);

  it('XML entity expansion ("billion laughs") in a sheet is refused as damaged, not expanded', async () => {
    const zip = await JSZip.loadAsync(await xlsx(REGISTER));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    let dtd = '<!DOCTYPE worksheet [<!ENTITY lol0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    dtd += ']>';
    const bad = sheet.replace('<worksheet', `${dtd}<worksheet`).replace(/<c r="A2"[^>]*>.*?<\/c>/, '<c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c>');
    expect(bad).toContain('&lol9;');
    zip.file('xl/worksheets/sheet1.xml', bad);
    const file = path.join(tmp.path, 'risate.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expectRefused(runPeg(['check', file]), /è danneggiato e non si può leggere/);
  });

  it('a real workbook passes the guard with every entry checked', async () => {
    const verdict = await checkZipLimits(await xlsx(REGISTER));
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(MAX_PARSED_BYTES).toBeLessThan(MAX_UNCOMPRESSED_BYTES);
  });
});

describe('big but legitimate workbooks', () => {
  it('200 sheets: read and checked, every sheet in the grid', async () => {
    const notes = Array.from({ length: 198 }, (_, i) => ({ name: `Nota ${i + 1}`, rows: [['Appunti'], [`riga ${i}`]] }));
    const buf = await xlsx([...REGISTER, ...notes]);
    const grid = await readWorkbookGrid(buf, { name: 'fogli.xlsx' });
    expect(grid.sheets).toHaveLength(200);
    const file = path.join(tmp.path, 'duecento-fogli.xlsx');
    writeFileSync(file, buf);
    expectWorked(runPeg(['check', file]));
  }, 60_000);

  it('a used range reaching row 1,048,576 with a few values: correct results, no million-row grid', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Obiettivi');
    ws.addRow(['Settore', 'N.', 'Obiettivo', 'Peso']);
    ws.addRow(['FINANZIARIO', 1, 'Bilancio', 100]);
    ws.getCell('C1048576').value = 'Obiettivo in fondo al foglio';
    ws.getCell('A1048576').value = 'FINANZIARIO';
    ws.getCell('B1048576').value = 2;
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const grid = await readWorkbookGrid(buf, { name: 'lungo.xlsx' });
    const rows = grid.sheets[0].rows;
    expect(rows).toHaveLength(1_048_576);
    expect(rows[1_048_575][2]).toEqual({ v: 'Obiettivo in fondo al foglio' });
    // Rows 1, 2 and 1,048,576, and one shared (frozen) empty row for all the others.
    expect(new Set(rows).size).toBe(4);
    expect(Object.isFrozen(rows[500_000])).toBe(true);
    const file = path.join(tmp.path, 'lungo.xlsx');
    writeFileSync(file, buf);
    const r = runPegMeasured(['check', file], tmp.path);
    expectWorked(r);
    expect(r.stdout).toContain('1048576');
    expect(r.peakMB).toBeLessThan(600);
  }, 120_000);

  it('a ~50 MB workbook (pictures) works with bounded memory', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Obiettivi');
    for (const row of REGISTER[0].rows) ws.addRow(row);
    // Random bytes do not compress: the file really weighs 48 MB.
    const image = wb.addImage({ buffer: randomBytes(48 * 1024 * 1024) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, 'F2:H10');
    const file = path.join(tmp.path, 'cinquanta.xlsx');
    await wb.xlsx.writeFile(file);
    const r = runPegMeasured(['check', file], tmp.path);
    expectWorked(r);
    expect(r.peakMB).toBeLessThan(1024);
  }, 120_000);
});

/** A register of ~50 MB of real-shaped text: slow to generate (about a minute), so only in long runs. */
(process.env.HARDENING_LONG ? describe : describe.skip)('~50 MB of sheet text (HARDENING_LONG=1)', () => {
  it('is refused quickly with the "troppi dati" message', async () => {
    const file = path.join(tmp.path, 'testo.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = writer.addWorksheet('Obiettivi');
    ws.addRow(['Settore', 'N.', 'Obiettivo', 'Peso', 'Note']).commit();
    for (let i = 0; i < 420_000; i++) ws.addRow([`SETTORE ${i % 20}`, i + 1, randomBytes(24).toString('base64'), i % 100, randomBytes(12).toString('hex')]).commit();
    ws.commit();
    await writer.commit();
    const r = runPegMeasured(['check', file], tmp.path);
    expectRefused(r, /troppi dati una volta decompresso/);
    expect(r.peakMB).toBeLessThan(400);
  }, 600_000);
});
