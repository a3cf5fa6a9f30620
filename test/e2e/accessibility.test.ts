/**
 * axe-core on every tab of the standalone page with the sample open, at the width of an Office
 * task pane (320 px), plus the start panel and the dialogs: no serious or critical violation, no
 * horizontal scrolling. Screenshots of each go to test-output/ for a look.
 */
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { describeInBrowser, launchBrowser, openSample, screenshotPath, serveWeb, type Browser, type StaticServer } from './harness';

const TABS: { tab: string; name: string; ready: string | RegExp }[] = [
  { tab: 'controllo', name: 'Controllo', ready: /^\d+ error[ei], \d+ avvis[oi]\./ },
  { tab: 'pesi', name: 'Pesi', ready: 'mancano 5' },
  { tab: 'risultati', name: 'Risultati', ready: /^Anno 2025 · ente / },
  { tab: 'genera', name: 'Genera', ready: 'Fogli da generare' },
  { tab: 'impostazioni', name: 'Impostazioni', ready: 'Salva' },
];

async function audit(page: Page, picture: string, fullPage = true) {
  // Fluent fades colours in: mid-transition text would fail the contrast rule for no real reason.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.screenshot({ path: screenshotPath(picture), fullPage });
}

describeInBrowser('standalone page: accessibility and look', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchBrowser();
    page = await browser.newPage(320, 900);
    await openSample(page, server.base);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(TABS)('$name: no serious axe violation, fits 320 px', async ({ tab, name, ready }) => {
    await page.getByRole('tab', { name }).click();
    await page.getByText(ready).first().waitFor();
    await audit(page, `standalone-${tab}`);
  });

  it('the cell preview and the Genera confirmation', async () => {
    await page.getByRole('tab', { name: 'Controllo' }).click();
    await page.getByRole('button', { name: /^Obiettivi!H12\b/ }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Obiettivi!H12' }).waitFor();
    await audit(page, 'standalone-anteprima-320', false);
    await page.getByRole('button', { name: 'Chiudi' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Genera' }).click();
    await page.getByRole('button', { name: 'Genera…' }).click();
    await page.getByRole('dialog').getByText('Fogli che saranno creati').waitFor();
    await audit(page, 'standalone-genera-conferma', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Annulla' }).click();
  });

  it('the start panel, and the page in a wide browser window', async () => {
    const wide = await browser.newPage(1100, 800);
    await wide.goto(`${server.base}/standalone.html`);
    await wide.getByRole('button', { name: 'Apri il piano di esempio' }).waitFor();
    await audit(wide, 'standalone-inizio-largo');
    await wide.getByRole('button', { name: 'Apri il piano di esempio' }).click();
    await wide.getByText(/^\d+ error[ei], \d+ avvis[oi]\./).waitFor();
    await audit(wide, 'standalone-controllo-largo');
    await wide.close();
    expect(browser.external()).toEqual([]);
  });
});
