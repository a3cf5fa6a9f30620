import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { median } from '../stats';
import { serveStatic } from '../staticServer';
import type { BenchContext, Section } from './types';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface TaskpaneSection {
  /** The scripts `taskpane.html` loads (Office's own office.js from its CDN excluded). */
  files: BundleFile[];
  /** Chunks no page loads at start: fetched on demand (ExcelJS for a new workbook…). */
  lazy: BundleFile[];
  jsGzipKb: number;
  jsKb: number;
  render: { page: string; runs: number[]; medianMs: number; fcpMs: number | null } | { unavailable: string };
}

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Local script files an HTML page loads, in order. */
function localScripts(html: string): string[] {
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/i.test(src))
    .map((src) => src.replace(/^\.?\//, '').split('?')[0]);
}

function bundleFiles(dir: string, page: string): BundleFile[] {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  return localScripts(html).map((file) => {
    const data = fs.readFileSync(path.join(dir, file));
    return { file, bytes: data.length, gzipBytes: zlib.gzipSync(data).length };
  });
}

/** The preview page renders the pane on demo data with no Office behind it; build it apart if dist/ lacks it. */
function previewDir(ctx: BenchContext, dist: string): string | { unavailable: string } {
  if (fs.existsSync(path.join(dist, 'preview.html'))) return dist;
  const out = path.join(ctx.tmp, 'preview-dist');
  ctx.log('riquadro: compilo l\'anteprima autonoma (PEG_PREVIEW=1)…');
  const webpack = path.join(ctx.root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const res = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', 'preview', '--output-path', out], {
    cwd: ctx.root, encoding: 'utf8', env: { ...process.env, PEG_PREVIEW: '1' }, maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0 || !fs.existsSync(path.join(out, 'preview.html'))) {
    const why = (res.stdout + res.stderr).split('\n').find((l) => /error/i.test(l)) ?? `codice ${res.status}`;
    return { unavailable: `anteprima non compilabile: ${why.trim()}` };
  }
  return out;
}

async function timeFirstRender(dir: string, page: string, runs: number): Promise<{ runs: number[]; fcp: number[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const server = await serveStatic(dir);
  const times: number[] = [];
  const fcp: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh profile each time: no HTTP cache, no compiled-code cache, like a first opening.
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-bench-chromium-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
      });
      try {
        const p = context.pages()[0] ?? (await context.newPage());
        // First content: #root holds visible text other than the static loading line.
        await p.addInitScript(() => {
          const w = window as unknown as { __pegFirstContent?: number };
          const check = () => {
            const root = document.getElementById('root');
            const text = root?.innerText?.trim() ?? '';
            if (w.__pegFirstContent === undefined && text && !/^Caricamento/.test(text)) w.__pegFirstContent = performance.now();
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
        });
        await p.goto(server.url + page, { waitUntil: 'load', timeout: 30000 });
        await p.waitForFunction(() => (window as unknown as { __pegFirstContent?: number }).__pegFirstContent !== undefined, undefined, { timeout: 15000 });
        const m = await p.evaluate(() => ({
          first: (window as unknown as { __pegFirstContent: number }).__pegFirstContent,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        }));
        times.push(m.first);
        if (m.fcp !== null) fcp.push(m.fcp);
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return { runs: times, fcp };
}

export async function runTaskpane(ctx: BenchContext): Promise<Section<TaskpaneSection>> {
  const dist = ctx.dist;
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) return { ok: false, reason: `${path.relative(ctx.root, dist) || dist}/taskpane.html assente (npm run build)` };
  const files = bundleFiles(dist, 'taskpane.html');
  const loaded = new Set(['taskpane.html', 'standalone.html', 'commands.html', 'preview.html']
    .filter((p) => fs.existsSync(path.join(dist, p)))
    .flatMap((p) => localScripts(fs.readFileSync(path.join(dist, p), 'utf8'))));
  const lazy = fs.readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !loaded.has(f))
    .map((file) => {
      const data = fs.readFileSync(path.join(dist, file));
      return { file, bytes: data.length, gzipBytes: zlib.gzipSync(data).length };
    });
  if (files.length === 0) return { ok: false, reason: 'taskpane.html non carica script locali' };
  const sum = (f: (b: BundleFile) => number) => files.reduce((s, b) => s + f(b), 0) / 1024;

  let render: TaskpaneSection['render'];
  const dir = previewDir(ctx, dist);
  if (typeof dir !== 'string') {
    render = dir;
  } else {
    try {
      ctx.log('riquadro: primo disegno in Chromium headless…');
      const r = await timeFirstRender(dir, 'preview.html', ctx.quick ? 2 : 5);
      render = { page: 'preview.html', runs: r.runs, medianMs: median(r.runs), fcpMs: r.fcp.length ? median(r.fcp) : null };
    } catch (err) {
      render = { unavailable: `anteprima non disegnata: ${(err as Error).message.split('\n')[0]}` };
    }
  }
  return { ok: true, data: { files, lazy, jsGzipKb: sum((b) => b.gzipBytes), jsKb: sum((b) => b.bytes), render } };
}
