/** `peg summary <file> [--json] [--verifica intermedia|finale]` (docs/cli.md#peg-summary). */
import type { Command } from 'commander';
import type { Analysis } from '../../core/results';
import { summarize } from '../../core/summary';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { loadAnalysis } from '../load';
import { runMany } from '../multi/command';
import { wantsMany } from '../multi/targets';
import { parseVerifica } from '../options';
import { countLine } from '../render/diagnostics';
import { renderSummary } from '../render/summary';
import { planHeading } from './check';

/** The `--json` object of one workbook (also each entry of the several-file array). */
export function summaryJson(file: string, analysis: Analysis): object {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = analysis.diagnostics.length - errors;
  return { ok: errors === 0, file, verifica: analysis.verifica, counts: { errors, warnings }, ...summarize(analysis) };
}

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('riepilogo per settore: pesi, valore raggiunto, rispetto dei tempi, punteggi')
    .usage('[opzioni] [file.xlsx|cartella ...]')
    .argument('[file...]', 'una o più cartelle di lavoro, o cartelle che le contengono (senza: il piano di esempio)')
    .option('--json', 'stampa un oggetto JSON invece del testo')
    .option('--verifica <momento>', 'usa i valori della verifica "intermedia" o "finale"')
    .action(async (files: string[], opts: { json?: boolean; verifica?: string }) => {
      const io = currentIO();
      const verifica = parseVerifica(opts.verifica);
      if (wantsMany(files)) return runMany(io, files, { verifica, json: Boolean(opts.json) }, summaryJson);
      const file = files[0];
      const loaded = await loadAnalysis(io, file, { verifica, json: Boolean(opts.json) });
      const { analysis } = loaded;
      const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = analysis.diagnostics.length - errors;
      const summary = summarize(analysis);
      if (opts.json) {
        io.stdout(`${JSON.stringify(summaryJson(loaded.file, analysis), null, 2)}\n`);
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
