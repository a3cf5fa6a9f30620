import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { generatePlan } from '../generate';
import { errorLine } from '../optional';
import { median, MB } from '../stats';
import { writeGridXlsx } from '../xlsx';
import type { BenchContext, Section } from './types';

/** Wall and CPU time of one process, and its peak memory. */
export interface ProcessCost {
  wallMs: number;
  /** User + system CPU of the child; null where /usr/bin/time is missing. */
  cpuMs: number | null;
  maxRssMb: number | null;
}

export interface Variant {
  label: string;
  runs: ProcessCost[];
  wallMs: number;
  cpuMs: number | null;
  maxRssMb: number | null;
  /** Median wall time over the floor's. */
  ratio: number;
  /** Median CPU time over the floor's: steadier when other work shares the machine. */
  cpuRatio: number | null;
}

/** Median milliseconds of each step inside `peg build` (PEG_BENCH_TIMINGS). */
export interface BuildSplit {
  read: number;
  core: number;
  serialize: number;
  compress: number;
}

export interface BuildSize {
  n: number;
  fileMb: number;
  outMb: number | null;
  rounds: number;
  floor: Omit<Variant, 'ratio' | 'cpuRatio'>;
  /** `peg build` as a user runs it: every part. */
  build: Variant | { timedOut: number };
  /** `peg build --only colonne,cronoprogramma,riepilogo`: without the schede (one per objective). */
  noSchede: Variant | { timedOut: number };
  /** `peg check` on the same file, for the README (no target). */
  check: ProcessCost | null;
  /** Second floor: the parts peg build writes, deflated, the rest copied as stored. */
  deflateFloor: Omit<Variant, 'ratio' | 'cpuRatio'> | null;
  /** peg build's median wall time over the second floor's. */
  deflateRatio: number | null;
  split: BuildSplit | null;
}

export interface BuildSection {
  sizes: BuildSize[];
  timeoutS: number;
  skipped: { n: number; reason: string }[];
}

const TIME = '/usr/bin/time';
const TIMEOUT_S = 240;

class TimedOut extends Error {}

/** The step timings a `peg build` run printed (PEG_BENCH_TIMINGS). */
let lastTimings: BuildSplit | null = null;

function runProcess(ctx: BenchContext, args: string[], what: string, okStatus: number[] = [0]): ProcessCost {
  const useTime = fs.existsSync(TIME);
  const stats = path.join(ctx.tmp, 'time.txt');
  const [cmd, full] = useTime
    ? [TIME, ['-f', '%e %U %S %M', '-o', stats, process.execPath, ...args]]
    : [process.execPath, args];
  const t = process.hrtime.bigint();
  const res = spawnSync(cmd, full, {
    cwd: ctx.root,
    encoding: 'utf8',
    maxBuffer: 256 * MB,
    timeout: TIMEOUT_S * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, PEG_BENCH_TIMINGS: '1' },
  });
  const timings = /PEG_TIMINGS (\{.*\})/.exec(res.stderr ?? '');
  lastTimings = timings ? (JSON.parse(timings[1]) as BuildSplit) : null;
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (res.error && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new TimedOut(what);
  if (res.status === null || !okStatus.includes(res.status)) {
    throw new Error(`${what}: codice ${res.status}: ${errorLine(res.stderr ?? '') || 'nessun messaggio'}`);
  }
  if (!useTime) return { wallMs, cpuMs: null, maxRssMb: null };
  const line = fs.readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
  const [, user, sys, rssKb] = line.split(' ').map(Number);
  return { wallMs, cpuMs: (user + sys) * 1000, maxRssMb: rssKb / 1024 };
}

function summarize(label: string, runs: ProcessCost[]): Omit<Variant, 'ratio' | 'cpuRatio'> {
  const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
  const rss = runs.map((r) => r.maxRssMb).filter((x): x is number => x !== null);
  return { label, runs, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: cpu.length ? median(cpu) : null, maxRssMb: rss.length ? Math.max(...rss) : null };
}

function versus(v: Omit<Variant, 'ratio' | 'cpuRatio'>, floor: Omit<Variant, 'ratio' | 'cpuRatio'>): Variant {
  return { ...v, ratio: v.wallMs / floor.wallMs, cpuRatio: v.cpuMs !== null && floor.cpuMs ? v.cpuMs / floor.cpuMs : null };
}

/** Writes the synthetic workbook of `n` objectives once per run, reused by every section. */
export async function workbookFor(ctx: BenchContext, n: number): Promise<string> {
  const file = path.join(ctx.tmp, `piano-${n}.xlsx`);
  if (!fs.existsSync(file)) await writeGridXlsx(generatePlan({ obiettivi: n }).grid, file);
  return file;
}

