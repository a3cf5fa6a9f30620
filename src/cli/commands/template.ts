/** `peg template -o <new.xlsx> [--anno 2026] [--ente "Comune di …"]` (docs/cli.md#peg-template): the nuovo modello. */
import type { Command } from 'commander';
import { planTemplate } from '../../core/plans/template';
import { writeFailureOf, writeFileAtomic } from '../../xlsx/atomicWrite';
import { newWorkbookBytes } from '../../xlsx/write/newWorkbook';
import { UsageError } from '../errors';
import { EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { parseAnno } from '../options';
import { pathExists } from '../pathExists';

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('crea una cartella di lavoro vuota nel formato del registro, con una riga di esempio per foglio')
    .usage('-o <nuovo.xlsx> [opzioni]')
    .requiredOption('-o, --output <file>', 'il file da creare')
    .option('--anno <anno>', "l'anno del piano (predefinito: l'anno in corso)")
    .option('--ente <nome>', "il nome dell'ente, es. \"Comune di …\"")
    .action(async (opts: { output: string; anno?: string; ente?: string }) => {
      const io = currentIO();
      const anno = parseAnno(opts.anno);
      if (!opts.output.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Il file da creare deve avere estensione .xlsx: "${opts.output}".`);
      if (await pathExists(opts.output)) throw new UsageError(`Il file ${opts.output} esiste già: scegli un altro nome (non lo sovrascrivo).`);
      const { bytes } = newWorkbookBytes(planTemplate({ anno, ente: opts.ente?.trim() || null }, new Date().getFullYear()));
      await writeFileAtomic(opts.output, bytes).catch((e: unknown) => {
        throw new UsageError(writeFailureOf(opts.output, e).message);
      });
      io.stdout(
        `Creato il modello ${opts.output}\n` +
          '  Fogli: Obiettivi, Fasi, Indicatori, Personale, Verifiche, Impostazioni\n' +
          '  Ogni foglio ha una riga di esempio: sostituiscila o cancellala.\n',
      );
      reportExit(EXIT_OK);
    });
}
