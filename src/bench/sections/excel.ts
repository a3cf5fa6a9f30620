import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import type { Cell, WorkbookGrid } from '../../core/grid';
import { analyze } from '../../core/analyze';
import { isCellError } from '../../core/grid';
import { generatePlan } from '../generate';
import { Unavailable, errorLine, pickFunction, reasonOf, tryRequire } from '../optional';
import { elapsedMs, MB } from '../stats';
import { registerTypeScript } from '../tsRequire';
import type { BenchContext, Section } from './types';

export interface ExcelSize {
  n: number;
  checkSyncs: number;
  /** Bytes the simulated Excel sends back for the check's read, all syncs together. */
  checkResponseMb: number;
  /** The largest single response of the check and of Genera (Excel on the web refuses over 5 MB). */
  maxResponseMb: number;
  /** Genera as the pane runs it: a fresh read, the check for a stale plan, the writes. */
  buildSyncs: number;
  /** The generation's syncs after its read: the writing alone. */
  writeSyncs: number;
  /** Total bytes sent over the generation's syncs. */
  payloadMb: number;
  maxRequestMb: number;
  /** ⌈payload / 4 MB⌉ + 3. */
  allowedSyncs: number;
  buildMs: number;
}

export interface ExcelSection {
  sizes: ExcelSize[];
  note?: string;
}

const REQUEST_LIMIT = 4 * MB;

type RunExcel = <T>(batch: (context: unknown) => Promise<T>) => Promise<T>;
interface FakeState {
  run: RunExcel;
  readonly syncs: number;
  readonly payloads: number[];
  readonly responses: number[];
}
interface FakeModule {
  FakeWorkbook: new () => { addSheet(name: string, rows: unknown[][]): unknown };
  fakeExcel(model: unknown): FakeState;
  supportsUpTo(max: string): (set: string, version: string) => boolean;
}
type ReadGrid = (run: RunExcel, supports: unknown, settings?: Record<string, string>) => Promise<WorkbookGrid>;
type Generate = (run: RunExcel, supports: unknown, plan: unknown, opts: { basis: { grid: WorkbookGrid; replan(g: WorkbookGrid): unknown } }) => Promise<unknown>;
type PlanBuild = (analysis: unknown, grid: WorkbookGrid) => { plan: unknown };

/** The fake's cells hold what Excel holds: dates as serial numbers under a date format. */
function fakeCell(c: Cell | null): unknown {
  if (!c || c.v === null) return null;
  if (isCellError(c.v)) return { error: c.v.error };
  const v = c.v instanceof Date ? c.v.getTime() / 86400000 + 25569 : c.v;
  return c.fmt ? { v, fmt: c.fmt } : v;
}

function findSource(root: string, candidates: string[]): string {
  for (const c of candidates) if (fs.existsSync(path.join(root, c))) return path.join(root, c);
  throw new Unavailable(`assente: ${candidates.join(' / ')}`);
}

interface Loaded {
  fake: FakeModule;
  readGrid: ReadGrid;
  generate: Generate;
  planBuild: PlanBuild;
}

function load(root: string): Loaded {
  registerTypeScript();
  const fakePath = findSource(root, ['src/excel/fake/fakeExcel.ts']);
  return {
    fake: tryRequire<FakeModule>(fakePath),
    readGrid: pickFunction<ReadGrid>(tryRequire(findSource(root, ['src/excel/readGrid.ts'])), ['readWorkbookGrid'], 'lettura in Excel'),
    generate: pickFunction<Generate>(tryRequire(findSource(root, ['src/excel/generate.ts'])), ['generateWorkbook'], 'Genera in Excel'),
    planBuild: pickFunction<PlanBuild>(tryRequire('../core/plans'), ['planBuild'], 'piani'),
  };
}

