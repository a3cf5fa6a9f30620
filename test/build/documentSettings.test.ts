/** Add-in settings written into a file travel with it: the product's reader (as the add-in) finds them; nothing else changes. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { SETTINGS_KEY } from '../../src/host/documentSettings';
import { openZip } from '../../src/xlsx/package/zip';
import { documentSetting, readDocumentSettings } from '../../src/xlsx/package/settings';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { ADDIN_ID, writeDocumentSettings } from '../../src/xlsx/write/documentSettings';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = new Uint8Array(readFileSync(path.join(ROOT, 'assets', 'esempio-piano.xlsx')));

const settingsOf = (bytes: Uint8Array, key: string) => documentSetting(readDocumentSettings(openZip(bytes, 'x.xlsx')), key);

test('the add-in id is the manifest’s', () => {
  expect(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toContain(`<Id>${ADDIN_ID}</Id>`);
});

test('settings are created where Office keeps them, then updated in place; other parts stay as they were', async () => {
  const once = writeDocumentSettings(SAMPLE, SETTINGS_KEY, { Soglia: '80', Ente: 'Comune "di" Prova & C.' });
  expect(settingsOf(once, SETTINGS_KEY)).toEqual({ Soglia: '80', Ente: 'Comune "di" Prova & C.' });
  const grid = await readWorkbookGrid(once, { name: 'x.xlsx' });
  expect(grid.settings).toMatchObject({ Soglia: '80' });
  const twice = writeDocumentSettings(once, SETTINGS_KEY, { Soglia: '70' });
  const other = writeDocumentSettings(twice, 'peg.altro', [1, 2]);
  expect(settingsOf(other, SETTINGS_KEY)).toEqual({ Soglia: '70' });
  expect(settingsOf(other, 'peg.altro')).toEqual([1, 2]);
  // One webextension part, however many times it is written.
  const parts = unzipSync(other);
  expect(Object.keys(parts).filter((p) => p.startsWith('xl/webextensions/webextension'))).toHaveLength(1);
  const before = unzipSync(SAMPLE);
  for (const [name, data] of Object.entries(before)) {
    if (name === '[Content_Types].xml' || name === '_rels/.rels') continue;
    expect({ name, same: Buffer.from(parts[name]).equals(Buffer.from(data)) }).toEqual({ name, same: true });
  }
});
