/**
 * Settings travel with the file: the standalone page starts from the add-in settings saved in the
 * file and writes the ones chosen in the page into the downloaded copy, under the add-in's key, so
 * `peg` and Excel read the same values (the Impostazioni sheet still wins over them).
 */
import fs from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { analyze } from '../../src/core/analyze';
import { createBrowserHost, type OpenWorkbook } from '../../src/standalone/browserHost';
import { coreEngine } from '../../src/ui/engine';
import { readWorkbookGrid } from '../../src/xlsx';
import { runPegInProcess } from '../helpers/cli';

const SAMPLE: OpenWorkbook = { name: 'esempio-piano.xlsx', bytes: new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx'))) };

function events() {
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  return { downloads, events: { showCell: () => {}, changed: () => {}, download: (name: string, bytes: Uint8Array) => downloads.push({ name, bytes }) } };
}

it('starts from the settings saved in the file; changes last for the session', async () => {
  const grid = { sheets: [{ name: 'Obiettivi', rows: [] }], settings: { 'Soglia raggiungimento %': '80' } };
  const host = createBrowserHost({ name: 'piano.xlsx', bytes: new Uint8Array() }, events().events, grid);
  expect(await host.loadSettings()).toEqual({ 'Soglia raggiungimento %': '80' });
  await host.saveSettings({ 'Soglia raggiungimento %': '75' });
  expect(await host.loadSettings()).toEqual({ 'Soglia raggiungimento %': '75' });
});

it('Genera writes the settings chosen in the page into the downloaded file, where peg reads them', async () => {
  const { downloads, events: ev } = events();
  const host = createBrowserHost(SAMPLE, ev);
  const FASCE = 'sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100';
  await host.saveSettings({ Fasce: FASCE, 'Punteggio ente': 'per numero di obiettivi' });
  const grid = await host.readGrid();
  const pageAnalysis = coreEngine.analyze(grid, null);
  await host.applyPlan(coreEngine.planBuild(pageAnalysis, grid, { parts: ['riepilogo'], cronoprogramma: 'blocchi' }));
  const written = await readWorkbookGrid(downloads[0].bytes);
  expect(written.settings).toEqual({ Fasce: FASCE, 'Punteggio ente': 'per numero di obiettivi' });
  const fileAnalysis = analyze(written);
  expect(fileAnalysis.piano.impostazioni).toMatchObject({ punteggioEnte: 'obiettivi' });
  expect(fileAnalysis.piano.impostazioni.fasce).toHaveLength(3);
  expect(fileAnalysis.piano.impostazioni.fonti.punteggioEnte).toEqual({ kind: 'documento' });
  // The same ente punteggio in the page and in `peg summary` of the downloaded file.
  const file = path.join(fs.mkdtempSync(path.join(tmpdir(), 'peg-page-')), 'scaricato.xlsx');
  fs.writeFileSync(file, downloads[0].bytes);
  const json = JSON.parse((await runPegInProcess(['summary', file, '--json'])).stdout);
  expect(json.entity.score).toBeCloseTo(pageAnalysis.ente[0].punteggio!, 2);
  expect(json.settings['Punteggio ente']).toEqual({ value: 'per numero di obiettivi', source: 'documento' });
  expect(json.settings.Fasce).toEqual({ value: FASCE, source: 'documento' });
  // The Impostazioni sheet of the sample still wins where it speaks.
  expect(json.settings['Regola obiettivo']).toEqual({ value: 'media', source: 'foglio', cell: 'Impostazioni!B13' });
  // Unchanged settings are not written again: the original sample has none, and nothing is added.
  const again = events();
  const plain = createBrowserHost(SAMPLE, again.events);
  const g2 = await plain.readGrid();
  await plain.applyPlan(coreEngine.planBuild(coreEngine.analyze(g2, null), g2, { parts: ['riepilogo'], cronoprogramma: 'blocchi' }));
  expect((await readWorkbookGrid(again.downloads[0].bytes)).settings ?? {}).toEqual({});
});
