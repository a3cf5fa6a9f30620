/** The build configuration: entries, pages, and the production rewrite of the manifest's URLs. */
import fs from 'fs';
import path from 'path';

type Pattern = { from: string; to: string; transform?: (c: Buffer) => string };
type Config = { entry: Record<string, string>; plugins: { patterns?: Pattern[]; userOptions?: { filename: string } }[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: { mode: string }) => Promise<Config>;

const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'));

async function manifestOut(env: Record<string, string | undefined>) {
  const saved = process.env.PEG_ADDIN_URL;
  if (env.PEG_ADDIN_URL === undefined) delete process.env.PEG_ADDIN_URL;
  else process.env.PEG_ADDIN_URL = env.PEG_ADDIN_URL;
  try {
    const cfg = await makeConfig({}, { mode: 'production' });
    const copy = cfg.plugins.find((p) => p.patterns)!;
    const pattern = copy.patterns!.find((p) => p.from === 'manifest.xml')!;
    return { cfg, xml: pattern.transform!(manifest) };
  } finally {
    if (saved === undefined) delete process.env.PEG_ADDIN_URL;
    else process.env.PEG_ADDIN_URL = saved;
  }
}

it('production build: the three pages, no preview, manifest pointed at the production host', async () => {
  const { cfg, xml } = await manifestOut({ PEG_ADDIN_URL: 'https://performance.comune.example.it/peg/' });
  expect(Object.keys(cfg.entry).sort()).toEqual(['commands', 'standalone', 'taskpane']);
  expect(cfg.plugins.map((p) => p.userOptions?.filename).filter(Boolean)).toEqual(['taskpane.html', 'standalone.html', 'commands.html']);
  expect(xml).not.toMatch(/localhost:3000/);
  expect(xml).toContain('<SourceLocation DefaultValue="https://performance.comune.example.it/peg/taskpane.html"/>');
  expect(xml).toContain('<AppDomain>https://performance.comune.example.it/peg</AppDomain>');
  expect(xml).toContain('DefaultValue="https://performance.comune.example.it/peg/assets/icon-80.png"');
});

it('without PEG_ADDIN_URL the placeholder host is used', async () => {
  const { xml } = await manifestOut({ PEG_ADDIN_URL: undefined });
  expect(xml).toContain('https://peg-addin.example.com/taskpane.html');
  expect(xml).not.toMatch(/localhost:3000/);
});
