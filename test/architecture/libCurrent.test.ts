/**
 * The tests that spawn `peg` run lib/, so lib/ must be the current sources: Jest's global setup
 * (test/helpers/globalSetup.js) compiles what is stale before any test runs. This fails when that
 * setup is gone from the Jest configuration or misses a file.
 */
import { existsSync, statSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { programFiles } = require('../helpers/globalSetup.js') as { programFiles: (t: typeof ts, roots: string[], rootDir: string) => string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig = require('../../jest.config.js') as { globalSetup?: string };

const ROOT = path.resolve(__dirname, '..', '..');

it('Jest runs the global setup that compiles lib/', () => {
  expect(jestConfig.globalSetup).toBe('<rootDir>/test/helpers/globalSetup.js');
});

it('every source the CLI is built from has an output in lib/ no older than the source', () => {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.cli.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const rootDir = path.resolve(parsed.options.rootDir!);
  const outDir = path.resolve(parsed.options.outDir!);
  const files = programFiles(ts, parsed.fileNames.map((f) => path.resolve(f)), rootDir).filter((f) => !f.endsWith('.d.ts'));
  expect(files.length).toBeGreaterThan(100);
  // The host contract is not in the config's folders but the file reader imports it: tsc emits it too.
  expect(files).toContain(path.join(rootDir, 'host', 'documentSettings.ts'));
  // A source saved while the tests run (after the setup) is newer than its output, rightly.
  const setupAt = Number(process.env.PEG_LIB_UPDATED_AT);
  expect(setupAt).toBeGreaterThan(0);
  const stale = files.filter((f) => {
    const out = path.join(outDir, path.relative(rootDir, f)).replace(/\.tsx?$/, '.js');
    const src = statSync(f).mtimeMs;
    return !existsSync(out) || (statSync(out).mtimeMs < src && src < setupAt);
  });
  expect(stale.map((f) => path.relative(ROOT, f))).toEqual([]);
});
