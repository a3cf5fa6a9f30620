/**
 * `peg build` on bytes (browser-safe, shared by the CLI and the standalone page): open the
 * package → read the grid → analyse → plan → edit the package. One read, no document model.
 */
import { analyze } from '../../core/analyze';
import type { WorkbookGrid } from '../../core/grid';
import { planBuild, type BuildOptions, type BuildPlanResult } from '../../core/plans/build';
import { BUILD_PARTS } from '../../core/plans/types';
import type { Analysis, MomentoVerifica } from '../../core/results';
import { openWorkbookPackage } from '../package/open';
import { gridOfPackage } from '../read';
import { editPackage, rebuiltKinds, type EditReport } from './editPackage';
import { takeCompressMs } from './zipWriter';

export interface BuildFileOptions extends BuildOptions {
  verifica?: MomentoVerifica | null;
  /** File name for messages. */
  name?: string;
}

/** Milliseconds spent in each step (the bench reports the split). */
export interface BuildTimings {
  read: number;
  core: number;
  /** Writing the XML of generated sheets and edited parts. */
  serialize: number;
  /** Deflating it. */
  compress: number;
}

export interface BuildFileResult {
  bytes: Uint8Array;
  analysis: Analysis;
  grid: WorkbookGrid;
  planned: BuildPlanResult;
  applied: EditReport;
  timings: BuildTimings;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function buildWorkbookBytes(input: Uint8Array | ArrayBuffer, opts: BuildFileOptions = {}): BuildFileResult {
  const name = opts.name ?? 'cartella di lavoro';
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const t0 = now();
  const opened = openWorkbookPackage(bytes, name);
  const grid = gridOfPackage(opened);
  const t1 = now();
  const analysis = analyze(grid, { verifica: opts.verifica ?? null });
  const planned = planBuild(analysis, grid, opts);
  const t2 = now();
  const parts = opts.only && opts.only.length > 0 ? opts.only : BUILD_PARTS;
  takeCompressMs();
  const edited = editPackage(opened, planned.plan, { rebuilt: rebuiltKinds(planned.plan, parts) });
  const compress = takeCompressMs();
  const t3 = now();
  return {
    bytes: edited.bytes,
    analysis,
    grid,
    planned,
    applied: edited.report,
    timings: { read: t1 - t0, core: t2 - t1, serialize: t3 - t2 - compress, compress },
  };
}
