/**
 * Reading many workbooks in one run: each file is read and analysed on its own, and a file that
 * cannot be read becomes one outcome with its Italian message instead of ending the run.
 */
import type { Analysis, MomentoVerifica } from '../../core/results';
import { describeFailure } from '../errors';
import { EXIT_ERRORS, EXIT_OK, type ExitStatus } from '../exit';
import type { CliIO } from '../io';
import { loadAnalysis } from '../load';
import { createProgress } from '../progress';

export type FileOutcome =
  | { file: string; analysis: Analysis; errors: number; warnings: number; exit: ExitStatus }
  | { file: string; failure: string; exit: ExitStatus };

export function isRead(o: FileOutcome): o is Extract<FileOutcome, { analysis: Analysis }> {
  return 'analysis' in o;
}

export async function readMany(
  io: CliIO,
  files: string[],
  opts: { verifica: MomentoVerifica | null; json: boolean },
): Promise<FileOutcome[]> {
  const progress = createProgress(io, files.length, !opts.json);
  const outcomes: FileOutcome[] = [];
  try {
    for (const [i, file] of files.entries()) {
      progress.step(i, `file ${i + 1} di ${files.length}`);
      try {
        // `json: true` keeps the per-file progress bar quiet: this run draws its own.
        const loaded = await loadAnalysis(io, file, { verifica: opts.verifica, json: true });
        const errors = loaded.analysis.diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = loaded.analysis.diagnostics.length - errors;
        outcomes.push({ file, analysis: loaded.analysis, errors, warnings, exit: errors > 0 ? EXIT_ERRORS : EXIT_OK });
      } catch (e) {
        const { message, exitCode } = describeFailure(e);
        outcomes.push({ file, failure: message, exit: exitCode });
      }
    }
    progress.step(files.length, 'fatto');
  } finally {
    progress.stop();
  }
  return outcomes;
}

/** The run's exit status: the worst of the files (docs/cli.md#molti-file-e-cartelle). */
export function worstExit(outcomes: FileOutcome[]): ExitStatus {
  return outcomes.reduce<ExitStatus>((w, o) => (o.exit > w ? o.exit : w), EXIT_OK);
}
