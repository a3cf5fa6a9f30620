/**
 * «Ricontrolla» on the standalone page: with a file handle the host reads the file again from
 * disk (the user fixed it in Excel), without one the button is hidden; after Genera the pane's
 * workbook is the generated copy, so the disk is no longer read. The column header of the preview.
 */
import fs from 'fs';
import path from 'path';
import { HostError } from '../../src/host/workbookHost';
import { createBrowserHost, type OpenWorkbook } from '../../src/standalone/browserHost';
import { columnHeader } from '../../src/standalone/columnHeader';
import { rereadFailure } from '../../src/standalone/fileHandle';
import { coreEngine } from '../../src/ui/engine';
import { xlsx } from '../helpers/workbook';

const SAMPLE: OpenWorkbook = { name: 'esempio-piano.xlsx', bytes: new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx'))) };

const events = (reread?: () => Promise<Uint8Array>) => ({
  showCell: () => undefined,
  changed: () => undefined,
  download: () => undefined,
  ...(reread ? { reread } : {}),
});

async function plan(weights: number[]): Promise<Uint8Array> {
  return new Uint8Array(
    await xlsx([{ name: 'Obiettivi', rows: [['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'], ...weights.map((w, i) => [2025, 'FINANZIARIO', i + 1, `Obiettivo ${i + 1}`, w])] }]),
  );
}

it('without a handle Ricontrolla is hidden and the bytes in memory are read', async () => {
  const host = createBrowserHost(SAMPLE, events());
  expect(host.canRecheck).toBe(false);
  expect((await host.readGrid()).sheets.length).toBeGreaterThan(0);
});

it('with a handle each check reads the file again: a fix saved on disk is seen', async () => {
  let onDisk = await plan([60, 30]);
  let reads = 0;
  const host = createBrowserHost({ name: 'piano.xlsx', bytes: onDisk }, events(async () => (reads++, onDisk)));
  expect(host.canRecheck).toBe(true);
  const errorsOf = async () => coreEngine.analyze(await host.readGrid(), null).diagnostics.filter((d) => d.code === 'PESO_TOTALE').length;
  expect(await errorsOf()).toBe(1);
  onDisk = await plan([60, 40]);
  expect(await errorsOf()).toBe(0);
  expect(reads).toBe(2);
});

it('after Genera the generated copy is the workbook: the disk is not read again', async () => {
  let reads = 0;
  const host = createBrowserHost(SAMPLE, events(async () => (reads++, SAMPLE.bytes)));
  const grid = await host.readGrid();
  const analysis = coreEngine.analyze(grid, 'finale');
  await host.applyPlan(coreEngine.planBuild(analysis, grid, { parts: ['riepilogo'], cronoprogramma: 'fogli' }));
  expect(host.canRecheck).toBe(false);
  const after = await host.readGrid();
  expect(after.sheets.some((s) => s.name === 'Riepilogo')).toBe(true);
  expect(reads).toBe(1);
});

it('a file gone from disk gives an Italian message', async () => {
  const gone = new DOMException('gone', 'NotFoundError');
  const host = createBrowserHost(SAMPLE, events(async () => {
    throw new HostError(rereadFailure('piano.xlsx', gone));
  }));
  await expect(host.readGrid()).rejects.toThrow('Il file «piano.xlsx» non c’è più dove era stato aperto (spostato, rinominato o eliminato): aprilo di nuovo con «Apri…».');
});

it('the preview names the column header the checks read, not for a cell in the header', async () => {
  const grid = await (await import('../../src/xlsx')).readWorkbookGrid(
    await xlsx([{ name: 'Obiettivi', rows: [['Piano 2025'], [], ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'], [2025, 'FINANZIARIO', 1, 'Bilancio', 100]] }]),
    { name: 't.xlsx' },
  );
  const sheet = grid.sheets[0];
  expect(columnHeader(sheet, 3, 4)).toEqual({ row: 2, text: 'Peso' });
  expect(columnHeader(sheet, 2, 4)).toBeNull();
});
