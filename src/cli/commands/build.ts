/** `peg build <file> [-o out] [--in-place] [--only …]` (docs/cli.md#peg-build): generated sheets and computed columns. */
import * as path from 'path';
import type { Command } from 'commander';
import type { CronoMode } from '../../core/plans/cronoprogramma';
import { BUILD_PARTS, type BuildPart } from '../../core/plans/types';
import { promises as fs } from 'fs';
import { readWorkbookBytes } from '../../xlsx/readFile';
import { WriteFailure, writeFailureOf, writeFileAtomic, writeInPlace, writeNumberedBackup } from '../../xlsx/atomicWrite';
import { openWorkbookPackage } from '../../xlsx/package/open';
import { markersOf } from '../../core/plans/markers';
import { buildWorkbookBytes, type BuildFileResult } from '../../xlsx/write/build';

import { buildLegacyWorkbook } from '../../xlsx/write/legacyBuild';
import { isLegacyFormat } from '../../xlsx/legacy/detect';
import { readWorkbookGrid } from '../../xlsx/read';

import { CliError, UsageError } from '../errors';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { parseVerifica } from '../options';
import { createProgress } from '../progress';
import { countLine } from '../render/diagnostics';
import { pathExists } from '../pathExists';

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

/** `piano.xlsx` → `piano.elaborato.xlsx` next to the original; an `.xlsm` stays `.xlsm` (its macros are kept). */
export function siblingPath(file: string, suffix: string): string {
  const ext = path.extname(file);
  // .xls and .ods are read, but the result is always an .xlsx (or .xlsm for an .xlsm).
  const known = /^\.(xls[xm]?|ods)$/i.test(ext);
  const base = known ? file.slice(0, -ext.length) : file;
  return `${base}.${suffix}${known && ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx'}`;
}

/** True when `file` is a workbook this tool wrote (it carries generated-sheet markers). */
async function writtenByUs(file: string): Promise<boolean> {
  try {
    const bytes = new Uint8Array(await fs.readFile(file));
    const { workbook } = openWorkbookPackage(bytes, file);
    return markersOf(workbook.definedNames.map((d) => ({ name: d.name, formula: d.text, sheetScoped: d.localSheetId !== undefined }))).length > 0;
  } catch {
    return false;
  }
}