/** One size, in its own process (a big generation holds gigabytes in the fake). */
export async function measureExcel(root: string, n: number): Promise<ExcelSize> {
  const { fake, readGrid, generate, planBuild } = load(root);
  // Excel 365 today; the manifest's minimum (1.9) changes only merges and screen updating.
  const supports = fake.supportsUpTo('1.17');
  const { grid } = generatePlan({ obiettivi: n });
  const model = new fake.FakeWorkbook();
  for (const s of grid.sheets) model.addSheet(s.name, s.rows.map((r) => r.map(fakeCell)));

  // A check is this read and then pure work: its syncs are the read's.
  const checkExcel = fake.fakeExcel(model);
  const read = await readGrid(checkExcel.run, supports, {});
  const checkSyncs = checkExcel.syncs;

  // Genera as the pane runs it: the plan made on the check's grid, then in one batch a fresh
  // read (a changed workbook would be planned again), the checks before writing, the writes.
  const buildExcel = fake.fakeExcel(model);
  const t = process.hrtime.bigint();
  const replan = (g: WorkbookGrid) => planBuild(analyze(g), g).plan;
  await generate(buildExcel.run, supports, replan(read), { basis: { grid: read, replan } });
  const buildMs = elapsedMs(t);
  const payload = buildExcel.payloads.reduce((a, b) => a + b, 0);
  return {
    n,
    checkSyncs,
    checkResponseMb: checkExcel.responses.reduce((a, b) => a + b, 0) / MB,
    maxResponseMb: Math.max(...checkExcel.responses, ...buildExcel.responses) / MB,
    buildSyncs: buildExcel.syncs,
    writeSyncs: buildExcel.syncs - checkSyncs,
    payloadMb: payload / MB,
    maxRequestMb: Math.max(...buildExcel.payloads, ...checkExcel.payloads) / MB,
    allowedSyncs: Math.ceil(payload / REQUEST_LIMIT) + 3,
    buildMs,
  };
}

const TIMEOUT_S = 300;

export async function runExcel(ctx: BenchContext, sizes: number[]): Promise<Section<ExcelSection>> {
  load(ctx.root); // fails fast, with the reason, when a part is missing
  const out: ExcelSize[] = [];
  const skipped: string[] = [];
  for (const n of sizes) {
    ctx.log(`Excel simulato: ${n} obiettivi…`);
    const res = spawnSync(process.execPath, ['--max-old-space-size=8192', __filename, ctx.root, String(n)], {
      encoding: 'utf8', maxBuffer: 16 * MB, timeout: TIMEOUT_S * 1000, killSignal: 'SIGKILL',
    });
    if (res.error && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      skipped.push(`${n} obiettivi: oltre ${TIMEOUT_S} s, interrotto`);
      break;
    }
    try {
      const parsed = JSON.parse(res.stdout) as { ok: true; result: ExcelSize } | { ok: false; reason: string };
      if (!parsed.ok) return { ok: false, reason: parsed.reason };
      out.push(parsed.result);
    } catch {
      skipped.push(`${n} obiettivi: processo fallito (${errorLine(res.stderr ?? '') || `codice ${res.status}`})`);
      break;
    }
  }
  if (out.length === 0) return { ok: false, reason: skipped.join('; ') || 'nessuna misura' };
  const note = 'Excel simulato (src/excel/fake): sync contati, byte di richiesta e di risposta stimati dal fake; la generazione comprende ' +
    'una lettura nuova (per non scrivere un piano superato), i controlli prima di scrivere e la scrittura; requisiti ExcelApi 1.17; ' +
    '«risposta lettura» somma i byte che Excel restituisce alla verifica, «risposta max» è la risposta più grande (Excel per il web rifiuta oltre 5 MB).';
  return { ok: true, data: { sizes: out, note: skipped.length ? `${note}\n  Non misurato: ${skipped.join('; ')}` : note } };
}

if (require.main === module) {
  const [root, n] = process.argv.slice(2);
  measureExcel(root, Number(n))
    .then((result) => process.stdout.write(JSON.stringify({ ok: true, result })))
    .catch((err) => process.stdout.write(JSON.stringify({ ok: false, reason: reasonOf(err) })));
}
