/**
 * One core measurement in a fresh process (so peak RSS and JIT state belong to this size alone):
 * `node --expose-gc lib/bench/coreWorker.js <N> <runs>`. Prints one JSON object on stdout.
 */
import type { WorkbookGrid } from '../core/grid';
import { readRegister } from '../core/read';
import { evaluate } from '../core/rules';
import { generatePlan } from './generate';
import { loadPlanner, type Planner } from './planner';
import { MB, elapsedMs, gc, median } from './stats';
import { reasonOf } from './optional';

export interface CoreRun {
  readMs: number;
  rulesMs: number;
  plansMs: number | null;
  totalMs: number;
  /** CPU time (user + system) of the run: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Heap used right after the run (garbage included) minus the heap before it. */
  heapDeltaMb: number;
  /** Heap still held by the results after a full GC. */
  retainedMb: number;
}

export interface CoreMeasurement {
  n: number;
  generateMs: number;
  diagnostics: { errors: number; warnings: number };
  /** The first run in a fresh process: what one `peg check` pays. */
  cold: CoreRun;
  /** Median of the following runs (JIT warmed up): the steady cost, used for the growth ratio. */
  warm: CoreRun;
  plansUnavailable: string | null;
  rssBeforeMb: number;
  rssPeakMb: number;
}

function runOnce(grid: WorkbookGrid, planner: Planner | null): { run: CoreRun; keep: unknown; diag: CoreMeasurement['diagnostics'] } {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const read = readRegister(grid);
  const readMs = elapsedMs(t0);
  const t1 = process.hrtime.bigint();
  const evaluation = evaluate(read.piano, { verifica: null });
  const rulesMs = elapsedMs(t1);
  let plansMs: number | null = null;
  let plans: unknown = null;
  if (planner) {
    const t2 = process.hrtime.bigint();
    plans = planner(grid, read, evaluation);
    plansMs = elapsedMs(t2);
  }
  const totalMs = elapsedMs(t0);
  const cpu = process.cpuUsage(cpu0);
  const heapAfter = process.memoryUsage().heapUsed;
  const keep = [read, evaluation, plans];
  gc();
  const retained = process.memoryUsage().heapUsed;
  const all = [...read.diagnostics, ...evaluation.diagnostics];
  return {
    run: {
      readMs, rulesMs, plansMs, totalMs, cpuMs: (cpu.user + cpu.system) / 1000,
      heapDeltaMb: (heapAfter - heapBefore) / MB,
      retainedMb: (retained - heapBefore) / MB,
    },
    keep,
    diag: { errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length },
  };
}

function medianRun(runs: CoreRun[]): CoreRun {
  const pick = (f: (r: CoreRun) => number | null) => {
    const xs = runs.map(f).filter((x): x is number => x !== null);
    return xs.length ? median(xs) : null;
  };
  return {
    readMs: pick((r) => r.readMs)!, rulesMs: pick((r) => r.rulesMs)!, plansMs: pick((r) => r.plansMs),
    totalMs: pick((r) => r.totalMs)!, cpuMs: pick((r) => r.cpuMs)!, heapDeltaMb: pick((r) => r.heapDeltaMb)!, retainedMb: pick((r) => r.retainedMb)!,
  };
}

export function measureCore(n: number, runs: number): CoreMeasurement {
  const t = process.hrtime.bigint();
  const { grid } = generatePlan({ obiettivi: n });
  const generateMs = elapsedMs(t);
  let planner: Planner | null = null;
  let plansUnavailable: string | null = null;
  try {
    planner = loadPlanner();
  } catch (err) {
    plansUnavailable = reasonOf(err);
  }
  gc();
  const rssBeforeMb = process.memoryUsage().rss / MB;
  let first;
  try {
    first = runOnce(grid, planner);
  } catch (err) {
    // The plans may be the only part still missing: measure the rest rather than nothing.
    if (!planner) throw err;
    plansUnavailable = `piani: ${reasonOf(err)}`;
    planner = null;
    first = runOnce(grid, null);
  }
  const warm: CoreRun[] = [];
  for (let i = 0; i < runs; i++) warm.push(runOnce(grid, planner).run);
  return {
    n,
    generateMs,
    diagnostics: first.diag,
    cold: first.run,
    warm: medianRun(warm),
    plansUnavailable,
    rssBeforeMb,
    rssPeakMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 1000);
  const runs = Number(process.argv[3] ?? 5);
  try {
    process.stdout.write(JSON.stringify({ ok: true, result: measureCore(n, runs) }));
  } catch (err) {
    process.stdout.write(JSON.stringify({ ok: false, reason: reasonOf(err) }));
  }
}
