/**
 * Files that are not readable workbooks: each gives a typed error with an Italian message, and
 * `peg check` ends with exit status 2, one line on stderr, no stack trace. Files that cannot be
 * read safely at all (a FIFO, a device, Excel's owner file) are refused before any byte is read.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readdirSync, truncateSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { MAX_WORKBOOK_BYTES, WorkbookReadError, type WorkbookReadFailure } from '../../src/xlsx/errors';
import { readWorkbookFile } from '../../src/xlsx/readFile';
import { hasStackTrace, runPeg } from '../helpers/cli';
import { tempDir, writeBytes, xlsx } from '../helpers/workbook';
import { sofficePath } from '../build/libreoffice';
import { describeWith } from './foreignTools';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

function oleFile(streams: string[]): Buffer {
  // Enough of a compound file for the sniffer: the magic, then directory entry names in UTF-16LE.
  return Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), ...streams.map((s) => Buffer.concat([utf16(s), Buffer.alloc(64 - s.length * 2)]))]);
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** `cli`: what `peg check` says when it differs from the reader's message (a folder is scanned for workbooks). */
const cases: { name: string; reason: WorkbookReadFailure; make: (dir: string) => Promise<string> | string; text: RegExp; cli?: RegExp }[] = [
  { name: 'mancante.xlsx', reason: 'mancante', make: (dir) => path.join(dir, 'mancante.xlsx'), text: /non esiste/ },
  {
    name: 'cartella.xlsx',
    reason: 'cartella',
    make: (dir) => {
      const p = path.join(dir, 'cartella.xlsx');
      mkdirSync(p);
      return p;
    },
    text: /è una cartella/,
    cli: /cartella\.xlsx: nessun file \.xlsx/,
  },
  {
    name: 'fifo.xlsx',
    reason: 'speciale',
    make: (dir) => {
      // Reading a FIFO with no writer blocks for ever: it must be refused from its type alone.
      const p = path.join(dir, 'fifo.xlsx');
      execFileSync('mkfifo', [p]);
      return p;
    },
    text: /non è un file normale \(è una pipe, un dispositivo o un socket\)/,
  },
  // A device that never ends: refused before reading.
  { name: '/dev/zero', reason: 'speciale', make: () => '/dev/zero', text: /"\/dev\/zero" non è un file normale/ },
  {
    name: '~$piano.xlsx',
    reason: 'blocco',
    make: (dir) => {
      // Excel's owner file: the user's name, padded, in 165 bytes.
      const owner = Buffer.alloc(165, 0x20);
      owner[0] = 5;
      owner.write('Mario', 1, 'latin1');
      return writeBytes(dir, '~$piano.xlsx', owner);
    },
    text: /è il file temporaneo che Excel crea mentre piano\.xlsx è aperto: usa piano\.xlsx\./,
  },
  {
    name: 'piano.xlsx (un CSV)',
    reason: 'testo',
    make: (dir) => writeBytes(dir, 'piano.xlsx', 'Settore;N.;Obiettivo;Peso\nFINANZIARIO;1;Bilancio àèì;100\n'),
    text: /è un file di testo \(per esempio un CSV\) e non è una cartella di lavoro Excel: aprilo in Excel e salvalo come/,
  },
  { name: 'vuoto.xlsx', reason: 'vuoto', make: (dir) => writeBytes(dir, 'vuoto.xlsx', ''), text: /è vuoto \(0 byte\)/ },
  {
    name: 'casuale.xlsx',
    reason: 'non-xlsx',
    make: (dir) => writeBytes(dir, 'casuale.xlsx', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)),
    text: /non è una cartella di lavoro Excel/,
  },
  { name: 'dati.csv', reason: 'testo', make: (dir) => writeBytes(dir, 'dati.csv', 'Settore;N.;Peso\nFINANZIARIO;1;100\n'), text: /non è una cartella di lavoro Excel/ },
  {
    name: 'archivio.xlsx',
    reason: 'non-xlsx',
    make: async (dir) => {
      const zip = new JSZip();
      zip.file('leggimi.txt', 'non sono un foglio di calcolo');
      return writeBytes(dir, 'archivio.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    },
    text: /non è una cartella di lavoro Excel/,
  },
  {
    name: 'senza-workbook.xlsx',
    reason: 'non-xlsx',
    make: async (dir) => {
      const zip = await JSZip.loadAsync(await xlsx([{ name: 'Obiettivi', rows: [['x']] }]));
      zip.remove('xl/workbook.xml');
      return writeBytes(dir, 'senza-workbook.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    },
    text: /non è una cartella di lavoro Excel/,
  },
  {
    name: 'troncato.xlsx',
    reason: 'danneggiato',
    make: async (dir) => {
      const buf = await xlsx([{ name: 'Obiettivi', rows: [['Settore', 'N.'], ['FINANZIARIO', 1]] }]);
      return writeBytes(dir, 'troncato.xlsx', buf.subarray(0, Math.floor(buf.length / 2)));
    },
    text: /è danneggiato/,
  },
  // Only the header of a compound file: read as an .xls, it is damaged.
  { name: 'vecchio.xls', reason: 'danneggiato', make: (dir) => writeBytes(dir, 'vecchio.xls', oleFile(['Root Entry', 'Workbook', 'SummaryInformation'])), text: /è danneggiato/ },
  {
    name: 'protetto.xlsx',
    reason: 'protetto',
    make: (dir) => writeBytes(dir, 'protetto.xlsx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])),
    text: /è protetto da password: rimuovi la password in Excel \(File › Informazioni › Proteggi cartella di lavoro\) e riprova\./,
  },
  {
    // An OpenDocument package without any sheet.
    name: 'calc.ods',
    reason: 'danneggiato',
    make: async (dir) => {
      const zip = new JSZip();
      zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
      zip.file('content.xml', '<office:document-content/>');
      return writeBytes(dir, 'calc.ods', await zip.generateAsync({ type: 'nodebuffer' }));
    },
    text: /è danneggiato/,
  },
  {
    name: 'enorme.xlsx',
    reason: 'troppo-grande',
    make: (dir) => {
      // A sparse file: the size check happens before any byte is read.
      const p = writeBytes(dir, 'enorme.xlsx', '');
      truncateSync(p, MAX_WORKBOOK_BYTES + 1024 * 1024);
      return p;
    },
    text: /è troppo grande \(101 MB; il massimo è 100 MB\)/,
  },
];

describe.each(cases)('$name', ({ name, reason, make, text, cli }) => {
  let file: string;
  beforeAll(async () => {
    const dir = path.join(tmp.path, reason + '-' + name.replace(/\W/g, ''));
    mkdirSync(dir);
    file = await make(dir);
  });

  it(`is refused as "${reason}" with an Italian message naming the file`, async () => {
    const err = await readWorkbookFile(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).reason).toBe(reason);
    expect((err as WorkbookReadError).message).toMatch(text);
    expect((err as WorkbookReadError).message).toContain(`"${file}"`);
  });

  it('makes `peg check` exit with 2 and one Italian line, no stack trace', () => {
    const r = runPeg(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (!cli) expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(cli ?? text);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('makes `peg summary --json` exit with 2 and print nothing on stdout', () => {
    const r = runPeg(['summary', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(cli ?? text);
  });
});

/** Real files saved by LibreOffice (installed in CI; without it the tests fail under CI=true). */
const lo = sofficePath();
describeWith(lo !== null, 'LibreOffice (libreoffice-calc-nogui)')('files converted by LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(tmp.path, 'lo');
    mkdirSync(dir);
    const src = path.join(dir, 'piano.xlsx');
    writeFileSync(src, await xlsx([{ name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, 'Bilancio', 100]] }]));
    const profile = path.join(dir, 'profile');
    for (const fmt of ['xls', 'ods']) {
      execFileSync(lo!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', fmt, '--outdir', dir, src], { stdio: 'ignore', timeout: 120_000 });
    }
    copyFileSync(path.join(dir, 'piano.xls'), path.join(dir, 'rinominato.xlsx'));
  }, 180_000);

  // Old formats are read (through SheetJS), whatever the extension says.
  it.each(['piano.xls', 'rinominato.xlsx', 'piano.ods'])('%s is read', async (name) => {
    expect(readdirSync(dir)).toContain(name);
    const grid = await readWorkbookFile(path.join(dir, name));
    expect(grid.sheets[0].name).toBe('Obiettivi');
    expect(grid.sheets[0].rows.map((r) => r.map((c) => c?.v ?? null))).toEqual([
      ['Settore', 'N.', 'Obiettivo', 'Peso'],
      ['FINANZIARIO', 1, 'Bilancio', 100],
    ]);
  });
});
