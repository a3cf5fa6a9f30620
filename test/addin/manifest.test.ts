/**
 * What the XSD cannot check in manifest.xml (the schema check itself is xmllint's, see
 * README, section on the add-in): resources, icons, URLs, permission. Each rule is also shown to catch a broken
 * manifest.
 */
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
