/**
 * Where the CLI writes. Commands use `currentIO()` rather than `process.stdout` so that tests can
 * run the whole program in-process and capture its output; `runCli` installs the IO of the run.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal: only then is a progress indicator shown. */
  stderrIsTTY: boolean;
  /** The stream the progress bar draws on (stderr); undefined disables it. */
  progressStream?: NodeJS.WriteStream;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    progressStream: process.stderr,
  };
}

let current: CliIO | null = null;

export function setCurrentIO(io: CliIO | null): void {
  current = io;
}

export function currentIO(): CliIO {
  return current ?? processIO();
}
