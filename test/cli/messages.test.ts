/**
 * The messages a clerk acts on (issue 16), each with its exact Italian line and exit status, from
 * the real CLI: Excel's lock file, a CSV named .xlsx, a missing output folder, `peg convert` on a
 * register (wrong input: 2, not 1, which means "il piano ha errori"), and where the guide is.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { hasStackTrace, REPO_ROOT, runPeg } from '../helpers/cli';
import { tempDir } from '../helpers/workbook';

const tmp = tempDir('peg-msg-');
afterAll(() => tmp.cleanup());

const SAMPLE = path.join(REPO_ROOT, 'assets', 'esempio-piano.xlsx');

beforeAll(() => {
  copyFileSync(SAMPLE, path.join(tmp.path, 'piano.xlsx'));
  // Excel's owner file: a byte with the length of the user's name, the name, padding; 165 bytes.
  writeFileSync(path.join(tmp.path, '~$piano.xlsx'), Buffer.concat([Buffer.from([5]), Buffer.from('mario'), Buffer.alloc(159)]));
  writeFileSync(path.join(tmp.path, 'dati.xlsx'), 'Settore;N.;Obiettivo;Peso\nFINANZIARIO;1;Bilancio;100\n');
});

/** One line on stderr, nothing on stdout, no stack trace. */
function expectOneLine(r: { code: number; stdout: string; stderr: string }, code: number, line: string): void {
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`${line}\n`);
  expect(r.code).toBe(code);
}

describe('messages a clerk acts on', () => {
  it('the lock file Excel keeps beside an open workbook', () => {
    for (const command of ['check', 'summary']) {
      const r = runPeg([command, '~$piano.xlsx'], { cwd: tmp.path });
      expectOneLine(r, 2, 'Il file "~$piano.xlsx" è il file temporaneo che Excel crea mentre piano.xlsx è aperto: usa piano.xlsx.');
    }
  });

  it('a CSV saved with the .xlsx extension', () => {
    const r = runPeg(['check', 'dati.xlsx'], { cwd: tmp.path });
    expectOneLine(
      r,
      2,
      'Il file "dati.xlsx" è un file di testo (per esempio un CSV) e non è una cartella di lavoro Excel: aprilo in Excel e salvalo come "Cartella di lavoro di Excel (.xlsx)".',
    );
  });

  it('an output folder that does not exist: no English system error, no temporary file left', () => {
    const missing = path.join(tmp.path, 'uscite', '2025');
    const build = runPeg(['build', 'piano.xlsx', '-o', path.join('uscite', '2025', 'piano.xlsx')], { cwd: tmp.path });
    expectOneLine(build, 2, `Impossibile scrivere «uscite/2025/piano.xlsx»: la cartella «${missing}» non esiste.`);
    const template = runPeg(['template', '-o', path.join('uscite', 'nuovo.xlsx')], { cwd: tmp.path });
    expectOneLine(template, 2, `Impossibile scrivere «uscite/nuovo.xlsx»: la cartella «${path.join(tmp.path, 'uscite')}» non esiste.`);
    expect(existsSync(path.join(tmp.path, 'uscite'))).toBe(false);
    expect(readdirSync(tmp.path).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('peg convert on a register is wrong input: exit 2', () => {
    const r = runPeg(['convert', 'piano.xlsx'], { cwd: tmp.path });
    expectOneLine(
      r,
      2,
      'Nessuna scheda obiettivo trovata in piano.xlsx: niente da convertire (le schede iniziano con un\'intestazione come "ANNO 2025 - Obiettivo n° 1 PESO: 10").',
    );
    expect(existsSync(path.join(tmp.path, 'piano.registro.xlsx'))).toBe(false);
  });

  it('a folder scan skips the lock file with a note and checks the workbook', () => {
    const dir = path.join(tmp.path, 'cartella');
    mkdirSync(dir);
    copyFileSync(path.join(tmp.path, 'piano.xlsx'), path.join(dir, 'piano.xlsx'));
    copyFileSync(path.join(tmp.path, '~$piano.xlsx'), path.join(dir, '~$piano.xlsx'));
    const r = runPeg(['check', 'cartella'], { cwd: tmp.path });
    expect(r.stderr).toBe('cartella/~$piano.xlsx: saltato, è il file temporaneo che Excel crea mentre piano.xlsx è aperto.\n');
    // The sample has one deliberate error: exit 1, one line for the one workbook.
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^cartella\/piano\.xlsx +Comune di Montefiorito +2025 +1 +\d+ +[\d,]+% +da correggere$/m);
  });

  it('peg --help names the user guide, a file that exists', () => {
    const r = runPeg(['--help']);
    expect(r.code).toBe(0);
    const m = /^Guida per l'utente: (.+)$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(path.join(REPO_ROOT, 'assets', 'aiuto.html'));
    expect(existsSync(m![1])).toBe(true);
  });
});
