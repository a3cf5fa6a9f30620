/**
 * The standalone page's Genera and `peg build` give the same file: the same parts, byte for byte
 * once inflated (the CLI deflates with Node's zlib, the page with fflate; the zip entries differ
 * only in their compressed bytes).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { analyze } from '../../src/core/analyze';
import { planBuild } from '../../src/core/plans/build';
import { createBrowserHost } from '../../src/standalone/browserHost';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { installNodeZlib } from '../../src/xlsx/write/nodeZlib';
import { useRawDeflater } from '../../src/xlsx/write/zipWriter';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx');

function inflated(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
}

afterEach(() => useRawDeflater(null));

test('Genera in the standalone page writes the parts peg build writes', async () => {
  const input = new Uint8Array(readFileSync(SAMPLE));
  installNodeZlib();
  const cli = buildWorkbookBytes(input, { name: 'esempio-piano.xlsx' });
  useRawDeflater(null);

  let downloaded: Uint8Array | null = null;
  const host = createBrowserHost({ name: 'esempio-piano.xlsx', bytes: input }, { showCell: () => undefined, changed: () => undefined, download: (_n, b) => void (downloaded = b) });
  const grid = await readWorkbookGrid(input, { name: 'esempio-piano.xlsx' });
  await host.applyPlan(planBuild(analyze(grid), grid).plan);
  expect(downloaded).not.toBeNull();
  expect(Buffer.from(downloaded!).equals(Buffer.from(cli.bytes))).toBe(false); // two engines…
  expect(inflated(downloaded!)).toEqual(inflated(cli.bytes)); // …one file.
});
