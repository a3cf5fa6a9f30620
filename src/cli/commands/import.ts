/**
 * `peg import <file.docx> [-o <registro.xlsx>]`: reads the objectives of a PIAO / PEG written in
 * Word and writes the canonical register (Obiettivi, Fasi, Impostazioni…) into a NEW workbook,
 * then prints what it found and what it could not read. Never overwrites a file.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import type { Diagnostic, Severity } from '../../core/diagnostics';
import { importBlocks, summaryLines } from '../../core/import';
import { DocxReadError, readDocxBlocks } from '../../xlsx/docx';
import { registerWorkbookBytes } from '../../xlsx/docx/register';
import { writeFileAtomic } from '../../xlsx/atomicWrite';
import { CliError, UsageError } from '../errors';
import { EXIT_ERRORS, EXIT_OK, reportExit } from '../exit';
import { currentIO } from '../io';
import { pathExists } from '../pathExists';

/** Word documents above this size are refused before reading (a plan's text is a few megabytes). */
const MAX_DOCX_BYTES = 100 * 1024 * 1024;

/** `piano.docx` → `piano.registro.xlsx`, in the same folder. */
export function defaultImportOutput(file: string): string {
  const ext = path.extname(file);
  return `${ext ? file.slice(0, -ext.length) : file}.registro.xlsx`;
}


async function readBytes(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new CliError(`"${file}" è una cartella, non un documento: indica un file .docx.`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Il file "${file}" non esiste o non si può aprire: controlla il nome e la cartella.`);
  }
  if (size > MAX_DOCX_BYTES) throw new DocxReadError('troppo-grande', file);
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch {
    throw new CliError(`Il file "${file}" non si può leggere: permesso negato. Controlla i permessi o chiudi il programma che lo blocca.`);
  }
}

const SEVERITY: Record<Severity, string> = { error: 'ERRORE', warning: 'AVVISO' };

/** One line each, in the document's order: the message already names the place in the document. */
export function renderImportDiagnostics(list: Diagnostic[]): string {
  return list.map((d) => `${SEVERITY[d.severity]} [${d.code}] ${d.message}\n`).join('');
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('legge gli obiettivi di un documento Word (.docx) e scrive il registro in una nuova cartella di lavoro')
    .usage('[opzioni] <documento.docx>')
    .argument('<file>', 'il documento Word .docx con gli obiettivi (settori, «Obiettivo n.», OGGETTO, tabelle)')
    .option('-o, --output <file>', 'la cartella di lavoro da creare (predefinito: <nome>.registro.xlsx)')
    .action(async (file: string, opts: { output?: string }) => {
      const io = currentIO();
      const output = opts.output ?? defaultImportOutput(file);
      if (path.extname(output).toLowerCase() !== '.xlsx') throw new UsageError(`Il file da creare deve avere estensione .xlsx: "${output}".`);
      if (await pathExists(output)) throw new UsageError(`Il file ${output} esiste già: scegli un altro nome con -o (non lo sovrascrivo).`);
      let result;
      try {
        result = importBlocks(await readDocxBlocks(await readBytes(file), file));
      } catch (e) {
        if (e instanceof DocxReadError) throw new CliError(e.message, EXIT_ERRORS);
        throw e;
      }
      const { piano, summary, diagnostics } = result;
      if (piano.obiettivi.length === 0) {
        io.stdout(renderImportDiagnostics(diagnostics));
        throw new CliError(`Nessun obiettivo trovato in ${file}: il registro non viene scritto.`, EXIT_ERRORS);
      }
      await writeFileAtomic(output, await registerWorkbookBytes(piano));
      io.stdout(`${summaryLines(summary).join('\n')}\n`);
      if (piano.impostazioni.ente || piano.impostazioni.anno) {
        io.stdout(`Impostazioni: ${[piano.impostazioni.ente ? `ente ${piano.impostazioni.ente}` : null, piano.impostazioni.anno ? `anno del piano ${piano.impostazioni.anno}` : null].filter(Boolean).join(', ')}.\n`);
      }
      if (diagnostics.length > 0) io.stdout(`\n${renderImportDiagnostics(diagnostics)}`);
      const q = /\s/.test(output) ? `"${output}"` : output;
      io.stdout(`\nFile scritto: ${output}\nScrivi i pesi nel foglio Obiettivi, poi: peg check ${q}\n`);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      reportExit(errors > 0 ? EXIT_ERRORS : EXIT_OK);
    });
}
