/**
 * What a task pane loads before it can show anything: at most 300 KB of gzipped JavaScript.
 * ExcelJS (about 1 MB) must stay in a chunk loaded only by the standalone page or when generating.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { describeInBrowser, WEB } from './harness';

const BUDGET = 300 * 1024;

function initialScripts(): string[] {
  const html = fs.readFileSync(path.join(WEB, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

describeInBrowser(
  'task pane bundle',
  () => {
    it('initial JavaScript ≤ 300 KB gzipped, without ExcelJS', () => {
      const scripts = initialScripts();
      expect(scripts.length).toBeGreaterThan(0);
      const sizes = scripts.map((s) => zlib.gzipSync(fs.readFileSync(path.join(WEB, s)), { level: 9 }).length);
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(BUDGET);
      // A path only ExcelJS writes marks its chunk.
      for (const s of scripts) expect(`${s}: ${fs.readFileSync(path.join(WEB, s), 'utf8').includes('xl/sharedStrings.xml')}`).toBe(`${s}: false`);
      const lazy = fs.readdirSync(WEB).filter((f) => f.endsWith('.js') && !scripts.includes(f));
      expect(lazy.some((f) => fs.readFileSync(path.join(WEB, f), 'utf8').includes('xl/sharedStrings.xml'))).toBe(true);
    });
  },
  false,
);
