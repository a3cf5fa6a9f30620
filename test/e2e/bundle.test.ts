/**
 * What each page (the pane in Excel, the standalone page) loads before it can show anything: at
 * most 300 KB of gzipped JavaScript.
 * ExcelJS (about 1 MB) must never be part of it (the page's reader and writer are the package
 * layer: it is not bundled at all now); the Word reader behind «Importa da Word…» is a chunk
 * loaded by the button's first click.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { describeInBrowser, WEB } from './harness';

const BUDGET = 300 * 1024;

/** The page's own scripts (office.js, referenced from Microsoft's CDN by taskpane.html, is not ours to weigh). */
function initialScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(WEB, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^(https?:)?\/\//.test(src));
}

describeInBrowser(
  'task pane bundle',
  () => {
    it.each(['taskpane.html', 'standalone.html'])('%s: initial JavaScript ≤ 300 KB gzipped, without ExcelJS', (page) => {
      const scripts = initialScripts(page);
      expect(scripts.length).toBeGreaterThan(0);
      const sizes = scripts.map((s) => zlib.gzipSync(fs.readFileSync(path.join(WEB, s)), { level: 9 }).length);
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(BUDGET);
      const text = (f: string) => fs.readFileSync(path.join(WEB, f), 'utf8');
      // A path only ExcelJS writes marks its code.
      for (const s of scripts) expect(`${s}: ${text(s).includes('xl/sharedStrings.xml')}`).toBe(`${s}: false`);
      // The Word reader's default part marks its code: in a lazy chunk, not in the initial scripts.
      const lazy = fs.readdirSync(WEB).filter((f) => f.endsWith('.js') && !scripts.includes(f));
      for (const s of scripts) expect(`${s}: ${text(s).includes('word/document.xml')}`).toBe(`${s}: false`);
      expect(lazy.filter((f) => text(f).includes('word/document.xml')).length).toBeGreaterThan(0);
    });
  },
  false,
);
