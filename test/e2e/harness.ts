/**
 * What the browser tests share: the built page (test-output/web, made by `npm test` with
 * `npm run build:web`), a static server on 127.0.0.1, and Debian's Chromium driven by
 * playwright-core with a fresh profile. Without Chromium or the build the suites are skipped
 * with a visible line, except under CI=true, where that is a failure.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
/** The built page; PEG_WEB_DIR points elsewhere (a build of one's own while others test). */
export const WEB = process.env.PEG_WEB_DIR ? path.resolve(ROOT, process.env.PEG_WEB_DIR) : path.join(ROOT, 'test-output', 'web');
export const OUT = path.join(ROOT, 'test-output');
export const CHROMIUM = process.env.PEG_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the suites cannot run here, or null when they can. */
function missing(needsBrowser: boolean): string | null {
  if (needsBrowser && !fs.existsSync(CHROMIUM)) return `Chromium non trovato in ${CHROMIUM} (apt-get install chromium)`;
  for (const page of ['standalone.html', 'taskpane.html']) {
    if (!fs.existsSync(path.join(WEB, page))) return `pagina ${page} non compilata in ${path.relative(ROOT, WEB)} (npm run build:web)`;
  }
  return null;
}

/**
 * `describe` for a suite that needs Chromium and the built page. Skipped with a line on the
 * console when either is missing; under CI=true the missing piece fails the run instead.
 */
export function describeInBrowser(name: string, body: () => void, needsBrowser = true): void {
  const why = missing(needsBrowser);
  if (!why) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it(needsBrowser ? 'needs Chromium and the built page' : 'needs the built page', () => {
        throw new Error(`Test nel browser non eseguibili: ${why}`);
      });
    });
    return;
  }
  console.warn(`SALTATI i test nel browser «${name}»: ${why}.`);
  describe.skip(name, body);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  base: string;
  close(): Promise<void>;
}

/** Serves the built pages (`/` is the standalone page, as `npm start` does); `extra` adds test pages (path → HTML). */
export async function serveWeb(extra: Record<string, string> = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (extra[url] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra[url]);
      return;
    }
    const file = path.join(WEB, url === '/' ? 'standalone.html' : url);
    if (!file.startsWith(WEB) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  context: BrowserContext;
  /** Every URL the pages asked for. */
  requests: string[];
  /** URLs that would have left 127.0.0.1 (they are aborted, so the tests never touch the network). */
  external(): string[];
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Chromium with a fresh profile; downloads are accepted; non-local requests are recorded and aborted. */
export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    locale: 'it-IT',
    viewport: { width: 320, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(
    (url) => !isLocal(url.toString()),
    (route) => route.abort('internetdisconnected'),
  );
  // A persistent context opens with one blank page: it is not needed.
  await Promise.all(context.pages().map((p) => p.close()));
  return {
    context,
    requests,
    external: () => requests.filter((u) => !isLocal(u)),
    newPage: async (width = 320, height = 900) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return page;
    },
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the standalone page on the bundled sample and waits for the check to be shown. */
export async function openSample(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/standalone.html?esempio`);
  await page.getByText(/^\d+ error[ei], \d+ avvis[oi]\./).waitFor();
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(OUT, { recursive: true });
  return path.join(OUT, `${name}.png`);
}
