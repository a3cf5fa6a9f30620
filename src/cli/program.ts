/**
 * The `peg` program: commander set up in Italian, every command registered, and one place that
 * turns any failure into one Italian line on stderr and an exit status (never a stack trace).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { Command, CommanderError, type Help } from 'commander';
import { registerBuild } from './commands/build';
import { registerCheck } from './commands/check';
import { registerConvert } from './commands/convert';
import { registerImport } from './commands/import';
import { registerSummary } from './commands/summary';
import { registerTempistica } from './commands/tempistica';
import { registerTemplate } from './commands/template';
import { describeFailure } from './errors';
import { EXIT_OK, EXIT_USAGE, reportExit, takeExitStatus, type ExitStatus } from './exit';
import { processIO, setCurrentIO, type CliIO } from './io';
import { installNodeZlib } from '../xlsx/write/nodeZlib';

// Every command reads and writes packages with Node's native zlib (see nodeZlib.ts).
installNodeZlib();

const TITLES_IT: Record<string, string> = {
  'Usage:': 'Uso:',
  'Options:': 'Opzioni:',
  'Global Options:': 'Opzioni globali:',
  'Commands:': 'Comandi:',
  'Arguments:': 'Argomenti:',
};

function italianHelp(cmd: Command): void {
  cmd.helpOption('-h, --help', 'mostra questo aiuto');
  cmd.configureHelp({
    styleTitle: (title: string) => TITLES_IT[title] ?? title,
    styleSubcommandTerm: (term: string) => term.replace('[options]', '[opzioni]'),
  } as Partial<Help>);
  cmd.usage(cmd.usage().replace('[options]', '[opzioni]').replace('[command]', '[comando]'));
  for (const sub of cmd.commands) italianHelp(sub);
}

/** The package version; `src/cli` and `lib/cli` both sit two levels below package.json. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The user guide shipped with the package (`src/cli` and `lib/cli` both sit two levels below it). */
function guidePath(): string {
  return path.resolve(__dirname, '..', '..', 'assets', 'aiuto.html');
}

export function createProgram(io: CliIO): Command {
  const program = new Command('peg');
  program
    .description(
      'Piano della Performance / PEG / PIAO: controlla e riepiloga la cartella di lavoro Excel degli obiettivi.',
    )
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // Commander's own (English) error lines are replaced by ours in `runCli`.
      outputError: () => undefined,
    })
    .version(packageVersion(), '-v, --version', 'mostra la versione')
    .exitOverride()
    .showSuggestionAfterError(false)
    .helpCommand('help [comando]', "mostra l'aiuto di un comando");
  registerCheck(program);
  registerSummary(program);
  registerBuild(program);
  registerTemplate(program);
  registerTempistica(program);
  registerConvert(program);
  registerImport(program);
  italianHelp(program);
  program.addHelpText(
    'after',
    '\nEsempi:\n  peg check piano.xlsx\n  peg check piani/              (tutti i piani di una cartella)\n  peg summary piano.xlsx --json\n  peg tempistica "Da gennaio a maggio 2026" --anno 2026\n' +
      `\nGuida per l'utente: ${guidePath()}\n`,
  );
  return program;
}

/** Runs the program on `argv` (without `node` and the script) and returns the exit status. */
export async function runCli(argv: string[], io: CliIO = processIO()): Promise<ExitStatus> {
  setCurrentIO(io);
  takeExitStatus();
  try {
    const program = createProgram(io);
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return takeExitStatus();
  } catch (e) {
    if (e instanceof CommanderError && (e.code === 'commander.helpDisplayed' || e.code === 'commander.version')) {
      return EXIT_OK;
    }
    if (e instanceof CommanderError && e.code === 'commander.help') {
      // Help shown because a command was missing (`peg help`-style error path).
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const { message, exitCode } = describeFailure(e);
    io.stderr(`${message}\n`);
    reportExit(exitCode);
    return takeExitStatus();
  } finally {
    setCurrentIO(null);
  }
}
