/** The bundled sample workbook, used when `check`/`summary` get no file. */
import * as path from 'path';

/** `assets/esempio-piano.xlsx` of the package: both `src/cli` and `lib/cli` sit two levels below the root. */
export function samplePath(): string {
  return path.resolve(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx');
}
