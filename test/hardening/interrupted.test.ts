/**
 * Interrupted writes: a process killed with SIGKILL while it writes (the harshest interruption:
 * no handler runs) leaves the original intact and never a half-written target. Whatever the moment
 * of the kill, the target is either the old file or the complete new one; the hidden temporary
 * file it may leave is removed by the next write to the same target.
 *
 * Needs the compiled CLI and adapter (`npm run build:cli`).
 */
import { spawn } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { writeFileAtomic } from '../../src/xlsx/atomicWrite';
import { CLI_MAIN, REPO_ROOT } from '../helpers/cli';
import { tempDir, xlsx } from '../helpers/workbook';

const tmp = tempDir('peg-kill-');
afterAll(() => tmp.cleanup());

const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/**
 * Starts `args` under Node and SIGKILLs it as soon as `ready()` says so (polled), or after
 * `maxMs`. Resolves with whether the kill came while the process was still running.
 */
function killWhen(args: string[], ready: () => boolean, maxMs: number): Promise<{ killedEarly: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'ignore' });
    let exited = false;
    let killedEarly = false;
    const started = Date.now();
    const poll = setInterval(() => {
      if (exited) return;
      if (ready() || Date.now() - started > maxMs) {
        killedEarly = true;
        child.kill('SIGKILL');
        clearInterval(poll);
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', (code) => {
      exited = true;
      clearInterval(poll);
      resolve({ killedEarly, code });
    });
  });
}

/**
 * A kill point watched by polling can be missed on a loaded machine (the temporary file may live
 * only a few milliseconds). Each attempt checks the invariants in full; attempts go on (at most
 * three) until one was killed at the wanted moment, and that must happen.
 */
async function attempts(run: (attempt: number) => Promise<boolean>): Promise<boolean> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (await run(attempt)) return true;
  }
  return false;
}

describe('the atomic writer killed mid-write', () => {
  it('leaves the original intact, then the next write cleans up and succeeds', async () => {
    const dir = path.join(tmp.path, 'atomic');
    mkdirSync(dir);
    const target = path.join(dir, 'piano.xlsx');
    const original = await xlsx([{ name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, 'Bilancio', 100]] }]);
    writeFileSync(target, original);
    // A child writes 400 MB over the target through the compiled writer.
    const script = path.join(dir, 'writer.js');
    writeFileSync(
      script,
      `require(${JSON.stringify(path.join(REPO_ROOT, 'lib', 'xlsx', 'atomicWrite.js'))})` +
        `.writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(400 * 1024 * 1024, 65));\n`,
    );
    // Kill it once its temporary file holds some bytes: the write is under way.
    const r = await killWhen([script], () => temps(dir).some((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })?.size), 30_000);
    expect(r.killedEarly).toBe(true);
    expect(readFileSync(target).equals(original)).toBe(true);
    expect(await readWorkbookGrid(readFileSync(target))).toMatchObject({ sheets: [{ name: 'Obiettivi' }] });
    // The killed write's hidden temp file is there; the next write removes it.
    expect(temps(dir)).toHaveLength(1);
    await writeFileAtomic(target, 'nuovo');
    expect(readFileSync(target, 'utf8')).toBe('nuovo');
    expect(temps(dir)).toEqual([]);
  }, 60_000);

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

/** A register big enough that `peg build` spends a noticeable time writing. */
async function bigRegister(): Promise<Buffer> {
  const rows: (string | number)[][] = [['Settore', 'N.', 'Obiettivo', 'Peso']];
  for (let s = 0; s < 20; s++) for (let n = 1; n <= 100; n++) rows.push([`SETTORE ${s}`, n, `Obiettivo ${s}.${n} con un titolo di lunghezza realistica`, 1]);
  const fasi: (string | number)[][] = [['Settore', 'N. obiettivo', 'N. fase', 'Attività da compiere', 'Tempistica']];
  for (let s = 0; s < 20; s++) for (let n = 1; n <= 100; n++) fasi.push([`SETTORE ${s}`, n, 1, 'Attività', 'Da gennaio a giugno 2025']);
  return xlsx([
    { name: 'Obiettivi', rows },
    { name: 'Fasi', rows: fasi },
  ]);
}

