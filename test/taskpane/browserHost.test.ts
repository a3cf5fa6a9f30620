/**
 * The standalone page's host on the real sample workbook (no browser needed): reading, the cell
 * preview, Genera making new bytes that are handed over for download, session settings.
 */
import fs from 'fs';
import path from 'path';
import { readWorkbookGrid } from '../../src/xlsx';
import { coreEngine } from '../../src/ui/engine';
import { HostError } from '../../src/host/workbookHost';
import { createBrowserHost, readOpenWorkbook, type OpenWorkbook } from '../../src/standalone/browserHost';
import { cellText } from '../../src/standalone/cellText';
import { generatedFileName } from '../../src/standalone/fileNames';

const SAMPLE: OpenWorkbook = { name: 'esempio-piano.xlsx', bytes: new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx'))) };

function events() {
  const log = { shown: [] as string[], downloads: [] as { name: string; bytes: Uint8Array }[], changed: [] as OpenWorkbook[] };
  return {
    log,
    events: {
      showCell: (sheet: string, cell: string) => log.shown.push(`${sheet}!${cell}`),
      changed: (doc: OpenWorkbook) => log.changed.push(doc),
      download: (name: string, bytes: Uint8Array) => log.downloads.push({ name, bytes }),
    },
  };
}

it('Genera writes the sheets into new bytes, offers them as a download and reads them next', async () => {
  const { log, events: ev } = events();
  const host = createBrowserHost(SAMPLE, ev);
  const grid = await host.readGrid();
  const analysis = coreEngine.analyze(grid, 'finale');
  const plan = coreEngine.planBuild(analysis, grid, { parts: ['riepilogo', 'schede'], cronoprogramma: 'fogli' });
  const progress: number[] = [];
  const result = await host.applyPlan(plan, (p) => progress.push(p.done));

  expect(result.created).toEqual(['Riepilogo', 'Schede 2025']);
  expect(result.note).toContain('«esempio-piano (PEG).xlsx» è stato scaricato');
  expect(progress.at(-1)).toBe(3);
  expect(log.downloads.map((d) => d.name)).toEqual(['esempio-piano (PEG).xlsx']);
  expect(log.changed[0].bytes).toBe(log.downloads[0].bytes);

  const written = await readWorkbookGrid(log.downloads[0].bytes);
  expect(written.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(['Riepilogo', 'Schede 2025']);
  // The host now works on the new file: its sheets list shows the generated ones.
  expect((await host.listSheets()).filter((s) => s.generated).map((s) => s.name)).toEqual(['Riepilogo', 'Schede 2025']);
  // The original bytes are untouched.
  expect((await readWorkbookGrid(SAMPLE.bytes)).sheets.some((s) => s.generated)).toBe(false);
});

it('a cell is shown in the preview; a sheet that is not there gets an Italian message', async () => {
  const { log, events: ev } = events();
  const host = createBrowserHost(SAMPLE, ev);
  await host.selectCell('Obiettivi', 'H12');
  expect(log.shown).toEqual(['Obiettivi!H12']);
  await expect(host.selectCell('Foglio sparito', 'A1')).rejects.toThrow(new HostError('Il foglio «Foglio sparito» non c’è nel file: ripeti il controllo.'));
});

it('settings saved in the pane reach the next read', async () => {
  const host = createBrowserHost(SAMPLE, events().events);
  await host.saveSettings({ Soglia: '80' });
  expect(await host.loadSettings()).toEqual({ Soglia: '80' });
  expect((await host.readGrid()).settings).toEqual({ Soglia: '80' });
});

it('a file that is not a workbook is refused with the adapter’s Italian message', async () => {
  await expect(readOpenWorkbook({ name: 'note.txt', bytes: new TextEncoder().encode('ciao') })).rejects.toThrow(/^Il file "note\.txt" .*non è una cartella di lavoro Excel/);
});

it('the new model is built and downloaded', async () => {
  const { log, events: ev } = events();
  const host = createBrowserHost(SAMPLE, ev);
  const r = await host.createNewWorkbook(coreEngine.planTemplate({ anno: 2026, ente: 'Comune di Prova' }), 'Piano della performance 2026.xlsx');
  expect(r.message).toBe('Il nuovo modello «Piano della performance 2026.xlsx» è stato scaricato.');
  const names = (await readWorkbookGrid(log.downloads[0].bytes)).sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Obiettivi', 'Fasi', 'Indicatori']));
});

it('file names and cell texts', () => {
  expect(generatedFileName('Piano 2025.xlsx')).toBe('Piano 2025 (PEG).xlsx');
  expect(generatedFileName('Piano 2025 (PEG).xlsx')).toBe('Piano 2025 (PEG).xlsx');
  expect(cellText({ v: 45838, fmt: 'dd/mm/yyyy' })).toBe('30/06/2025');
  expect(cellText({ v: 0.875, fmt: '0.0%' })).toBe('87,5%');
  expect(cellText({ v: 1234.5, fmt: '#,##0.0' })).toBe('1.234,5');
  // General, as Excel: no thousands separator (a year stays 2025).
  expect(cellText({ v: 1234.5 })).toBe('1234,5');
  expect(cellText({ v: 2025 })).toBe('2025');
  expect(cellText({ v: { error: '#N/D' } })).toBe('#N/D');
  expect(cellText({ v: true })).toBe('VERO');
  expect(cellText(null)).toBe('');
});
