/**
 * `npm run bench`: measures the core, `peg build`, the Office.js adapter and the task pane on
 * synthetic plans of growing size, prints the tables and the targets, and writes
 * `bench-results.json`. A section whose part is missing says why and the others still run.
 * Options: `--quick` (fewer rounds, smaller sizes), `--only core,build,excel,taskpane`,
 * `--out <file>`, `--dist <folder>` (the built task pane, default `dist/`).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { reasonOf } from './optional';
import { renderReport, targets, type BenchSections } from './report';
import type { BenchContext, Section } from './sections/types';

// Sections are loaded when they run: a part that does not load yet (a half-written module) then
// costs its own section only, not the whole run.
/* eslint-disable @typescript-eslint/no-require-imports */
const sectionCore = () => require('./sections/core') as typeof import('./sections/core');
const sectionBuild = () => require('./sections/build') as typeof import('./sections/build');
const sectionExcel = () => require('./sections/excel') as typeof import('./sections/excel');
const sectionTaskpane = () => require('./sections/taskpane') as typeof import('./sections/taskpane');
/* eslint-enable @typescript-eslint/no-require-imports */

const SECTIONS = ['core', 'build', 'excel', 'taskpane'] as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function machine(): { nproc: number; cpu: string; memory: string; node: string; os: string; loadavg: number[] } {
  return {
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'sconosciuta',
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

async function guard<T>(name: string, enabled: boolean, run: () => Promise<Section<T>> | Section<T>): Promise<Section<T>> {
  if (!enabled) return { ok: false, reason: `escluso (--only)` };
  try {
    return await run();
  } catch (err) {
    return { ok: false, reason: `${name}: ${reasonOf(err)}` };
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = new Set((arg('--only') ?? SECTIONS.join(',')).split(','));
  const root = path.resolve(__dirname, '..', '..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-bench-'));
  const dist = path.resolve(arg('--dist') ?? path.join(root, 'dist'));
  const ctx: BenchContext = { root, tmp, quick, dist, log: (l) => process.stderr.write(`${l}\n`) };
  const loadBefore = os.loadavg()[0];
  if (!(globalThis as { gc?: unknown }).gc) ctx.log('avviso: senza --expose-gc le misure di memoria sono meno precise');

  const coreSizes = quick ? [100, 1000] : [100, 1000, 10000];
  const buildSizes = quick ? [100, 1000] : [100, 1000, 2000, 10000];
  const excelSizes = quick ? [100, 1000] : [100, 1000, 2000, 5000, 10000];
  try {
    const sections: BenchSections = {
      core: await guard('core', only.has('core'), () => sectionCore().runCore(ctx, coreSizes)),
      build: await guard('build', only.has('build'), () => sectionBuild().runBuild(ctx, buildSizes)),
      excel: await guard('excel', only.has('excel'), () => sectionExcel().runExcel(ctx, excelSizes)),
      taskpane: await guard('taskpane', only.has('taskpane'), () => sectionTaskpane().runTaskpane(ctx)),
    };
    const m = machine();
    const busy = m.loadavg[0] > m.nproc * 0.75 ? ' — ATTENZIONE: macchina carica, tempi poco affidabili (vedi i valori CPU)' : '';
    const label = `${m.nproc} CPU (${m.cpu}), ${m.memory} RAM, Node ${m.node}, ${m.os}; carico medio ${m.loadavg.join(' / ')}${busy}`;
    process.stdout.write(`${renderReport(sections, label)}\n`);
    const out = arg('--out') ?? path.join(root, 'bench-results.json');
    const json = { date: new Date().toISOString(), quick, machine: m, loadAtStart: loadBefore, targets: targets(sections), sections };
    fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    ctx.log(`risultati scritti in ${path.relative(process.cwd(), out) || out}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exit(1);
});
