/**
 * Exit statuses (docs/cli.md#stato-di-uscita) and how a command reports one. A command action either throws (see
 * `errors.ts`) or calls `reportExit`; `runCli` returns the highest status reported during the run.
 */
export const EXIT_OK = 0;
/** The workbook has errors (diagnostics printed). */
export const EXIT_ERRORS = 1;
/** Usage error, or the file cannot be read. */
export const EXIT_USAGE = 2;

export type ExitStatus = typeof EXIT_OK | typeof EXIT_ERRORS | typeof EXIT_USAGE;

let status: ExitStatus = EXIT_OK;

export function reportExit(code: ExitStatus): void {
  if (code > status) status = code;
}

/** Returns the status reported so far and resets it for the next run. */
export function takeExitStatus(): ExitStatus {
  const s = status;
  status = EXIT_OK;
  return s;
}
