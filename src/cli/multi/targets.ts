/**
 * Which workbooks a `peg check` / `peg summary` run covers: the files named on the command line
 * and the workbooks found directly inside the folders named (docs/cli.md#molti-file-e-cartelle).
 */
import { readdirSync, statSync } from 'fs';
import * as path from 'path';
import { excelLockFileOf } from '../../xlsx/sniff';

/** The workbook formats a folder scan picks up (the reader tells each one apart by content). */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.ods', '.xls'] as const;

export interface Targets {
  /** Files to read, in the order given (a folder's files sorted by name). */
  files: string[];
  /** Italian lines for the user about what was skipped, one per skipped item. */
  notes: string[];
}

function isWorkbookName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function scanFolder(dir: string, out: Targets): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    out.notes.push(`Cartella ${dir}: non è leggibile, saltata.`);
    return;
  }
  const found: string[] = [];
  for (const name of names.sort((a, b) => a.localeCompare(b, 'it'))) {
    if (!isWorkbookName(name)) continue;
    const full = path.join(dir, name);
    if (isDirectory(full)) continue;
    // Excel's owner file: `~$piano.xlsx` exists while `piano.xlsx` is open in Excel.
    const original = excelLockFileOf(name);
    if (original !== null) {
      out.notes.push(
        `${full}: saltato, è il file temporaneo che Excel crea mentre ${original} è aperto.`,
      );
      continue;
    }
    found.push(full);
  }
  if (found.length === 0) out.notes.push(`Cartella ${dir}: nessun file .xlsx, .xlsm, .ods o .xls.`);
  out.files.push(...found);
}

/**
 * Expands the arguments. A file named explicitly is always kept (even a lock file or an odd
 * extension): reading it gives the user the precise message for that file.
 */
export function expandTargets(args: string[]): Targets {
  const out: Targets = { files: [], notes: [] };
  for (const arg of args) {
    if (isDirectory(arg)) scanFolder(arg, out);
    else out.files.push(arg);
  }
  return out;
}

/** True when the arguments ask for the many-workbook table rather than one plan's report. */
export function wantsMany(args: string[]): boolean {
  return args.length > 1 || (args.length === 1 && isDirectory(args[0]));
}
