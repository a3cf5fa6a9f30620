/**
 * Running the `peg` command in tests.
 *
 * - `runPeg(args)`: the compiled CLI (`lib/cli/main.js`) as a child process, exactly as a user
 *   runs it: real exit status, real stdout/stderr (not a TTY). Jest's global setup
 *   (test/helpers/globalSetup.js) recompiles lib/ from the current sources before the tests, so
 *   this never runs an old build (docs/architettura.md#test-loop).
 * - `runPegInProcess(args)`: the same program called in-process with captured output: faster,
 *   and it runs the TypeScript sources directly.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import type { CliIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CLI_MAIN = path.join(REPO_ROOT, 'lib', 'cli', 'main.js');

export interface PegRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Text given on stdin. */
  input?: string;
}

export function runPeg(args: string[], opts: RunOptions = {}): PegRun {
  if (!existsSync(CLI_MAIN)) {
    throw new Error(`${CLI_MAIN} non esiste: esegui i test con jest (la sua configurazione lo compila) o \`npm run build:cli\`.`);
  }
  const r = spawnSync(process.execPath, [CLI_MAIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: { ...process.env, FORCE_COLOR: '0', ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export async function runPegInProcess(args: string[]): Promise<PegRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** True when the text looks like a JavaScript stack trace (which users must never see). */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)|^\s+at .+:\d+:\d+$/m.test(text) || /\b(TypeError|ReferenceError|Error):.*\n\s+at /.test(text);
}
