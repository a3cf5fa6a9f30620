/**
 * Writing the user's file: numbered backups never overwritten, --in-place through a symlink keeping
 * mode, refusing a read-only file and a file changed on disk during the build, --force for a
 * default output peg did not write; failures are one Italian line naming the user's file.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { writeInPlace, writeNumberedBackup } from '../../src/xlsx/atomicWrite';
import { openWorkbookPackage } from '../../src/xlsx/package/open';
import { runPegInProcess } from '../helpers/cli';
import { buildCaluso } from './caluso';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'peg-inplace-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function piano(name = 'piano.xlsx'): Promise<string> {
  const file = path.join(dir, name);
  await buildCaluso({}).xlsx.writeFile(file);
  return file;
}

const workbookXml = (file: string) => openWorkbookPackage(new Uint8Array(readFileSync(file)), file).workbook.xml;

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

test('two in-place builds in a row: piano.bak.xlsx is the true original, piano.bak-2.xlsx the first result', async () => {
  const file = await piano();
  const original = readFileSync(file);
  expect((await runPegInProcess(['build', file, '--in-place'])).code).toBe(0);
  const first = readFileSync(file);
  const r = await runPegInProcess(['build', file, '--in-place']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(path.join(dir, 'piano.bak-2.xlsx'));
  expect(readFileSync(path.join(dir, 'piano.bak.xlsx')).equals(original)).toBe(true);
  expect(readFileSync(path.join(dir, 'piano.bak-2.xlsx')).equals(first)).toBe(true);
});

test('a backup is never overwritten, even when a later number is free', async () => {
  const file = path.join(dir, 'piano.xlsm');
  writeFileSync(file, 'x');
  writeFileSync(path.join(dir, 'piano.bak.xlsm'), 'vecchio');
  expect(await writeNumberedBackup(file, new Uint8Array([1, 2, 3]))).toBe(path.join(dir, 'piano.bak-2.xlsm'));
  expect(readFileSync(path.join(dir, 'piano.bak.xlsm'), 'utf8')).toBe('vecchio');
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('--in-place writes through a symlink to its target and keeps the mode', async () => {
  const real = await piano('vero.xlsx');
  chmodSync(real, 0o640);
  const link = path.join(dir, 'collegamento.xlsx');
  symlinkSync(real, link);
  const r = await runPegInProcess(['build', link, '--in-place', '--only', 'riepilogo']);
  expect(r.code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readFileSync(real).equals(readFileSync(link))).toBe(true);
  expect(workbookXml(real)).toContain('_PEG_GEN_');
  expect(statSync(real).mode & 0o777).toBe(0o640);
});

test('--in-place refuses a read-only file in one Italian line, changing nothing', async () => {
  const file = await piano();
  const before = readFileSync(file);
  chmodSync(file, 0o444);
  const r = await runPegInProcess(['build', file, '--in-place']);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('sola lettura');
  expect(r.stderr).toContain(file);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(['piano.xlsx']);
});

test('a file changed on disk while it was being built is left as it is', async () => {
  const file = await piano();
  const read = new Uint8Array(readFileSync(file));
  writeFileSync(file, 'salvato da un altro programma');
  await expect(writeInPlace(file, read, new Uint8Array([1]))).rejects.toThrow(/modificato da un altro programma/);
  expect(readFileSync(file, 'utf8')).toBe('salvato da un altro programma');
  expect(readdirSync(dir)).toEqual(['piano.xlsx']);
});

test('without -o: replaces its own earlier output, refuses a file it did not write unless --force', async () => {
  const file = await piano();
  const out = path.join(dir, 'piano.elaborato.xlsx');
  expect((await runPegInProcess(['build', file])).code).toBe(0);
  expect((await runPegInProcess(['build', file])).code).toBe(0);
  writeFileSync(out, 'un file dell’utente');
  const refused = await runPegInProcess(['build', file]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('--force');
  expect(readFileSync(out, 'utf8')).toBe('un file dell’utente');
  expect((await runPegInProcess(['build', file, '--force'])).code).toBe(0);
  expect(workbookXml(out)).toContain('_PEG_GEN_');
});

test('write failures: one Italian line naming the user file, no temporary path, nothing left behind', async () => {
  const file = await piano();
  const missing = path.join(dir, 'non-esiste', 'out.xlsx');
  const r1 = await runPegInProcess(['build', file, '-o', missing]);
  expect(r1.code).toBe(2);
  expect(r1.stderr).toContain(`Impossibile scrivere «${missing}»`);
  expect(r1.stderr).not.toMatch(/\.tmp|ENOENT|Error/);
  if (isRoot) return; // root writes into any folder: the permission case needs a normal user.
  const locked = path.join(dir, 'chiusa');
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  const target = path.join(locked, 'out.xlsx');
  const r2 = await runPegInProcess(['build', file, '-o', target]);
  expect(r2.code).toBe(2);
  expect(r2.stderr).toContain(`Impossibile scrivere «${target}»: permesso negato`);
  expect(r2.stderr).not.toMatch(/\.tmp|EACCES/);
  expect(readdirSync(locked)).toEqual([]);
  chmodSync(locked, 0o755);
  expect(existsSync(target)).toBe(false);
});
