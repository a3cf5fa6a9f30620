/**
 * Interrupted writes: a process killed with SIGKILL while it writes (the harshest interruption:
 * no handler runs) leaves the original intact and never a half-written target. Whatever the step
 * of the kill, the target is either the old file or the complete new one; the hidden temporary
 * file it may leave is removed by the next write to the same target.
 *
 * Deterministic: the writer stops at a named step when `PEG_KILL_POINT` says so (see
 * `killPoint` in src/xlsx/atomicWrite.ts), announces it on stderr, and the test kills it then.
 * No polling, no timing, no retries.
 *
 * Needs the compiled CLI and adapter (`npm run build:cli`).
 */
import { spawn } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { writeFileAtomic } from '../../src/xlsx/atomicWrite';
import { CLI_MAIN, REPO_ROOT } from '../helpers/cli';
import { tempDir, xlsx } from '../helpers/workbook';

const tmp = tempDir('peg-kill-');
afterAll(() => tmp.cleanup());

const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/**
 * Runs `args` under Node with `PEG_KILL_POINT=point` and SIGKILLs it the moment it reports that
 * point (the `occurrence`-th time: an in-place build writes its copy, then the file). Resolves
 * with whether the point was reached (false: the process ended on its own first).
 */
function killAt(args: string[], point: string, occurrence = 1): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PEG_KILL_POINT: point } });
    let seen = 0;
    let reached = false;
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() !== `PEG_KILL_POINT ${point}` || reached) continue;
        if (++seen === occurrence) {
          reached = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(reached));
  });
}

describe('the atomic writer killed mid-write', () => {
  for (const point of ['temp-creato', 'temp-scritto']) {
    it(`killed at «${point}»: the original is intact, then the next write cleans up and succeeds`, async () => {
      const dir = path.join(tmp.path, `atomic-${point}`);
      mkdirSync(dir);
      const target = path.join(dir, 'piano.xlsx');
      const original = await xlsx([{ name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, 'Bilancio', 100]] }]);
      writeFileSync(target, original);
      const script = path.join(dir, 'writer.js');
      writeFileSync(
        script,
        `require(${JSON.stringify(path.join(REPO_ROOT, 'lib', 'xlsx', 'atomicWrite.js'))})` +
          `.writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(4 * 1024 * 1024, 65));\n`,
      );
      expect(await killAt([script], point)).toBe(true);
      expect(readFileSync(target).equals(original)).toBe(true);
      expect(await readWorkbookGrid(readFileSync(target))).toMatchObject({ sheets: [{ name: 'Obiettivi' }] });
      // The killed write's hidden temp file is there; the next write removes it.
      expect(temps(dir)).toHaveLength(1);
      await writeFileAtomic(target, 'nuovo');
      expect(readFileSync(target, 'utf8')).toBe('nuovo');
      expect(temps(dir)).toEqual([]);
    }, 60_000);
  }

  it("does not touch another live process's temporary file", async () => {
    const dir = path.join(tmp.path, 'vivo');
    mkdirSync(dir);
    const target = path.join(dir, 'piano.xlsx');
    // Our own parent (the Jest worker's parent) is alive: its temp file must survive.
    const live = path.join(dir, `.piano.xlsx.${process.ppid}.0badcafe.tmp`);
    writeFileSync(live, 'in corso');
    await writeFileAtomic(target, 'x');
    expect(existsSync(live)).toBe(true);
  });
});

async function register(): Promise<Buffer> {
  const rows: (string | number)[][] = [['Settore', 'N.', 'Obiettivo', 'Peso']];
  for (let s = 0; s < 4; s++) for (let n = 1; n <= 10; n++) rows.push([`SETTORE ${s}`, n, `Obiettivo ${s}.${n}`, 10]);
  const fasi: (string | number)[][] = [['Settore', 'N. obiettivo', 'N. fase', 'Attività da compiere', 'Tempistica']];
  for (let s = 0; s < 4; s++) for (let n = 1; n <= 10; n++) fasi.push([`SETTORE ${s}`, n, 1, 'Attività', 'Da gennaio a giugno 2025']);
  return xlsx([
    { name: 'Obiettivi', rows },
    { name: 'Fasi', rows: fasi },
  ]);
}

describe('`peg build` killed at every step of its write', () => {
  let original: Buffer;
  beforeAll(async () => {
    original = await register();
  });

  async function expectComplete(file: string): Promise<void> {
    const grid = await readWorkbookGrid(readFileSync(file), { name: file });
    expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Obiettivi', 'Fasi', 'Riepilogo']));
  }

  it.each(['temp-creato', 'temp-scritto', 'rinominato'])('-o, killed at «%s»: the original is intact, the output absent or complete', async (point) => {
    const dir = path.join(tmp.path, `o-${point}`);
    mkdirSync(dir);
    const file = path.join(dir, 'piano.xlsx');
    const out = path.join(dir, 'piano.elaborato.xlsx');
    writeFileSync(file, original);
    expect(await killAt([CLI_MAIN, 'build', file, '-o', out], point)).toBe(true);
    expect(readFileSync(file).equals(original)).toBe(true);
    // Before the rename there is no output at all; after it, the complete one.
    expect(existsSync(out)).toBe(point === 'rinominato');
    if (existsSync(out)) await expectComplete(out);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.tmp')).sort()).toEqual(existsSync(out) ? ['piano.elaborato.xlsx', 'piano.xlsx'] : ['piano.xlsx']);
  }, 60_000);

  // The in-place build first writes the numbered copy (a temp file hard-linked under its name),
  // then the file itself through its own temporary file.
  it.each(['copia-scritta', 'copia-fatta', 'temp-creato', 'temp-scritto', 'rinominato'])(
    '--in-place, killed at «%s»: the file is the original or the complete result; the copy, if any, is the original',
    async (point) => {
      const dir = path.join(tmp.path, `in-${point}`);
      mkdirSync(dir);
      const file = path.join(dir, 'piano.xlsx');
      const bak = path.join(dir, 'piano.bak.xlsx');
      writeFileSync(file, original);
      expect(await killAt([CLI_MAIN, 'build', file, '--in-place'], point)).toBe(true);
      const now = readFileSync(file);
      expect(now.equals(original)).toBe(point !== 'rinominato');
      if (point === 'rinominato') await expectComplete(file);
      // The copy exists once it was linked under its name, and is then the original.
      expect(existsSync(bak)).toBe(point !== 'copia-scritta');
      if (existsSync(bak)) expect(readFileSync(bak).equals(original)).toBe(true);
      // A second in-place build after the interruption works and never overwrites that copy.
      const again = await killAt([CLI_MAIN, 'build', file, '--in-place'], 'mai');
      expect(again).toBe(false);
      await expectComplete(file);
      if (point !== 'copia-scritta') {
        expect(readFileSync(bak).equals(original)).toBe(true);
        expect(existsSync(path.join(dir, 'piano.bak-2.xlsx'))).toBe(true);
      }
    },
    60_000,
  );
});
