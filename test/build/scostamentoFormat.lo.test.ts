/**
 * The Scostamento column's number formats, as a spreadsheet shows them: LibreOffice opens a
 * workbook whose cells carry the formats `peg build` writes and saves the text it displays (CSV
 * "as shown"). One step is singular, every other value plural, each with its sign; zero unsigned.
 */
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { scostamentoFormat } from '../../src/core/plans/columns';
import { tempDir, xlsx } from '../helpers/workbook';
import { describeWith, hasLibreOffice } from '../xlsx/foreignTools';
import { sofficePath } from './libreoffice';

/** Value, unit, and the text a reader must see (written here by hand, not by the code under test). */
const CASES: [number, string, string][] = [
  [1, 'livelli', '+1 livello'],
  [-1, 'livelli', '-1 livello'],
  [2, 'livelli', '+2 livelli'],
  [-3, 'livelli', '-3 livelli'],
  [0, 'livelli', '0 livelli'],
  [1, 'giorni', '+1 giorno'],
  [-1, 'giorni', '-1 giorno'],
  [12, 'giorni', '+12 giorni'],
  [-40, 'giorni', '-40 giorni'],
  [0, 'giorni', '0 giorni'],
  [1, 'punti %', '+1 punto %'],
  [-1, 'punti %', '-1 punto %'],
  [-10, 'punti %', '-10.0 punti %'],
  [2.5, 'punti %', '+2.5 punti %'],
  [0, 'punti %', '0 punti %'],
];

describeWith(hasLibreOffice(), 'LibreOffice (libreoffice-calc-nogui)')('Scostamento formats in LibreOffice', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('shows singular for one step, plural otherwise, with the sign', async () => {
    const rows = CASES.map(([v, unit]) => [{ v, fmt: scostamentoFormat(unit, v)! }]);
    // Excel's limit: at most two conditions ([=1], [>0]…) and three sections for numbers.
    for (const [{ fmt }] of rows) {
      expect(fmt.split(';')).toHaveLength(3);
      expect(fmt.match(/\[[=<>]/g)).toHaveLength(2);
    }
    const src = path.join(tmp.path, 'scostamenti.xlsx');
    writeFileSync(src, await xlsx([{ name: 'Indicatori', rows }]));
    // CSV filter options: semicolon, quote, UTF-8, from line 1, …, the 9th «save cell contents as shown».
    execFileSync(
      sofficePath()!,
      [`-env:UserInstallation=file://${path.join(tmp.path, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true', '--outdir', tmp.path, src],
      { stdio: 'ignore', timeout: 120_000 },
    );
    // The decimal separator is the locale's (a point in en-US, a comma in Italian): compared as a point.
    const shown = readFileSync(path.join(tmp.path, 'scostamenti.csv'), 'utf8').trim().split(/\r?\n/).map((l) => l.replace(/^"|"$/g, '').replace(',', '.'));
    expect(shown).toEqual(CASES.map(([, , text]) => text));
  });
});
