/**
 * The pictures of the user guide (assets/aiuto.html), taken here on the bundled sample so they
 * show the pane as it is today: every `npm test` retakes them into assets/aiuto/. Each picture is
 * taken only once the page shows what the guide says about it. A last check: every picture the
 * guide names was taken by this run (none missing, none stale).
 *
 * Rendering in headless Chromium is deterministic on one machine: the files change (and show in
 * `git status`) only when the pane does.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { cellAt, columnLetters, type SheetGrid } from '../../src/core/grid';
import { cellText } from '../../src/standalone/cellText';
import { readWorkbookGrid } from '../../src/xlsx';
import { buildDocx } from '../import/docxBuilder';
import { describeInBrowser, launchBrowser, openSample, ROOT, serveWeb, type Browser, type StaticServer } from './harness';

const GUIDE = path.join(ROOT, 'assets', 'aiuto.html');
const PICTURES = path.join(ROOT, 'assets', 'aiuto');
const SAMPLE = path.join(ROOT, 'assets', 'esempio-piano.xlsx');

/** The pane's width in Excel, and a height that shows a section without its whole length. */
const PANE = { width: 360, height: 640 };

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column widths in pixels, like a register laid out in Excel (the title rows spill over them). */
const WIDTHS = [52, 130, 170, 36, 130, 230, 170, 48];

