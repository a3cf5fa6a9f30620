/**
 * The built pane in real Chromium at 320 px, on the preview page (demo plan, no Excel): axe-core
 * finds no serious accessibility problem on any tab, the keyboard reaches the tabs, and the
 * Genera confirmation lists the sheets. Screenshots go to test-output/ for a look.
 * Needs `PEG_PREVIEW=1 npm run build` first (dist/preview.html); without it the suite is skipped.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';

const DIST = path.join(__dirname, '..', '..', 'dist');
const OUT = path.join(__dirname, '..', '..', 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const ready = fs.existsSync(path.join(DIST, 'preview.html')) && fs.existsSync(CHROMIUM);

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png' };

(ready ? describe : describe.skip)('task pane in Chromium (preview page)', () => {
  let server: http.Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const file = path.join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0]));
      if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it.each(['controllo', 'pesi', 'risultati', 'genera', 'impostazioni'])('%s: no serious axe violation, fits 320 px', async (tab) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${base}/preview.html?tab=${tab}`);
    await page.waitForSelector('[role="tabpanel"] >> text=/./');
    await page.waitForFunction(() => !document.body.innerText.includes('Lettura della cartella di lavoro…'));
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    // Tabster's focus-trap sentinels (`<i data-tabster-dummy>`) are focusable and aria-hidden by
    // design, so that screen readers skip them: axe flags them, they are not the pane's markup.
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run(ctx: unknown): Promise<unknown> } }).axe.run({ exclude: [['[data-tabster-dummy]']] }),
    )) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(OUT, `pane-${tab}.png`), fullPage: true });
    await page.close();
  });

  it('the keyboard moves between tabs', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${base}/preview.html`);
    await page.getByRole('tab', { name: 'Controllo' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByText('Anno 2025 · 1 settore da correggere').waitFor();
    await page.close();
  });

  it('Genera shows the confirmation with the sheets to create', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${base}/preview.html?tab=genera`);
    await page.getByRole('button', { name: 'Genera…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Fogli che saranno creati').waitFor();
    await page.waitForTimeout(400); // let the opening animation end before the picture
    await page.screenshot({ path: path.join(OUT, 'pane-genera-conferma.png') });
    const created = await dialog.getByText('Fogli che saranno creati').locator('xpath=following-sibling::ul[1]/li').allTextContents();
    expect(created).toEqual(['Riepilogo', 'Crono 2025 FINANZIARIO', 'Crono 2025 TECNICO', 'Crono 2025 DEMOGRAFICO', 'Schede 2025']);
    await dialog.getByRole('button', { name: 'Genera' }).click();
    await page.getByText(/^Fatto: creati 5 fogli/).waitFor();
    await page.screenshot({ path: path.join(OUT, 'pane-genera-fatto.png') });
    await page.close();
  });
});
