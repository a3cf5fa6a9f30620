/**
 * The built pane in real Chromium at 320 px, on the preview page (demo plan, no Excel): axe-core
 * finds no serious accessibility problem on any tab, the keyboard reaches the tabs, and the
 * Genera confirmation lists the sheets. Screenshots go to test-output/ for a look.
 * Uses the page `npm test` builds into test-output/web (`npm run build:web`); see test/e2e/harness.ts
 * for what happens without it or without Chromium.
 */
import fs from 'fs';
import path from 'path';
import { seriousViolations } from '../e2e/axe';
import { describeInBrowser, launchBrowser, OUT, serveWeb, WEB, type Browser, type StaticServer } from '../e2e/harness';

const hasPreview = fs.existsSync(path.join(WEB, 'preview.html'));

describeInBrowser('task pane in Chromium (preview page)', () => {
  let server: StaticServer;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    expect(hasPreview).toBe(true);
    server = await serveWeb();
    base = server.base;
    browser = await launchBrowser();
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(browser?.external() ?? []).toEqual([]);
  });

  it.each(['controllo', 'pesi', 'risultati', 'genera', 'impostazioni'])('%s: no serious axe violation, fits 320 px', async (tab) => {
    const page = await browser.newPage(320, 900);
    await page.goto(`${base}/preview.html?tab=${tab}`);
    await page.waitForSelector('[role="tabpanel"] >> text=/./');
    await page.waitForFunction(() => !document.body.innerText.includes('Lettura della cartella di lavoro…'));
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(OUT, `pane-${tab}.png`), fullPage: true });
    await page.close();
  });

  it('the keyboard moves between tabs', async () => {
    const page = await browser.newPage(320, 900);
    await page.goto(`${base}/preview.html`);
    await page.getByRole('tab', { name: 'Controllo' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByText('Anno 2025 · 1 settore da correggere').waitFor();
    await page.close();
  });

  it('Genera shows the confirmation with the sheets to create', async () => {
    const page = await browser.newPage(320, 900);
    await page.goto(`${base}/preview.html?tab=genera`);
    await page.getByRole('button', { name: 'Genera…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Fogli che saranno creati').waitFor();
    // The picture after the opening animation has ended, not after a guessed delay.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: path.join(OUT, 'pane-genera-conferma.png') });
    const created = await dialog.getByText('Fogli che saranno creati').locator('xpath=following-sibling::ul[1]/li').allTextContents();
    // The cronoprogramma's default form is one sheet per year with a block per settore.
    expect(created).toEqual(['Riepilogo', 'Cronoprogramma 2025', 'Schede 2025']);
    await dialog.getByRole('button', { name: 'Genera' }).click();
    await page.getByText(/^Fatto: creati 3 fogli/).waitFor();
    await page.screenshot({ path: path.join(OUT, 'pane-genera-fatto.png') });
    await page.close();
  });
});
