/**
 * Finds the core's sheet planner (grid → model → rules → **plans**) without a static import, so
 * the benchmark compiles and runs while the plans are still being written.
 */
import { sortDiagnostics } from '../core/diagnostics';
import type { WorkbookGrid } from '../core/grid';
import type { ReadResult } from '../core/read';
import type { Analysis } from '../core/results';
import type { Evaluation } from '../core/rules';
import { Unavailable, tryRequire } from './optional';

export type Planner = (grid: WorkbookGrid, read: ReadResult, evaluation: Evaluation) => unknown;

type PlanFn = (analysis: Analysis, grid?: WorkbookGrid) => unknown;

/** Whole-workbook entry points, by the names the plans may export. */
const WHOLE = ['planBuild', 'planWorkbook', 'buildWorkbookPlan', 'planBuild', 'buildPlan', 'workbookPlan', 'makeWorkbookPlan'];
/** Per-part planners, used together when no whole-workbook entry exists yet; true: takes the grid. */
const PARTS: [string, string[], boolean][] = [
  ['cronoprogramma', ['planCronoprogramma'], false],
  ['riepilogo', ['planRiepilogo'], true],
  ['schede', ['planSchede'], false],
  ['columns', ['planColumns', 'planColumnWrites'], true],
];

export function toAnalysis(read: ReadResult, evaluation: Evaluation): Analysis {
  return {
    piano: read.piano,
    verifica: null,
    diagnostics: sortDiagnostics([...read.diagnostics, ...evaluation.diagnostics]),
    obiettivi: evaluation.obiettivi,
    settori: evaluation.settori,
    ente: evaluation.ente,
  };
}

function partPlanners(): PlanFn[] {
  const found: PlanFn[] = [];
  for (const [file, names, takesGrid] of PARTS) {
    let mod: Record<string, unknown>;
    try {
      mod = tryRequire(`../core/plans/${file}`);
    } catch {
      continue;
    }
    const name = names.find((n) => typeof mod[n] === 'function');
    if (!name) continue;
    const fn = mod[name] as PlanFn;
    found.push(takesGrid ? fn : (analysis) => fn(analysis));
  }
  return found;
}

export function loadPlanner(): Planner {
  let index: Record<string, unknown> = {};
  try {
    index = tryRequire('../core/plans');
  } catch {
    // No index yet: the parts alone may be there.
  }
  const whole = WHOLE.find((n) => typeof index[n] === 'function');
  if (whole) {
    const fn = index[whole] as PlanFn;
    return (grid, read, evaluation) => fn(toAnalysis(read, evaluation), grid);
  }
  const parts = partPlanners();
  if (parts.length === 0) throw new Unavailable('piani dei fogli non ancora presenti (src/core/plans)');
  return (grid, read, evaluation) => {
    const analysis = toAnalysis(read, evaluation);
    return parts.map((p) => p(analysis, grid));
  };
}
