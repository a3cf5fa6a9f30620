/**
 * `peg check` / `peg summary` on several workbooks and folders (docs/cli.md#molti-file-e-cartelle): one line per file, a
 * total, `--json` as an array of the single-file objects, exit status the worst of the files.
 * Runs the real CLI (`lib/`), on workbooks written by ExcelJS and, when present, LibreOffice.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { sofficePath } from '../build/libreoffice';
import { hasStackTrace, REPO_ROOT, runPeg } from '../helpers/cli';
import { tempDir, writeXlsx, type SheetSpec } from '../helpers/workbook';

const tmp = tempDir('peg-many-');
afterAll(() => tmp.cleanup());

const HEAD = ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'];

function plan(ente: string, anno: number, weights: number[]): SheetSpec[] {
  return [
    { name: 'Impostazioni', rows: [['Voce', 'Valore'], ['Ente', ente], ['Anno', anno]] },
    { name: 'Obiettivi', rows: [HEAD, ...weights.map((w, i) => [anno, 'FINANZIARIO', i + 1, `Obiettivo ${i + 1}`, w])] },
  ];
}

let folder: string;
let odsWritten = false;
const lo = sofficePath();

beforeAll(async () => {
  folder = path.join(tmp.path, 'piani');
  mkdirSync(folder);
  await writeXlsx(folder, 'a-montefiorito.xlsx', plan('Comune di Montefiorito', 2025, [60, 40]));
  // Weights 50 + 30 = 80: the settore's sum is not 100, an error.
  await writeXlsx(folder, 'b-valdoro.xlsx', plan('Comune di Valdoro', 2025, [50, 30]));
  writeFileSync(path.join(folder, 'c-rotto.xlsx'), 'non sono un file excel');
  copyFileSync(path.join(REPO_ROOT, 'assets', 'esempio-piano.xlsx'), path.join(folder, 'd-esempio.xlsx'));
  // The lock file Excel leaves next to an open workbook: skipped with a note.
  writeFileSync(path.join(folder, '~$a-montefiorito.xlsx'), Buffer.alloc(165));
  writeFileSync(path.join(folder, 'note.txt'), 'non è un piano');
  if (lo) {
    const src = await writeXlsx(tmp.path, 'e-collina.xlsx', plan('Comune di Collina', 2026, [100]));
    execFileSync(lo, [`-env:UserInstallation=file://${path.join(tmp.path, 'lo-profile')}`, '--headless', '--convert-to', 'ods', '--outdir', folder, src], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    odsWritten = true;
  } else if (process.env.CI === 'true') {
    throw new Error('LibreOffice (soffice) manca: serve per il file .ods di questo test.');
  }
}, 240_000);

describe('peg check on a folder', () => {
  it('prints one line per workbook, a total, skips the lock file with a note, and exits with the worst status', () => {
    const r = runPeg(['check', folder]);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    // The unreadable file makes the worst status "cannot be read".
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^File\s+Ente\s+Anno\s+Errori\s+Avvisi\s+Punteggio dell'ente\s+Esito$/);
    const rowOf = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    expect(rowOf('a-montefiorito.xlsx')).toMatch(/Comune di Montefiorito\s+2025\s+0\s+\d+\s+\S+\s+ok$/);
    expect(rowOf('b-valdoro.xlsx')).toMatch(/Comune di Valdoro\s+2025\s+[1-9]\d*\s+\d+\s+\S+\s+da correggere$/);
    expect(rowOf('c-rotto.xlsx')).toMatch(/non letto$/);
    expect(rowOf('d-esempio.xlsx')).toMatch(/Comune di Montefiorito\s+2025\s+/);
    expect(r.stdout).not.toContain('~$');
    expect(r.stdout).not.toContain('note.txt');
    expect(r.stderr).toContain('~$a-montefiorito.xlsx: saltato, è il file temporaneo che Excel crea mentre a-montefiorito.xlsx è aperto.');
    const files = odsWritten ? 5 : 4;
    expect(r.stdout).toMatch(new RegExp(`^Totale: ${files} file \\(`, 'm'));
    // Until .ods reading lands, the .ods file is one more unread line with its own message.
    const odsRead = odsWritten && /Comune di Collina\s+2026\s+0\s+/.test(rowOf('e-collina.ods'));
    if (odsWritten && !odsRead) expect(r.stdout).toContain('è un foglio di calcolo OpenDocument (.ods)');
    expect(r.stdout).toMatch(odsWritten && !odsRead ? /2 non letti\)/ : /1 non letto\)/);
    expect(r.stdout).toContain(`File non letti:\n  ${path.join(folder, 'c-rotto.xlsx')}: Il file "${path.join(folder, 'c-rotto.xlsx')}"`);
    if (odsWritten) expect(rowOf('e-collina.ods')).not.toBe('');
  }, 120_000);

  it('exits 1 when the worst file has errors, 0 when all are clean', () => {
    const withErrors = runPeg(['check', path.join(folder, 'a-montefiorito.xlsx'), path.join(folder, 'b-valdoro.xlsx')]);
    expect(withErrors.code).toBe(1);
    expect(withErrors.stdout).toMatch(/^Totale: 2 file \(1 senza errori, 1 con errori\); [1-9]\d* error[ei], \d+ avvis[oi]\.$/m);
    const clean = runPeg(['check', path.join(folder, 'a-montefiorito.xlsx'), path.join(folder, 'a-montefiorito.xlsx')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^Totale: 2 file \(2 senza errori, 0 con errori\); 0 errori, \d+ avvis[oi]\.$/m);
  }, 120_000);

  it('--json is an array of the single-file objects, an unread file as an entry with its message', () => {
    const a = path.join(folder, 'a-montefiorito.xlsx');
    const broken = path.join(folder, 'c-rotto.xlsx');
    const many = runPeg(['check', a, broken, '--json']);
    expect(many.code).toBe(2);
    const list = JSON.parse(many.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(2);
    const single = JSON.parse(runPeg(['check', a, '--json']).stdout) as Record<string, unknown>;
    expect(list[0]).toEqual(single);
    expect(list[1]).toEqual({ ok: false, file: broken, error: expect.stringContaining(`Il file "${broken}"`) });
  }, 120_000);
});

describe('peg summary on several files', () => {
  it('prints the same table with the punteggio dell\'ente and --json gives each summary', () => {
    const a = path.join(folder, 'a-montefiorito.xlsx');
    const b = path.join(folder, 'b-valdoro.xlsx');
    const r = runPeg(['summary', a, b]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Punteggio dell'ente/);
    expect(r.stdout).toMatch(/^Totale: 2 file/m);
    const json = runPeg(['summary', a, b, '--json']);
    const list = JSON.parse(json.stdout) as { file: string; entity: unknown; sectors: unknown[] }[];
    expect(list.map((x) => x.file)).toEqual([a, b]);
    expect(list[0]).toEqual(JSON.parse(runPeg(['summary', a, '--json']).stdout));
  }, 120_000);

  it('an empty folder is a usage error in Italian', () => {
    const empty = path.join(tmp.path, 'vuota');
    mkdirSync(empty);
    const r = runPeg(['summary', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cartella ${empty}: nessun file .xlsx, .xlsm, .ods o .xls.`);
    expect(r.stderr).toContain('Nessuna cartella di lavoro da controllare');
  });
});
