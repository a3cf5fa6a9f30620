/** Reading and analysing the workbook a command was given (or the bundled sample). */
import * as path from 'path';
import { analyze } from '../core/analyze';
import type { Analysis, MomentoVerifica } from '../core/results';
import { readWorkbookFile } from '../xlsx/readFile';
import type { CliIO } from './io';
import { createProgress } from './progress';
import { samplePath } from './samplePath';

export interface LoadedAnalysis {
  /** The path as the user gave it (or the sample's). */
  file: string;
  sample: boolean;
  analysis: Analysis;
}

export async function loadAnalysis(
  io: CliIO,
  file: string | undefined,
  opts: { verifica: MomentoVerifica | null; json: boolean },
): Promise<LoadedAnalysis> {
  const sample = file === undefined;
  const target = file ?? samplePath();
  // The sample is shown relative to where the user is, as if they had typed it.
  const relative = path.relative(process.cwd(), target);
  const shown = sample && relative && !relative.startsWith('..') ? relative : target;
  if (sample) io.stderr(`Nessun file indicato: uso il piano di esempio ${shown}\n`);
  const progress = createProgress(io, 2, !opts.json);
  try {
    progress.step(0, 'lettura del file');
    const grid = await readWorkbookFile(target);
    progress.step(1, 'analisi del piano');
    const analysis = analyze(grid, { verifica: opts.verifica });
    progress.step(2, 'fatto');
    return { file: shown, sample, analysis };
  } finally {
    progress.stop();
  }
}
