/**
 * The standalone page where a clerk looks (issue 16): an error from opening a file shows in the
 * window even when the page is scrolled down; «Ricontrolla» re-reads the file from disk when the
 * browser gave a file handle and is hidden otherwise; «Aiuto» opens the guide with its pictures.
 */
import type { Page } from 'playwright-core';
import { xlsx } from '../helpers/workbook';
import { describeInBrowser, launchBrowser, openSample, serveWeb, type Browser, type StaticServer } from './harness';

const VIEW = { width: 360, height: 640 };

async function plan(weights: number[]): Promise<string> {
  const bytes = await xlsx([
    { name: 'Obiettivi', rows: [['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'], ...weights.map((w, i) => [2025, 'FINANZIARIO', i + 1, `Obiettivo ${i + 1}`, w])] },
  ]);
  return bytes.toString('base64');
}

/** A stand-in for the File System Access picker: the file the test puts in `__pegDisk`, read anew each time. */
const FAKE_PICKER = `
  window.__pegDisk = null;
  window.showOpenFilePicker = async () => [{
    kind: 'file',
    name: 'piano.xlsx',
    getFile: async () => new File([Uint8Array.from(atob(window.__pegDisk), (c) => c.charCodeAt(0))], 'piano.xlsx'),
  }];
`;

async function putOnDisk(page: Page, b64: string): Promise<void> {
  await page.evaluate((data) => {
    (window as unknown as { __pegDisk: string }).__pegDisk = data;
  }, b64);
}

describeInBrowser('standalone page: messages in view, Ricontrolla from disk, the guide', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an error from opening a file is in the window although the page is scrolled down', async () => {
    const page = await browser.newPage(VIEW.width, VIEW.height);
    await openSample(page, server.base);
    await page.getByRole('tab', { name: 'Risultati' }).click();
    await page.getByText(/^Anno \d{4} · ente /).first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

    await page.setInputFiles('[data-testid="apri-file"]', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('non è un foglio di calcolo') });
    const message = page.getByRole('alert').getByText(/^Il file "note\.txt" .*non è una cartella di lavoro Excel/);
    await message.waitFor();
    const box = await message.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEW.height);
    // The open file stays, and the message can be closed.
    await page.getByText('esempio-piano.xlsx', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Chiudi il messaggio' }).click();
    await message.waitFor({ state: 'detached' });
    await page.close();
  });

  it('Ricontrolla is hidden for a one-time copy and re-reads the file from disk through a handle', async () => {
    const page = await browser.newPage(VIEW.width, VIEW.height);
    await page.addInitScript(FAKE_PICKER);
    await openSample(page, server.base);
    // The sample came over the network: nothing to re-read.
    expect(await page.getByRole('button', { name: 'Ricontrolla' }).count()).toBe(0);

    await putOnDisk(page, await plan([60, 30]));
    await page.getByRole('button', { name: 'Apri…' }).click();
    await page.getByText('piano.xlsx', { exact: true }).waitFor();
    await page.getByText(/^1 errore, \d+ avvis[oi]\./).waitFor();

    // The user fixes the weights in Excel and saves: Ricontrolla sees the file as it is now.
    await putOnDisk(page, await plan([60, 40]));
    await page.getByRole('button', { name: 'Ricontrolla' }).click();
    await page.getByText(/^0 errori, \d+ avvis[oi]\.|^Nessun errore e nessun avviso/).waitFor();
    await page.close();
  });

  it('Aiuto opens the guide, with its pictures', async () => {
    const page = await browser.newPage(VIEW.width, VIEW.height);
    await openSample(page, server.base);
    const [guide] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Aiuto' }).click()]);
    await guide.waitForLoadState();
    expect(await guide.title()).toBe('Guida – Piano della Performance (PEG)');
    const broken = await guide.evaluate(async () => {
      const imgs = [...document.images];
      const settled = (i: HTMLImageElement) =>
        new Promise((r) => {
          i.addEventListener('load', r, { once: true });
          i.addEventListener('error', r, { once: true });
        });
      await Promise.all(imgs.map((i) => (i.complete ? null : settled(i))));
      return { count: imgs.length, broken: imgs.filter((i) => i.naturalWidth === 0).map((i) => i.getAttribute('src')) };
    });
    expect(broken.count).toBeGreaterThanOrEqual(8);
    expect(broken.broken).toEqual([]);
    await guide.close();
    await page.close();
    expect(browser.external()).toEqual([]);
  });
});
