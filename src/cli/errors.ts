/**
 * Errors a command throws to end with one Italian line on stderr and a given exit status.
 * Anything else thrown is caught by `runCli` too: the user never sees a stack trace.
 */
import { CommanderError } from 'commander';
import { isWorkbookReadError } from '../xlsx/errors';
import { EXIT_USAGE, type ExitStatus } from './exit';

export class CliError extends Error {
  readonly exitCode: ExitStatus;
  constructor(message: string, exitCode: ExitStatus = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A wrong command line: exit status 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

const HINT = "Scrivi `peg --help` per l'elenco dei comandi.";

function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

/** Commander's English error → one Italian line. */
function commanderMessageIt(err: CommanderError): string {
  const what = quoted(err.message);
  switch (err.code) {
    case 'commander.unknownOption':
      return `Opzione sconosciuta: ${what}. ${HINT}`;
    case 'commander.unknownCommand':
      return `Comando sconosciuto: ${what}. ${HINT}`;
    case 'commander.missingArgument':
      return `Manca un argomento obbligatorio (${what}). ${HINT}`;
    case 'commander.optionMissingArgument':
      return `L'opzione ${what} richiede un valore. ${HINT}`;
    case 'commander.missingMandatoryOptionValue':
      return `Manca l'opzione obbligatoria ${what}. ${HINT}`;
    case 'commander.excessArguments':
      return `Troppi argomenti per il comando ${what}: metti tra virgolette un testo con spazi. ${HINT}`;
    case 'commander.conflictingOption':
      return `Opzioni incompatibili: ${err.message.replace(/^error:\s*/i, '')}`;
    case 'commander.invalidArgument':
      return `Valore non valido: ${err.message.replace(/^error:\s*/i, '')}`;
    default:
      return `Riga di comando non valida. ${HINT}`;
  }
}

/** Any thrown value → the Italian line and the exit status. */
export function describeFailure(e: unknown): { message: string; exitCode: ExitStatus } {
  if (e instanceof CliError) return { message: e.message, exitCode: e.exitCode };
  if (isWorkbookReadError(e)) return { message: e.message, exitCode: EXIT_USAGE };
  if (e instanceof CommanderError) return { message: commanderMessageIt(e), exitCode: EXIT_USAGE };
  const detail = e instanceof Error && e.message ? ` (${e.message.split('\n')[0]})` : '';
  return { message: `Errore imprevisto: l'operazione non è stata completata${detail}.`, exitCode: EXIT_USAGE };
}