export function renderBuildReport(out: string, r: BuildFileResult, backup: string | null): string {
  const lines = [`Scritto il file ${out}`];
  if (backup) lines.push(`Copia dell'originale: ${backup}`);
  const a = r.applied;
  for (const s of a.created) {
    const free = a.freeNames.find((f) => f.name === s);
    lines.push(`  + ${s} (nuovo foglio${free ? `: «${free.takenBy}» è un foglio dell'utente, lasciato intatto` : ''})`);
  }
  for (const s of a.replaced) lines.push(`  ↻ ${s} (rigenerato)`);
  for (const s of a.removed) lines.push(`  − ${s} (rimosso: non più previsto)`);
  for (const k of a.kept) {
    const why = k.reason === 'copia' ? 'copia di un foglio generato' : `foglio generato rinominato${k.given ? ` (era «${k.given}»)` : ''}`;
    lines.push(`  ! ${k.name}: ${why}, ora dell'utente: lasciato intatto`);
  }
  for (const c of a.columns) {
    const skipped = c.formulas > 0 ? `; ${c.formulas} celle con formule dell'utente lasciate intatte` : '';
    lines.push(`  ✎ ${c.sheet}: colonna «${c.header}» ${c.appended ? 'aggiunta' : 'aggiornata'} (${c.cells} celle${skipped})`);
  }
  for (const n of a.notes) lines.push(`  Nota: ${n}`);
  const cellFormulas = r.planned.weightKinds.filter((k) => k.kind === 'celle');
  if (cellFormulas.length > 0) {
    lines.push(
      `Nota: per ${cellFormulas.length} settori la somma dei pesi nel Riepilogo somma le celle Peso una per una ` +
        '(anni pluriennali, settori scritti in modi diversi o pesi scritti come testo): se si aggiungono obiettivi, rigenerare.',
    );
  }
  // Said here, not in the sheets: the Riepilogo is a document the Nucleo signs.
  if (r.planned.sheets.some((s) => s.kind === 'riepilogo' || s.kind === 'schede' || s.kind === 'individuale')) {
    lines.push(
      `Nota: percentuali e punteggi dei fogli generati sono calcolati alla verifica ${r.analysis.verifica ?? 'finale'} e scritti come valori: ` +
        'dopo aver cambiato valori raggiunti o impostazioni, rigenerare (la somma dei pesi invece è una formula e si aggiorna da sola).',
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
    .option('--in-place', "scrive nel file stesso, dopo averne fatto una copia numerata <nome>.bak.xlsx, <nome>.bak-2.xlsx…")
    .option('--force', 'sovrascrive <nome>.elaborato.xlsx anche se non è stato scritto da peg')
    .option('--only <parti>', `solo alcune parti: ${BUILD_PARTS.join(',')}`)
    .option('--cronoprogramma <modo>', '"blocchi" (un foglio per anno, predefinito) o "fogli" (un foglio per settore)')
    .option('--verifica <momento>', 'usa i valori della verifica "intermedia" o "finale"')
    .action(async (file: string, opts: { output?: string; inPlace?: boolean; force?: boolean; only?: string; cronoprogramma?: string; verifica?: string }) => {
      const io = currentIO();
      if (opts.output && opts.inPlace) throw new UsageError('Usa --in-place oppure -o, non entrambi.');
      const only = parseOnly(opts.only);
      const mode = parseMode(opts.cronoprogramma);
      const verifica = parseVerifica(opts.verifica);
      const out = opts.inPlace ? file : (opts.output ?? siblingPath(file, 'elaborato'));
      if (!opts.inPlace && path.resolve(out) === path.resolve(file)) {
        throw new UsageError('Il file di uscita coincide con quello di partenza: usa --in-place per scrivere nel file stesso.');
      }
      if (!opts.inPlace && !opts.output && !opts.force && (await pathExists(out)) && !(await writtenByUs(out))) {
        throw new UsageError(`«${out}» esiste e non è stato scritto da peg: non lo sovrascrivo. Usa -o per un altro nome, oppure --force.`);
      }
      const progress = createProgress(io, 3, true);
      let result: BuildFileResult;
      let backup: string | null = null;
      try {
        progress.step(0, 'lettura del file');
        const input = await readWorkbookBytes(file);
        progress.step(1, 'creazione dei fogli');
        if (isLegacyFormat(input)) {
          // .xls / .ods: a new .xlsx beside them, never the file itself.
          if (opts.inPlace) throw new UsageError(`«${file}» è un file .xls o .ods: peg build scrive un nuovo .xlsx accanto (togli --in-place).`);
          result = buildLegacyWorkbook(await readWorkbookGrid(input, { name: file }), { only, cronoprogramma: mode, verifica, name: file });
        } else {
          result = buildWorkbookBytes(input, { only, cronoprogramma: mode, verifica, name: file });
        }
        progress.step(2, 'scrittura');
        if (opts.inPlace) {
          backup = await writeNumberedBackup(file, input);
          try {
            await writeInPlace(file, input, result.bytes);
          } catch (e) {
            // Nothing changed: the backup of an untouched file is not needed.
            await fs.rm(backup, { force: true }).catch(() => undefined);
            throw e;
          }
        } else {
          await writeFileAtomic(out, result.bytes).catch((e: unknown) => {
            throw writeFailureOf(out, e);
          });
        }
        progress.step(3, 'fatto');
      } catch (e) {
        if (e instanceof WriteFailure) throw new CliError(e.message);
        throw e;
      } finally {
        progress.stop();
      }
      io.stdout(renderBuildReport(out, result, backup));
      // For `npm run bench`: how the time splits (read / core / serialize / compress).
      if (process.env.PEG_BENCH_TIMINGS) io.stderr(`PEG_TIMINGS ${JSON.stringify(result.timings)}\n`);
      const errors = result.analysis.diagnostics.filter((d) => d.severity === 'error').length;
      if (errors > 0) {
        io.stderr(`Il piano ha ${countLine(errors, result.analysis.diagnostics.length - errors)}: i fogli sono stati creati, ma controlla con \`peg check ${file}\`.\n`);
      }
      reportExit(errors > 0 ? EXIT_ERRORS : EXIT_OK);
    });
}
