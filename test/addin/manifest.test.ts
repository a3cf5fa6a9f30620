/**
 * What the XSD cannot check in manifest.xml (the schema check itself is xmllint's, see
 * README, section on the add-in): resources, icons, URLs, permission. Each rule is also shown to catch a broken
 * manifest.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, pngSize } = require('../../scripts/validate-manifest.js') as {
  checkManifest(xml: string, opts?: { root?: string }): string[];
  pngSize(buf: Buffer): { width: number; height: number } | null;
};

const ROOT = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('passes every check', () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it('has every icon at its pixel size', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('catches a resid without a resource', () => {
    expect(checkManifest(xml.replace('resid="Check.Tooltip"', 'resid="Check.Tooltp"'))).toEqual(
      expect.arrayContaining(['resid senza risorsa: Check.Tooltp.', 'Risorsa mai usata: Check.Tooltip.']),
    );
  });

  it('catches an http URL', () => {
    expect(checkManifest(xml.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'))).toContain(
      'URL non https: http://localhost:3000/commands.html.',
    );
  });

  it('catches a missing icon and an icon of the wrong size', () => {
    expect(checkManifest(xml.replace('assets/check-80.png', 'assets/check-81.png')).join('\n')).toMatch(/File mancante .*check-81\.png/);
    expect(checkManifest(xml.replace('assets/icon-80.png', 'assets/icon-64.png'))).toContain('Icona Icon.80x80: assets/icon-64.png è 64×64, serve 80×80.');
  });

  it('catches a wider permission', () => {
    expect(checkManifest(xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>')).join('\n')).toMatch(/ReadWriteDocument/);
  });

  it('catches a page with no source', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-manifest-'));
    expect(checkManifest(xml, { root: tmp }).join('\n')).toMatch(/taskpane\.html/);
  });

  it('asks for ExcelApi 1.9 on the Workbook host with it-IT as default locale', () => {
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(checkManifest(xml.replace('MinVersion="1.9"', 'MinVersion="1.12"'))).toContain('Serve ExcelApi MinVersion 1.9.');
    expect(xml).toMatch(/<Override Locale="en-US"/);
  });
});

/**
 * `npm run validate` also runs the official validator's offline checks (office-addin-manifest's
 * parser). Jest cannot load that package (ES-module dependencies), so the script runs in Node.
 */
describe('npm run validate (official offline checks)', () => {
  const script = path.join(ROOT, 'scripts', 'validate-manifest.js');
  const validate = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peg-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, text);
    return spawnSync(process.execPath, [script, file], { encoding: 'utf8', cwd: ROOT });
  };

  it('passes on the project manifest', () => {
    const r = validate(xml);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/validatore ufficiale/);
  });

  it('fails on a manifest only the official parser rejects (unclosed root element)', () => {
    const broken = xml.replace('</OfficeApp>', '');
    expect(checkManifest(broken)).toEqual([]); // the project's own checks do not see it
    const r = validate(broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/validatore ufficiale \(office-addin-manifest\) non legge il manifesto/);
  });
});