/** A sheet drawn the way Excel shows it (letters, row numbers, grid), for the register picture. */
function sheetPage(sheet: SheetGrid, rows: number, cols: number): string {
  const colgroup = `<colgroup><col style="width:32px">${Array.from({ length: cols }, (_, c) => `<col style="width:${WIDTHS[c] ?? 100}px">`).join('')}</colgroup>`;
  const head = Array.from({ length: cols }, (_, c) => `<th>${columnLetters(c)}</th>`).join('');
  const body = Array.from({ length: rows }, (_, r) => {
    const cells = Array.from({ length: cols }, (_, c) => `<td>${escapeHtml(cellText(cellAt(sheet, r, c)))}</td>`).join('');
    return `<tr><th>${r + 1}</th>${cells}</tr>`;
  }).join('');
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escapeHtml(sheet.name)}</title><style>
    body { margin: 0; font: 13px Calibri, Carlito, 'Segoe UI', sans-serif; background: #fff; }
    table { border-collapse: collapse; table-layout: fixed; width: ${32 + WIDTHS.slice(0, cols).reduce((a, b) => a + b, 0)}px; }
    th { background: #f3f3f3; color: #555; font-weight: normal; border: 1px solid #d4d4d4; padding: 2px 6px; }
    td { border: 1px solid #e1e1e1; padding: 2px 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    tr:nth-child(-n+2) td:first-of-type { overflow: visible; font-weight: bold; }
    tr:nth-child(4) td { font-weight: bold; background: #dde8f3; }
    .tab { display: inline-block; margin: 6px 0 0 36px; padding: 3px 14px; border: 1px solid #d4d4d4; border-top: 0; background: #fff; color: #217346; font-weight: bold; }
  </style></head><body><table>${colgroup}<thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table>
  <div class="tab">${escapeHtml(sheet.name)}</div></body></html>`;
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** A picture of the window, or of its top down to `below` (no empty band under a short page). */
async function shoot(page: Page, name: string, taken: Set<string>, below?: string): Promise<void> {
  await settle(page);
  const view = page.viewportSize()!;
  const bottom = below ? await page.locator(below).first().evaluate((el) => el.getBoundingClientRect().bottom) : view.height;
  await page.screenshot({ path: path.join(PICTURES, name), clip: { x: 0, y: 0, width: view.width, height: Math.min(view.height, Math.ceil(bottom) + 16) } });
  taken.add(name);
}

describeInBrowser('the user guide: pictures of the pane, taken on the sample', () => {
  let server: StaticServer;
  let browser: Browser;
  const taken = new Set<string>();
  const started = Date.now();

  beforeAll(async () => {
    fs.mkdirSync(PICTURES, { recursive: true });
    const grid = await readWorkbookGrid(fs.readFileSync(SAMPLE), { name: 'esempio-piano.xlsx' });
    const obiettivi = grid.sheets.find((s) => s.name === 'Obiettivi');
    if (!obiettivi) throw new Error('il piano di esempio non ha il foglio Obiettivi');
    server = await serveWeb({ '/registro-obiettivi.html': sheetPage(obiettivi, 12, 8) });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes the register, the start page and every section of the pane', async () => {
    const sheet = await browser.newPage(1000, 290);
    await sheet.goto(`${server.base}/registro-obiettivi.html`);
    await sheet.getByText('Peso', { exact: true }).waitFor();
    await shoot(sheet, 'registro-obiettivi.png', taken);
    await sheet.close();

    const page = await browser.newPage(PANE.width, PANE.height);
    await page.goto(`${server.base}/standalone.html`);
    await page.getByRole('heading', { name: 'Piano della Performance (PEG)' }).waitFor();
    await shoot(page, 'inizio.png', taken, 'main');

    // Importa da Word… from the start page: the preview of a small document, with one paragraph it cannot place.
    const docx = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'peg-guida-')), 'Obiettivi 2025.docx');
    fs.writeFileSync(
      docx,
      await buildDocx([
        'SETTORE POLIZIA LOCALE',
        'OBIETTIVI E INDICATORI DI RISULTATO anno 2025',
        'Obiettivo n.1 Mantenimento',
        'OGGETTO: CONTROLLI SERALI NEI MESI ESTIVI.',
        { rows: [['', 'Attività da compiere', 'Tempistica', 'previsto'], ['1', 'Pattuglie serali nel centro storico.', 'Da giugno a settembre', '40']] },
        'Obiettivo n.2 Innovativo',
        'OGGETTO: NUOVA VIABILITÀ DI VIALE LOMBARDIA.',
        'SETTORE FINANZIARIO',
        'ANNO 2025',
        'Obiettivo n.1 Strategico',
        'OGGETTO: RIDUZIONE DEI TEMPI DI PAGAMENTO.',
        'Nota a margine da rivedere.',
      ]),
    );
    await page.getByRole('button', { name: 'Importa da Word…' }).click();
    const importa = page.getByRole('dialog');
    await importa.getByRole('heading', { name: 'Importa gli obiettivi da Word' }).waitFor();
    await page.setInputFiles('input[aria-label="Documento Word da importare"]', docx);
    await importa.getByText(/Obiettivi trovati: 3/).waitFor();
    await importa.getByRole('list', { name: "Segnalazioni dell'importazione" }).waitFor();
    await shoot(page, 'importa-word.png', taken);
    await importa.getByRole('button', { name: 'Chiudi' }).click();
    await importa.waitFor({ state: 'detached' });
    fs.rmSync(path.dirname(docx), { recursive: true, force: true });

    await openSample(page, server.base);
    await page.getByText('Formato rilevato', { exact: false }).waitFor();
    await page.getByRole('button', { name: /^Obiettivi!H\d+\b/ }).waitFor();
    await shoot(page, 'controllo.png', taken);

    await page.getByRole('button', { name: /^Obiettivi!H\d+\b/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Colonna H «Peso»/).waitFor();
    await shoot(page, 'anteprima-cella.png', taken);
    await dialog.getByRole('button', { name: 'Chiudi' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Pesi' }).click();
    await page.getByText('mancano 5').first().waitFor();
    await shoot(page, 'pesi.png', taken);

    await page.getByRole('tab', { name: 'Risultati' }).click();
    await page.getByText(/^Anno \d{4} · ente /).first().waitFor();
    await shoot(page, 'risultati.png', taken);

    await page.getByRole('tab', { name: 'Genera' }).click();
    await page.getByRole('button', { name: 'Genera…' }).waitFor();
    await shoot(page, 'genera.png', taken);

    await page.getByRole('tab', { name: 'Impostazioni' }).click();
    await page.getByText('Soglia raggiungimento %').first().waitFor();
    await shoot(page, 'impostazioni.png', taken);
    await page.close();
    expect(browser.external()).toEqual([]);
  }, 120_000);

  it('every picture the guide shows was taken by this run', () => {
    const html = fs.readFileSync(GUIDE, 'utf8');
    const named = [...html.matchAll(/<img[^>]+src="aiuto\/([^"]+)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(8);
    expect([...new Set(named)].sort()).toEqual([...taken].sort());
    for (const name of named) expect(fs.statSync(path.join(PICTURES, name)).mtimeMs).toBeGreaterThanOrEqual(started);
  });
});
