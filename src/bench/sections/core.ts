import { spawnSync } from 'child_process';
import path from 'path';
import type { CoreMeasurement } from '../coreWorker';
import { errorLine } from '../optional';
import type { BenchContext, Section } from './types';

export interface CoreSection {
  sizes: CoreMeasurement[];
  /** warm total(10,000) / warm total(1,000): 10 would be exactly linear. */
  growth1kTo10k: number | null;
  /** The same on CPU time: steadier when other work shares the machine. */
  cpuGrowth1kTo10k: number | null;
}

/** Runs each size in its own process: peak RSS and JIT warm-up then belong to that size alone. */
export function runCore(ctx: BenchContext, sizes: number[]): Section<CoreSection> {
  const worker = path.join(__dirname, '..', 'coreWorker.js');
  const out: CoreMeasurement[] = [];
  for (const n of sizes) {
    ctx.log(`core: ${n} obiettivi…`);
    const res = spawnSync(process.execPath, ['--expose-gc', worker, String(n), ctx.quick ? '2' : '5'], {
      encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    let parsed: { ok: true; result: CoreMeasurement } | { ok: false; reason: string };
    try {
      parsed = JSON.parse(res.stdout);
    } catch {
      return { ok: false, reason: `processo di misura fallito: ${errorLine(res.stderr || '') || `codice ${res.status}`}` };
    }
    if (!parsed.ok) return { ok: false, reason: parsed.reason };
    out.push(parsed.result);
  }
  const ratio = (f: (m: CoreMeasurement) => number) => {
    const a = out.find((m) => m.n === 1000);
    const b = out.find((m) => m.n === 10000);
    return a && b ? f(b) / f(a) : null;
  };
  return {
    ok: true,
    data: { sizes: out, growth1kTo10k: ratio((m) => m.warm.totalMs), cpuGrowth1kTo10k: ratio((m) => m.warm.cpuMs) },
  };
}