describe('`peg build` killed at any moment', () => {
  let original: Buffer;
  beforeAll(async () => {
    original = await bigRegister();
  });

  // Kill points: as soon as a temporary file appears (mid-write), and a few fixed delays. Each
  // run gets a fresh predicate (the delays keep their start time).
  // `sample`: a fixed delay that a fast build may outrun; the invariants are checked either way.
  const points: { label: string; make: () => (dir: string) => boolean; control?: boolean; sample?: boolean }[] = [
    { label: 'appena compare il file temporaneo', make: () => (dir) => temps(dir).length > 0 },
    // With --in-place the first temporary file is the copy's; this one is the result's.
    { label: 'mentre scrive il risultato', make: () => (dir) => temps(dir).some((f) => /^\.piano\.(elaborato\.)?xlsx\./.test(f)) },
    // Control: never killed, so the "complete result" branch below is really exercised.
    { label: 'mai (controllo)', make: () => () => false, control: true },
    ...[50, 400, 1200].map((ms) => ({
      label: `dopo ${ms} ms`,
      sample: true,
      make: () => {
        const t0 = Date.now();
        return () => Date.now() - t0 >= ms;
      },
    })),
  ];

  it.each(points)('-o: killed $label → the original is intact, the output is absent or complete', async ({ label, make, control, sample }) => {
    const hit = await attempts(async (attempt) => {
      const dir = path.join(tmp.path, `o-${label.replace(/\W+/g, '-')}-${attempt}`);
      mkdirSync(dir);
      const file = path.join(dir, 'piano.xlsx');
      const out = path.join(dir, 'piano.elaborato.xlsx');
      writeFileSync(file, original);
      const ready = make();
      const r = await killWhen([CLI_MAIN, 'build', file, '-o', out], () => ready(dir), 60_000);
      expect(readFileSync(file).equals(original)).toBe(true);
      if (control) expect(existsSync(out)).toBe(true);
      if (existsSync(out)) {
        const grid = await readWorkbookGrid(readFileSync(out), { name: out });
        expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Obiettivi', 'Fasi', 'Riepilogo']));
      }
      expect(readdirSync(dir).filter((f) => !f.endsWith('.tmp')).sort()).toEqual(existsSync(out) ? ['piano.elaborato.xlsx', 'piano.xlsx'] : ['piano.xlsx']);
      return sample === true || r.killedEarly === !control;
    });
    expect(hit).toBe(true);
  }, 240_000);

  it.each(points)('--in-place: killed $label → the file is the original or the complete result; the copy, if any, is the original', async ({ label, make, control, sample }) => {
    const hit = await attempts(async (attempt) => {
      const dir = path.join(tmp.path, `in-${label.replace(/\W+/g, '-')}-${attempt}`);
      mkdirSync(dir);
      const file = path.join(dir, 'piano.xlsx');
      const bak = path.join(dir, 'piano.bak.xlsx');
      writeFileSync(file, original);
      const ready = make();
      const r = await killWhen([CLI_MAIN, 'build', file, '--in-place'], () => ready(dir), 60_000);
      const now = readFileSync(file);
      if (control) expect(now.equals(original)).toBe(false);
      if (!now.equals(original)) {
        const grid = await readWorkbookGrid(now, { name: file });
        expect(grid.sheets.map((s) => s.name)).toContain('Riepilogo');
        // The file changed only after the copy was complete.
        expect(readFileSync(bak).equals(original)).toBe(true);
      }
      if (existsSync(bak)) expect(readFileSync(bak).equals(original)).toBe(true);
      return sample === true || r.killedEarly === !control;
    });
    expect(hit).toBe(true);
  }, 240_000);
});
