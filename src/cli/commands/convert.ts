/**
 * `peg convert <schede.xlsx> [-o <out.xlsx>]`: reads the schede obiettivo and writes the
 * canonical register sheets (Obiettivi, Fasi, Indicatori, Personale, Verifiche, Impostazioni)
 * next to them, in a new file by default (`<name>.registro.xlsx`). The schede are not touched.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { describeLayout } from '../../core/layout';
import { findSheet } from '../../core/read/sheets';
import { readWorkbook, type WorkbookRead } from '../../core/schede/merge';
import { planConversion } from '../../core/schede/to-register';
import { sortDiagnostics } from '../../core/diagnostics';
import { openWorkbookPackage } from '../../xlsx/package/open';
import { editPackage } from '../../xlsx/write/editPackage';

import { readWorkbookGrid } from '../../xlsx/read';
import { readWorkbookBytes } from '../../xlsx/readFile';
import { writeFailureOf, writeFileAtomic } from '../../xlsx/atomicWrite';
import { CliError } from '../errors';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { createProgress } from '../progress';
import { countLine, renderDiagnostics } from '../render/diagnostics';

/** `piano.xlsx` → `piano.registro.xlsx`, in the same folder. */
export function defaultConvertOutput(file: string): string {
  const ext = path.extname(file);
  const base = ext.toLowerCase() === '.xlsx' ? file.slice(0, -ext.length) : file;
  return `${base}.registro.xlsx`;
}

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('converte le schede obiettivo nei fogli del registro (Obiettivi, Fasi, Indicatori…), accanto alle schede')
    .usage('[opzioni] <schede.xlsx>')
    .argument('<file>', 'la cartella di lavoro .xlsx con le schede obiettivo')
    .option('-o, --output <file>', 'il file da scrivere (predefinito: <nome>.registro.xlsx)')
    .action(async (file: string, opts: { output?: string }) => {
      const io = currentIO();
      const output = opts.output ?? defaultConvertOutput(file);
      if (path.extname(output).toLowerCase() !== '.xlsx') {
        throw new CliError(`Il file di uscita deve avere estensione .xlsx: ${output}`);
      }
      const progress = createProgress(io, 3, true);
      let created: string[];
      let read: WorkbookRead;
      try {
        progress.step(0, 'lettura del file');
        const bytes = await readWorkbookBytes(file);
        const grid = await readWorkbookGrid(bytes, { name: file });
        progress.step(1, 'lettura delle schede');
        read = readWorkbook(grid);
        // Wrong input (no schede, or already a register) is exit 2 like the other commands: 1 means "il piano ha errori".
        if (read.layout.schede === 0) {
          throw new CliError(`Nessuna scheda obiettivo trovata in ${file}: niente da convertire (le schede iniziano con un'intestazione come "ANNO 2025 - Obiettivo n° 1 PESO: 10").`);
        }
        if (read.layout.registerSheet !== null) {
          throw new CliError(`${file} ha già il foglio del registro «${read.layout.registerSheet}»: la conversione non viene ripetuta. Usa \`peg check\` per controllare il piano.`);
        }
        const plan = planConversion(read.piano, {
          existingSheets: grid.sheets.map((s) => s.name),
          withImpostazioni: findSheet(grid, 'Impostazioni') === null,
        });
        progress.step(2, 'scrittura del registro');
        // The register sheets are added to the user's package: the schede stay byte for byte.
        const edited = editPackage(openWorkbookPackage(new Uint8Array(bytes), file), plan, { rebuilt: [] });
        created = edited.report.created;
        await writeFileAtomic(output, edited.bytes).catch((e: unknown) => {
          throw new CliError(writeFailureOf(output, e).message);
        });
        progress.step(3, 'fatto');
      } finally {
        progress.stop();
      }
      const diagnostics = sortDiagnostics(read.diagnostics);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      io.stdout(`${describeLayout(read.layout)}\n`);
      io.stdout(`Obiettivi convertiti: ${read.piano.obiettivi.length}. Fogli aggiunti: ${created.join(', ')}.\n`);
      io.stdout(`File scritto: ${output}\nPer controllare pesi e indicatori: peg check ${/\s/.test(output) ? `"${output}"` : output}\n`);
      if (diagnostics.length > 0) {
        io.stdout(`\n${renderDiagnostics(diagnostics)}`);
        io.stderr(`Le schede hanno ${countLine(errors, diagnostics.length - errors)}: sono state convertite così come sono; correggi gli errori nei fogli del registro.\n`);
      }
      reportExit(errors > 0 ? EXIT_ERRORS : EXIT_OK);
    });
}
