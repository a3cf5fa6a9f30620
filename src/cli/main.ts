#!/usr/bin/env node
/** Entry point of the `peg` command (package `bin`). */
import { runCli } from './program';

// Last guard: a failure outside the awaited work (a library's late stream error) must not print
// a stack trace either.
const fatal = (e: unknown): void => {
  const detail = e instanceof Error && e.message ? ` (${e.message.split('\n')[0]})` : '';
  process.stderr.write(`Errore imprevisto: l'operazione non è stata completata${detail}.\n`);
  process.exit(2);
};
// `peg check … | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else fatal(e);
  });
}

process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  fatal,
);
