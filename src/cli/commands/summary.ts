/** `peg summary <file> [--json] [--verifica intermedia|finale]` (cli.md). */
import type { Command } from 'commander';
import { summarize } from '../../core/summary';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { loadAnalysis } from '../load';
import { parseVerifica } from '../options';
import { countLine } from '../render/diagnostics';
import { renderSummary } from '../render/summary';
import { planHeading } from './check';

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('riepilogo per settore: pesi, valore raggiunto, rispetto dei tempi, punteggi')
    .usage('[opzioni] [file.xlsx]')
    .argument('[file]', 'la cartella di lavoro .xlsx (senza: il piano di esempio)')
    .option('--json', 'stampa un oggetto JSON invece del testo')
    .option('--verifica <momento>', 'usa i valori della verifica "intermedia" o "finale"')
    .action(async (file: string | undefined, opts: { json?: boolean; verifica?: string }) => {
      const io = currentIO();
      const verifica = parseVerifica(opts.verifica);
      const loaded = await loadAnalysis(io, file, { verifica, json: Boolean(opts.json) });
      const { analysis } = loaded;
      const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = analysis.diagnostics.length - errors;
      const summary = summarize(analysis);
      if (opts.json) {
        const json = { ok: errors === 0, file: loaded.file, verifica: analysis.verifica, counts: { errors, warnings }, ...summary };
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        io.stdout(planHeading(loaded.file, analysis) + renderSummary(summary));
        if (errors > 0) {
          io.stderr(`Attenzione: il piano ha ${countLine(errors, warnings)}; i numeri possono essere incompleti. Vedi \`peg check\`.\n`);
        }
      }
      // The numbers of a plan with errors may be wrong: scripts must not take them silently.
      reportExit(errors === 0 ? EXIT_OK : EXIT_ERRORS);
    });
}
