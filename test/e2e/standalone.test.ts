/**
 * The standalone page in real Chromium, as a user without Excel meets it: the bundled sample
 * opens, every tab works, a diagnostic shows its cell, the verifica changes the numbers, Genera
 * downloads a workbook that the CLI reads back with the same results; a broken workbook opened
 * with the file picker or by drag-and-drop gets the right Italian messages. The add-in's page
 * (taskpane.html) opened outside Excel links the standalone page; inside Office with office.js
 * missing it offers Riprova. No request leaves 127.0.0.1 (office.js is asked for and refused).
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { formatPctIt } from '../../src/core/format';
import { buildDocx, POLIZIA_LOCALE_DOC } from '../import/docxBuilder';
import { brokenWorkbook } from './brokenWorkbook';
import { describeInBrowser, launchBrowser, openSample, ROOT, screenshotPath, serveWeb, WEB, type Browser, type StaticServer } from './harness';

const SAMPLE = path.join(ROOT, 'assets', 'esempio-piano.xlsx');
const CLI = path.join(ROOT, 'lib', 'cli', 'main.js');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

interface CliSummary {
  counts: { errors: number; warnings: number };
  sectors: unknown[];
  objectives: unknown[];
  entities: { year: number; score: number | null }[];
}

interface CliCheck {
  counts: { errors: number; warnings: number };
  diagnostics: { severity: string; code: string; sheet?: string; cell?: string; message: string }[];
}

/** `peg <args> --json`: the exit status says whether the plan has errors; the JSON is what counts. */
function peg<T>(...args: string[]): T {
  const r = spawnSync(process.execPath, [CLI, ...args, '--json'], { encoding: 'utf8' });
  if (!r.stdout) throw new Error(`peg ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Every non-empty cell of every sheet, as `Sheet!A1 → value` (formula cells by their result). */
async function cellsOf(file: string): Promise<{ names: string[]; cells: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        cells.set(`${ws.name}!${c.address}`, JSON.stringify(c.value));
      }),
    ),
  );
  return { names: wb.worksheets.map((w) => w.name), cells };
}

async function showTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

describeInBrowser('standalone page (a workbook held in the browser)', () => {
  let server: StaticServer;
  let browser: Browser;
  let tmp = '';

  beforeAll(async () => {
    server = await serveWeb();
    browser = await launchBrowser();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-e2e-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the sample: every tab, the cell preview, the verifica, Genera and the CLI on the downloaded file', async () => {
    const page = await browser.newPage(360, 900);
    await openSample(page, server.base);
    const check = peg<CliCheck>('check', SAMPLE);
    const errors = check.counts.errors;
    const warnings = check.counts.warnings;
    await page.getByText(`${errors} ${errors === 1 ? 'errore' : 'errori'}, ${warnings} ${warnings === 1 ? 'avviso' : 'avvisi'}.`).waitFor();
    await page.getByText('esempio-piano.xlsx', { exact: true }).waitFor();

    // Controllo: the error's cell opens in the read-only preview, with the value the file holds.
    const first = check.diagnostics.find((d) => d.severity === 'error' && d.sheet && d.cell)!;
    await page.getByRole('button', { name: new RegExp(`^${first.sheet}!${first.cell}\\b`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `${first.sheet}!${first.cell}` }).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const value = wb.getWorksheet(first.sheet!)!.getCell(first.cell!).value;
    expect(await dialog.locator('td[aria-current="true"]').textContent()).toBe(String(value));
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: screenshotPath('standalone-anteprima-cella') });
    await dialog.getByRole('button', { name: 'Chiudi' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Pesi: the settore whose weights do not add up.
    await showTab(page, 'Pesi');
    await page.getByText('mancano 5').first().waitFor();

    // Risultati: the entity score at each verifica is the CLI's.
    await showTab(page, 'Risultati');
    const finale = peg<CliSummary>('summary', SAMPLE, '--verifica', 'finale');
    const intermedia = peg<CliSummary>('summary', SAMPLE, '--verifica', 'intermedia');
    const year = finale.entities[0].year;
    await page.getByText(`Anno ${year} · ente ${formatPctIt(finale.entities[0].score)}`).waitFor();
    await page.getByRole('radio', { name: 'Intermedia' }).check();
    await page.getByText(`Anno ${year} · ente ${formatPctIt(intermedia.entities[0].score)}`).waitFor();
    expect(formatPctIt(intermedia.entities[0].score)).not.toBe(formatPctIt(finale.entities[0].score));
    await page.getByRole('radio', { name: 'Finale' }).check();

    // Genera: the confirmation, then a download of the workbook with the generated sheets.
    await showTab(page, 'Genera');
    await page.getByRole('button', { name: 'Genera…' }).click();
    await page.getByRole('dialog').getByText('Fogli che saranno creati').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Genera', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('esempio-piano (PEG).xlsx');
    const out = path.join(tmp, download.suggestedFilename());
    await download.saveAs(out);
    await page.getByText(/^Fatto: creati \d+ fogli .*Il file «esempio-piano \(PEG\)\.xlsx» è stato scaricato/).waitFor();
    await page.getByRole('button', { name: 'Scarica' }).waitFor();
    await page.screenshot({ path: screenshotPath('standalone-genera-fatto'), fullPage: true });

    // The downloaded file, read back by the CLI: same results, same diagnostics.
    const after = peg<CliSummary>('summary', out, '--verifica', 'finale');
    expect(after.sectors).toEqual(finale.sectors);
    expect(after.objectives).toEqual(finale.objectives);
    expect(after.entities).toEqual(finale.entities);
    expect(peg<CliCheck>('check', out).diagnostics).toEqual(check.diagnostics);

    // Generated sheets are there; every cell the user wrote is unchanged.
    const before = await cellsOf(SAMPLE);
    const written = await cellsOf(out);
    expect(written.names.slice(0, before.names.length)).toEqual(before.names);
    const added = written.names.slice(before.names.length);
    expect(added).toEqual(expect.arrayContaining(['Riepilogo', `Schede ${year}`]));
    // `Cronoprogramma 2025` (one sheet a year) or `Crono 2025 <settore>` (one a settore), as the setting says.
    expect(added.some((n) => n.startsWith(`Crono ${year}`) || n === `Cronoprogramma ${year}`)).toBe(true);
    for (const [address, v] of before.cells) expect(`${address} ${written.cells.get(address)}`).toBe(`${address} ${v}`);

    // The pane now reads the generated file: a second Genera replaces what the first created.
    await page.getByRole('button', { name: 'Genera…' }).click();
    await page.getByRole('dialog').getByText('Fogli generati in precedenza che saranno sostituiti').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Annulla' }).click();
    await page.close();
    expect(browser.external()).toEqual([]);
  });

  it('a broken workbook from the file picker: counts, Italian messages, the error value in the preview', async () => {
    const file = path.join(tmp, 'piano con errori.xlsx');
    fs.writeFileSync(file, await brokenWorkbook());
    const check = peg<CliCheck>('check', file);
    expect(check.counts).toEqual({ errors: 4, warnings: 4 });

    const page = await browser.newPage(360, 900);
    await page.goto(`${server.base}/standalone.html`);
    await page.getByRole('heading', { name: 'Piano della Performance (PEG)' }).waitFor();
    await page.screenshot({ path: screenshotPath('standalone-inizio') });
    await page.setInputFiles('[data-testid="apri-file"]', file);
    await page.getByText('4 errori, 4 avvisi.').waitFor();
    await page.getByText('piano con errori.xlsx', { exact: true }).waitFor();

    // Error groups are open: every error of the CLI is listed with its cell and its message.
    for (const d of check.diagnostics.filter((x) => x.severity === 'error')) {
      await page.getByRole('button', { name: `${d.sheet}!${d.cell} ${d.message}` }).waitFor();
    }
    await page.getByText('Nel foglio Indicatori manca la colonna "Atteso" nella riga 1.', { exact: false }).waitFor();

    const bad = check.diagnostics.find((d) => d.code === 'VALORE_ERRORE')!;
    await page.getByRole('button', { name: new RegExp(`^${bad.sheet}!${bad.cell}\\b`) }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('td[aria-current="true"]').textContent()).toBe('#REF!');
    await dialog.getByRole('button', { name: 'Chiudi' }).click();

    await showTab(page, 'Pesi');
    await page.getByText('mancano 20').first().waitFor();
    await page.getByText('mancano 40').first().waitFor();
    await page.close();
    expect(browser.external()).toEqual([]);
  });

  it('with only the Word document: Importa da Word… on the start panel downloads the register', async () => {
    const docx = path.join(tmp, 'Obiettivi 2025.docx');
    fs.writeFileSync(
      docx,
      await buildDocx(POLIZIA_LOCALE_DOC),
    );
    const page = await browser.newPage(360, 900);
    await page.goto(`${server.base}/standalone.html`);
    await page.getByRole('heading', { name: 'Piano della Performance (PEG)' }).waitFor();
    // The dialog is a chunk of its own: loaded by the click, not with the page.
    await page.getByRole('button', { name: 'Importa da Word…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Importa gli obiettivi da Word' }).waitFor();
    await page.setInputFiles('input[aria-label="Documento Word da importare"]', docx);
    await dialog.getByText(/Obiettivi trovati: 2; fasi: 1/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Scarica il registro' }).click()]);
    expect(download.suggestedFilename()).toBe('Obiettivi 2025.registro.xlsx');
    const out = path.join(tmp, download.suggestedFilename());
    await download.saveAs(out);
    await dialog.getByText(/«Obiettivi 2025\.registro\.xlsx» è stato scaricato\. Scrivi i pesi nel foglio Obiettivi\./).waitFor();

    // The register, read by ExcelJS: its sheets, and the two objectives' OGGETTO in Obiettivi.
    const { names, cells } = await cellsOf(out);
    expect(names).toEqual(['Obiettivi', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni']);
    const obiettivi = [...cells].filter(([a]) => a.startsWith('Obiettivi!')).map(([, v]) => v);
    expect(obiettivi).toEqual(expect.arrayContaining([JSON.stringify('SERVIZIO CONTROLLO SERALI.'), JSON.stringify("NUOVA VIABILITA' VIALE LOMBARDIA.")]));
    await page.close();
    expect(browser.external()).toEqual([]);
  });

  it('drag-and-drop opens a workbook; a file that is not a workbook gets an Italian message and the open one stays', async () => {
    const page = await browser.newPage(360, 900);
    await openSample(page, server.base);
    const drop = async (name: string, bytes: Buffer) => {
      const data = await page.evaluateHandle(
        ({ b64, fileName }) => {
          const dt = new DataTransfer();
          dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], fileName));
          return dt;
        },
        { b64: bytes.toString('base64'), fileName: name },
      );
      await page.dispatchEvent('[role="tabpanel"]', 'dragover', { dataTransfer: data });
      await page.dispatchEvent('[role="tabpanel"]', 'drop', { dataTransfer: data });
    };

    await drop('note.txt', Buffer.from('non è un foglio di calcolo'));
    // The adapter says what the file is (a text file, a CSV…): the line names the file and says it is no workbook.
    await page.getByText(/^Il file "note\.txt" .*non è una cartella di lavoro Excel/).waitFor();
    await page.getByText('esempio-piano.xlsx', { exact: true }).waitFor();

    await drop('trascinato.xlsx', await brokenWorkbook());
    await page.getByText('4 errori, 4 avvisi.').waitFor();
    await page.getByText('trascinato.xlsx', { exact: true }).waitFor();
    expect(await page.getByText('non è una cartella di lavoro Excel').count()).toBe(0);
    await page.close();
    expect(browser.external()).toEqual([]);
  });

  it('taskpane.html opened by mistake in a browser, offline: it says it is the pane for Excel and links the standalone page', async () => {
    const before = browser.requests.length;
    const page = await browser.newPage(400, 800);
    await page.goto(`${server.base}/taskpane.html?esempio`);
    await page.getByText('Questa pagina è il riquadro per Excel').waitFor();
    expect(await page.getByRole('button', { name: /Apri un file/ }).count()).toBe(0);
    // The one request to the outside was the office.js of the page's <head>, refused (the test is offline).
    expect(browser.requests.slice(before).filter((u) => !u.startsWith(server.base))).toEqual([OFFICE_JS]);
    await page.getByRole('link', { name: 'Apri la pagina senza Excel' }).click();
    await page.waitForURL(`${server.base}/standalone.html?esempio`);
    await page.getByText('esempio-piano.xlsx', { exact: true }).waitFor();
    await page.close();
    browser.requests.splice(before);
  });

  it('taskpane.html where office.js reports no Excel: the same message, office.js asked for once', async () => {
    const before = browser.requests.length;
    const page = await browser.newPage(400, 800);
    let served = 0;
    // office.js as a plain browser gets it: loaded, but Office.onReady names no host.
    await page.route(OFFICE_JS, (route) => {
      served += 1;
      return route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };' });
    });
    await page.goto(`${server.base}/taskpane.html`);
    await page.getByText('Questa pagina è il riquadro per Excel').waitFor();
    expect(await page.getByRole('link', { name: 'Apri la pagina senza Excel' }).getAttribute('href')).toBe('standalone.html');
    expect(served).toBe(1);
    await page.close();
    browser.requests.splice(before);
  });

  it('inside Office (its host info in the address) with office.js missing: an error with Riprova, never the file picker', async () => {
    const before = browser.requests.length;
    const page = await browser.newPage(340, 700);
    await page.goto(`${server.base}/taskpane.html?_host_Info=Excel$Win32$16.01$it-IT$$$$0`);
    await page.getByText('Il riquadro non riesce a collegarsi a Excel').waitFor();
    await page.getByRole('button', { name: 'Riprova' }).waitFor();
    expect(await page.getByRole('button', { name: /Apri un file/ }).count()).toBe(0);
    expect(await page.getByText('Questa pagina è il riquadro per Excel').count()).toBe(0);
    // Riprova loads the page again, office.js included.
    const asked = () => browser.requests.slice(before).filter((u) => u === OFFICE_JS).length;
    expect(asked()).toBe(1);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Riprova' }).click()]);
    await page.getByRole('button', { name: 'Riprova' }).waitFor();
    expect(asked()).toBe(2);
    await page.close();
    browser.requests.splice(before);
  });

  it('the standalone page asks for no office.js and nothing outside its own folder', () => {
    const html = fs.readFileSync(path.join(WEB, 'standalone.html'), 'utf8');
    const refs = [...html.matchAll(/\s(?:src|href)="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((u) => !fs.existsSync(path.join(WEB, u.split('?')[0])))).toEqual([]);
    expect(html).not.toMatch(/<script[^>]*office/i);
  });
});
