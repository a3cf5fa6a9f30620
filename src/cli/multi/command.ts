/**
 * `peg check` / `peg summary` on several files or folders (docs/cli.md#molti-file-e-cartelle): a table, one line per file,
 * and a total; with `--json`, an array of the single-file objects, an unread file being
 * `{ ok: false, file, error }`. The exit status is the worst of the files.
 */
import type { Analysis, MomentoVerifica } from '../../core/results';
import { UsageError } from '../errors';
import { reportExit } from '../exit';
import type { CliIO } from '../io';
import { renderMany } from './render';
import { isRead, readMany, worstExit } from './run';
import { expandTargets } from './targets';

export interface UnreadJson {
  ok: false;
  file: string;
  error: string;
}

export async function runMany(
  io: CliIO,
  args: string[],
  opts: { verifica: MomentoVerifica | null; json: boolean },
  /** The single-file `--json` object of the command, so both forms stay the same. */
  toJson: (file: string, analysis: Analysis) => object,
): Promise<void> {
  const targets = expandTargets(args);
  for (const note of targets.notes) io.stderr(`${note}\n`);
  if (targets.files.length === 0) {
    throw new UsageError('Nessuna cartella di lavoro da controllare: indica file .xlsx, .xlsm, .ods o .xls, o una cartella che li contiene.');
  }
  const outcomes = await readMany(io, targets.files, opts);
  if (opts.json) {
    const list = outcomes.map((o): object =>
      isRead(o) ? toJson(o.file, o.analysis) : ({ ok: false, file: o.file, error: o.failure } satisfies UnreadJson),
    );
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  } else {
    io.stdout(renderMany(outcomes));
  }
  reportExit(worstExit(outcomes));
}
