/** `peg check <file> [--json] [--verifica intermedia|finale]` (docs/cli.md#peg-check). */
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostics';
import type { Analysis } from '../../core/results';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { loadAnalysis } from '../load';
import { runMany } from '../multi/command';
import { wantsMany } from '../multi/targets';
import { parseVerifica } from '../options';
import { countLine, renderDiagnostics } from '../render/diagnostics';

export interface CheckJson {
  ok: boolean;
  file: string;
  verifica: string | null;
  counts: { errors: number; warnings: number };
  diagnostics: { severity: string; code: string; sheet: string | null; cell: string | null; message: string }[];
}

export function checkJson(file: string, analysis: Analysis): CheckJson {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    ok: errors === 0,
    file,
    verifica: analysis.verifica,
    counts: { errors, warnings: analysis.diagnostics.length - errors },
    diagnostics: analysis.diagnostics.map((d: Diagnostic) => ({
      severity: d.severity,
      code: d.code,
      sheet: d.sheet ?? null,
      cell: d.cell ?? null,
      message: d.message,
    })),
  };
}

/** First lines of the human output: which plan was read. */
export function planHeading(file: string, analysis: Analysis): string {
  const imp = analysis.piano.impostazioni;
  const parts = [`File: ${file}`];
  if (imp.ente) parts.push(imp.ente);
  if (imp.anno !== null) parts.push(`anno ${imp.anno}`);
  const verifica = analysis.verifica ? `Verifica ${analysis.verifica}. ` : '';
  return `${parts.join(' — ')}\n${verifica}Obiettivi letti: ${analysis.piano.obiettivi.length}\n\n`;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('controlla il piano ed elenca errori e avvisi, con foglio e cella')
    .usage('[opzioni] [file.xlsx|cartella ...]')
    .argument('[file...]', 'una o più cartelle di lavoro, o cartelle che le contengono (senza: il piano di esempio)')
    .option('--json', 'stampa un oggetto JSON invece del testo')
    .option('--verifica <momento>', 'controlla i valori raggiunti per la verifica "intermedia" o "finale"')
    .action(async (files: string[], opts: { json?: boolean; verifica?: string }) => {
      const io = currentIO();
      const verifica = parseVerifica(opts.verifica);
      if (wantsMany(files)) return runMany(io, files, { verifica, json: Boolean(opts.json) }, checkJson);
      const file = files[0];
      const loaded = await loadAnalysis(io, file, { verifica, json: Boolean(opts.json) });
      const result = checkJson(loaded.file, loaded.analysis);
      if (opts.json) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      } else {
        io.stdout(planHeading(loaded.file, loaded.analysis) + renderDiagnostics(loaded.analysis.diagnostics));
        if (!result.ok) io.stderr(`Il piano ha ${countLine(result.counts.errors, result.counts.warnings)}: correggi gli errori e riprova.\n`);
      }
      reportExit(result.ok ? EXIT_OK : EXIT_ERRORS);
    });
}
