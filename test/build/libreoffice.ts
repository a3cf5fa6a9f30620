/** LibreOffice headless for the tests: recalculate a workbook, or print it to PDF. */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';

export function sofficePath(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) if (existsSync(p)) return p;
  return null;
}

/**
 * A private profile that recalculates every formula when an .xlsx is loaded (LibreOffice's
 * default for Excel files is to trust the cached results, which would make the test meaningless).
 */
function profile(dir: string): string {
  const p = path.join(dir, 'lo-profile');
  const user = path.join(p, 'user');
  if (!existsSync(user)) {
    mkdirSync(user, { recursive: true });
    writeFileSync(
      path.join(user, 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
        '</oor:items>\n',
    );
  }
  return p;
}

/** Converts `file` with LibreOffice into `outDir` (`xlsx` recalculated, or `pdf`); returns the new path. */
export function convertWithLibreOffice(file: string, outDir: string, format: 'xlsx' | 'pdf' | 'ods' | 'xls'): string {
  const lo = sofficePath();
  if (!lo) throw new Error('LibreOffice non installato');
  mkdirSync(outDir, { recursive: true });
  execFileSync(lo, [`-env:UserInstallation=file://${profile(path.dirname(outDir))}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  if (!existsSync(out)) throw new Error(`LibreOffice non ha prodotto ${out}`);
  return out;
}
