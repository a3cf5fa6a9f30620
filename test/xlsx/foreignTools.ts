/**
 * Writers other than the product, for fixtures built at test time: openpyxl (through
 * /usr/bin/python3, which has it; the pyenv python first on PATH does not) and LibreOffice
 * headless. Without the tool the tests are skipped locally, but fail under CI=true so a missing
 * package never passes unnoticed.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync } from 'fs';
import * as path from 'path';
import { sofficePath } from '../build/libreoffice';

export const PYTHON = '/usr/bin/python3';

function canImport(module: string): boolean {
  try {
    execFileSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function hasOpenpyxl(): boolean {
  return canImport('openpyxl');
}

/** LibreOffice's Python bridge (Debian python3-uno), for fixtures made through its API. */
export function hasUno(): boolean {
  return canImport('uno');
}

export function hasLibreOffice(): boolean {
  return sofficePath() !== null;
}

/** `describe` when the tool is there; otherwise skipped, or one failing test under CI=true. */
export function describeWith(available: boolean, tool: string): jest.Describe | ((name: string, fn: () => void) => void) {
  if (available) return describe;
  if (process.env.CI === 'true') {
    return (name: string) =>
      describe(name, () => {
        it(`needs ${tool}`, () => {
          throw new Error(`${tool} is missing on this CI machine: add it to .ci/run`);
        });
      });
  }
  return describe.skip;
}

/** Runs the openpyxl fixture script into `dir`. */
export function makeOpenpyxlFixtures(dir: string): void {
  execFileSync(PYTHON, [path.join(__dirname, 'fixtures', 'openpyxl_fixtures.py'), dir], { stdio: 'pipe', timeout: 120_000 });
}

/**
 * Converts the LibreOffice source spreadsheet (`fixtures/libreoffice-source.fods`) into `dir`
 * with a private profile; `filter` is a LibreOffice `--convert-to` target (`xlsx`, `ods`, `xls`).
 */
export function convertSource(dir: string, filter: string, subdir: string): string {
  const src = path.join(dir, 'src.fods');
  if (!existsSync(src)) copyFileSync(path.join(__dirname, 'fixtures', 'libreoffice-source.fods'), src);
  const out = path.join(dir, subdir);
  mkdirSync(out, { recursive: true });
  execFileSync(sofficePath()!, [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', filter, '--outdir', out, src], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const ext = filter.split(':')[0];
  const file = path.join(out, `src.${ext}`);
  if (!existsSync(file)) throw new Error(`LibreOffice did not write ${file}`);
  return file;
}
