/** `peg build <file> [-o out] [--in-place] [--only …]` (cli.md): generated sheets and computed columns. */
import * as path from 'path';
import type { Command } from 'commander';
import type { CronoMode } from '../../core/plans/cronoprogramma';
import { BUILD_PARTS, type BuildPart } from '../../core/plans/types';
import { readWorkbookBytes } from '../../xlsx/readFile';
import { writeFileAtomic } from '../../xlsx/atomicWrite';
import { buildWorkbookBytes, type BuildFileResult } from '../../xlsx/plan/build';
import { UsageError } from '../errors';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { parseVerifica } from '../options';
import { createProgress } from '../progress';
import { countLine } from '../render/diagnostics';

export function parseOnly(value: string | undefined): BuildPart[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
  const wrong = parts.filter((p) => !(BUILD_PARTS as string[]).includes(p));
  if (parts.length === 0 || wrong.length > 0) {
    throw new UsageError(`Valore non valido per --only: "${value}". Usa uno o più tra ${BUILD_PARTS.join(', ')}, separati da virgole.`);
  }
  return [...new Set(parts)] as BuildPart[];
}

function parseMode(value: string | undefined): CronoMode | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'blocchi' || v === 'fogli') return v;
  throw new UsageError(`Valore non valido per --cronoprogramma: "${value}". Usa "blocchi" oppure "fogli".`);
}

/** `piano.xlsx` → `piano.elaborato.xlsx` (or `.bak.xlsx`), next to the original. */
export function siblingPath(file: string, suffix: string): string {
  const ext = path.extname(file);
  const base = ext.toLowerCase() === '.xlsx' ? file.slice(0, -ext.length) : file;
  return `${base}.${suffix}.xlsx`;
}

export function renderBuildReport(out: string, r: BuildFileResult, backup: string | null): string {
  const lines = [`Scritto il file ${out}`];
  if (backup) lines.push(`Copia dell'originale: ${backup}`);
  for (const s of r.applied.created) lines.push(`  + ${s} (nuovo foglio)`);
  for (const s of r.applied.replaced) lines.push(`  ↻ ${s} (rigenerato)`);
  for (const s of r.applied.removed) lines.push(`  − ${s} (rimosso: non più previsto)`);
  for (const s of r.applied.refused) lines.push(`  ! ${s}: foglio dell'utente, lasciato intatto`);
  for (const c of r.applied.columns) {
    lines.push(`  ✎ ${c.sheet}: colonna «${c.header}» ${c.appended ? 'aggiunta' : 'aggiornata'} (${c.cells} celle)`);
  }
  const cellFormulas = r.planned.weightKinds.filter((k) => k.kind === 'celle');
  if (cellFormulas.length > 0) {
    lines.push(
      `Nota: per ${cellFormulas.length} settori la somma dei pesi nel Riepilogo somma le celle Peso una per una ` +
        '(anni pluriennali, settori scritti in modi diversi o pesi scritti come testo): se si aggiungono obiettivi, rigenerare.',
    );
  }
  if (r.lost.length > 0) {
    lines.push(
      `Attenzione: il file scritto non contiene ${r.lost.join(', ')} presenti nell'originale ` +
        `(la libreria usata per i file non li conserva). ${backup ? `L'originale è salvato in ${backup}.` : "L'originale non è stato modificato."}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('crea Riepilogo, Cronoprogramma e Schede obiettivo e aggiorna le colonne calcolate')
    .usage('[opzioni] <file.xlsx>')
    .argument('<file>', 'la cartella di lavoro .xlsx')
    .option('-o, --output <file>', 'il file da scrivere (predefinito: <nome>.elaborato.xlsx)')
    .option('--in-place', "scrive nel file stesso, dopo averne fatto una copia <nome>.bak.xlsx")
    .option('--only <parti>', `solo alcune parti: ${BUILD_PARTS.join(',')}`)
    .option('--cronoprogramma <modo>', '"blocchi" (un foglio per anno, predefinito) o "fogli" (un foglio per settore)')
    .option('--verifica <momento>', 'usa i valori della verifica "intermedia" o "finale"')
    .action(async (file: string, opts: { output?: string; inPlace?: boolean; only?: string; cronoprogramma?: string; verifica?: string }) => {
      const io = currentIO();
      if (opts.output && opts.inPlace) throw new UsageError('Usa --in-place oppure -o, non entrambi.');
      const only = parseOnly(opts.only);
      const mode = parseMode(opts.cronoprogramma);
      const verifica = parseVerifica(opts.verifica);
      const out = opts.inPlace ? file : (opts.output ?? siblingPath(file, 'elaborato'));
      if (!opts.inPlace && path.resolve(out) === path.resolve(file)) {
        throw new UsageError('Il file di uscita coincide con quello di partenza: usa --in-place per scrivere nel file stesso.');
      }
      const progress = createProgress(io, 3, true);
      let result: BuildFileResult;
      let backup: string | null = null;
      try {
        progress.step(0, 'lettura del file');
        const input = await readWorkbookBytes(file);
        progress.step(1, 'creazione dei fogli');
        result = await buildWorkbookBytes(input, { only, cronoprogramma: mode, verifica, name: file });
        progress.step(2, 'scrittura');
        if (opts.inPlace) {
          backup = siblingPath(file, 'bak');
          await writeFileAtomic(backup, input);
        }
        await writeFileAtomic(out, result.bytes);
        progress.step(3, 'fatto');
      } finally {
        progress.stop();
      }
      io.stdout(renderBuildReport(out, result, backup));
      const errors = result.analysis.diagnostics.filter((d) => d.severity === 'error').length;
      if (errors > 0) {
        io.stderr(`Il piano ha ${countLine(errors, result.analysis.diagnostics.length - errors)}: i fogli sono stati creati, ma controlla con \`peg check ${file}\`.\n`);
      }
      reportExit(errors > 0 ? EXIT_ERRORS : EXIT_OK);
    });
}
