/**
 * Writes Caluso-like workbooks and their builds to `$PEG_RENDER_DIR` for a look in LibreOffice
 * (PDF → PNG). Skipped unless the variable is set: it checks pictures, not assertions.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { buildCaluso } from './caluso';

const dir = process.env.PEG_RENDER_DIR;
const maybe = dir ? test : test.skip;

maybe('writes Caluso-like builds for rendering', async () => {
  for (const [name, opts] of [
    ['caluso', { userFeatures: true }],
    ['caluso-dirty', { dirty: true, titleRow: true }],
  ] as const) {
    const input = new Uint8Array((await buildCaluso(opts).xlsx.writeBuffer()) as ArrayBuffer);
    await fs.writeFile(path.join(dir!, `${name}.xlsx`), input);
    const out = await buildWorkbookBytes(input, { name });
    await fs.writeFile(path.join(dir!, `${name}.elaborato.xlsx`), out.bytes);
    await fs.writeFile(path.join(dir!, `${name}.json`), JSON.stringify({ applied: out.applied, weightKinds: out.planned.weightKinds, diagnostics: out.analysis.diagnostics.map((d) => `${d.code} ${d.sheet}!${d.cell} ${d.message}`), settori: out.analysis.settori }, null, 1));
  }
});