export async function runBuild(ctx: BenchContext, sizes: number[]): Promise<Section<BuildSection>> {
  const cli = path.join(ctx.root, 'lib', 'cli', 'main.js');
  const floorJs = path.join(__dirname, '..', 'floor.js');
  if (!fs.existsSync(cli)) return { ok: false, reason: 'lib/cli/main.js assente (npm run build:cli)' };

  // Probe on the smallest plan: a build that fails here would fail at every size.
  const probeIn = await workbookFor(ctx, sizes[0]);
  try {
    runProcess(ctx, [cli, 'build', probeIn, '-o', path.join(ctx.tmp, 'probe.elaborato.xlsx')], 'peg build');
  } catch (err) {
    return { ok: false, reason: err instanceof TimedOut ? `peg build oltre ${TIMEOUT_S} s su ${sizes[0]} obiettivi` : (err as Error).message };
  }

  const out: BuildSize[] = [];
  const skipped: BuildSection['skipped'] = [];
  let full = true;
  let partial = true;
  for (const n of sizes) {
    const input = await workbookFor(ctx, n);
    const built = path.join(ctx.tmp, `piano-${n}.elaborato.xlsx`);
    const rounds = ctx.quick ? 1 : n >= 10000 ? 3 : 5;
    ctx.log(`peg build: ${n} obiettivi, ${rounds} giri…`);
    const runs = { floor: [] as ProcessCost[], build: [] as ProcessCost[], noSchede: [] as ProcessCost[], check: [] as ProcessCost[], deflate: [] as ProcessCost[] };
    const splits: BuildSplit[] = [];
    let buildTimedOut: boolean = !full;
    let partialTimedOut: boolean = !partial;
    for (let i = 0; i < rounds; i++) {
      const steps: (() => void)[] = [
        () => { runs.floor.push(runProcess(ctx, [floorJs, input, path.join(ctx.tmp, 'floor.xlsx')], 'lettura+scrittura ExcelJS')); },
        () => {
          if (buildTimedOut) return;
          try {
            runs.build.push(runProcess(ctx, [cli, 'build', input, '-o', built], `peg build (${n})`));
            if (lastTimings) splits.push(lastTimings);
          } catch (err) {
            if (!(err instanceof TimedOut)) throw err;
            buildTimedOut = true;
          }
        },
        () => {
          if (partialTimedOut) return;
          try {
            runs.noSchede.push(runProcess(ctx, [cli, 'build', input, '-o', path.join(ctx.tmp, 'parziale.xlsx'), '--only', 'colonne,cronoprogramma,riepilogo'], `peg build --only (${n})`));
          } catch (err) {
            if (!(err instanceof TimedOut)) throw err;
            partialTimedOut = true;
          }
        },
      ];
      // Rotate the order so that drift (page cache, other load) weighs on all alike.
      for (let k = 0; k < steps.length; k++) steps[(i + k) % steps.length]();
      // The second floor needs peg build's output: after it, in every round.
      if (fs.existsSync(built)) {
        runs.deflate.push(runProcess(ctx, [floorJs, '--deflate', input, built, path.join(ctx.tmp, 'floor-deflate.xlsx')], 'deflate delle parti scritte'));
      }
      try {
        runs.check.push(runProcess(ctx, [cli, 'check', input, '--json'], 'peg check', [0, 1]));
      } catch {
        // check is informative only
      }
    }
    const floor = summarize('solo ExcelJS', runs.floor);
    const variant = (label: string, r: ProcessCost[], timedOut: boolean) =>
      timedOut && r.length === 0 ? { timedOut: TIMEOUT_S } : versus(summarize(label, r), floor);
    out.push({
      n, rounds, floor,
      build: variant('peg build', runs.build, buildTimedOut),
      noSchede: variant('peg build senza schede', runs.noSchede, partialTimedOut),
      check: runs.check.length ? summarize('peg check', runs.check) : null,
      deflateFloor: runs.deflate.length ? summarize('deflate delle parti scritte', runs.deflate) : null,
      deflateRatio: runs.deflate.length && runs.build.length ? median(runs.build.map((r) => r.wallMs)) / median(runs.deflate.map((r) => r.wallMs)) : null,
      split: splits.length
        ? { read: median(splits.map((s) => s.read)), core: median(splits.map((s) => s.core)), serialize: median(splits.map((s) => s.serialize)), compress: median(splits.map((s) => s.compress)) }
        : null,
      fileMb: fs.statSync(input).size / MB,
      outMb: fs.existsSync(built) ? fs.statSync(built).size / MB : null,
    });
    if (buildTimedOut && full) skipped.push({ n, reason: `peg build oltre ${TIMEOUT_S} s: le dimensioni maggiori non sono misurate` });
    full = full && !buildTimedOut;
    partial = partial && !partialTimedOut;
    if (!full && !partial) break;
  }
  return { ok: true, data: { sizes: out, timeoutS: TIMEOUT_S, skipped } };
}
