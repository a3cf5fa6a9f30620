/** The standalone page reads the add-in settings saved in the file, as the CLI and Excel do. */
import { createBrowserHost } from '../../src/standalone/browserHost';

it('starts from the settings saved in the file; changes last for the session', async () => {
  const grid = { sheets: [{ name: 'Obiettivi', rows: [] }], settings: { 'Soglia raggiungimento %': '80' } };
  const host = createBrowserHost({ name: 'piano.xlsx', bytes: new Uint8Array() }, { showCell: () => {}, changed: () => {}, download: () => {} }, grid);
  expect(await host.loadSettings()).toEqual({ 'Soglia raggiungimento %': '80' });
  await host.saveSettings({ 'Soglia raggiungimento %': '75' });
  expect(await host.loadSettings()).toEqual({ 'Soglia raggiungimento %': '75' });
});
