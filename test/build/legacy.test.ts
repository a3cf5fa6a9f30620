/** `peg build` on .ods and .xls (written by LibreOffice): a new .xlsx beside them with the user's values and the generated sheets; the original untouched; what is not copied is said. */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { runPegInProcess } from '../helpers/cli';
import { tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasLibreOffice, hasOpenpyxl } from '../xlsx/foreignTools';
import { convertWithLibreOffice } from './libreoffice';

const tmp = tempDir('peg-legacy-');
afterAll(() => tmp.cleanup());

describeWith(hasOpenpyxl() && hasLibreOffice(), 'openpyxl and LibreOffice')('peg build on .ods and .xls', () => {
  const files: Record<string, string> = {};
  beforeAll(() => {
    const src = path.join(tmp.path, 'src', 'piano.xlsx');
    mkdirSync(path.dirname(src), { recursive: true });
    execFileSync(PYTHON, [path.join(__dirname, 'fixtures', 'user_workbook.py'), src], { timeout: 120_000 });
    for (const f of ['ods', 'xls'] as const) {
      const converted = convertWithLibreOffice(src, path.join(tmp.path, f), f);
      files[f] = path.join(tmp.path, f, `piano.${f}`);
      if (converted !== files[f]) copyFileSync(converted, files[f]);
    }
  }, 300_000);

  for (const f of ['ods', 'xls']) {
    it(`.${f}: piano.elaborato.xlsx with the register values and the generated sheets`, async () => {
      const file = files[f];
      const before = readFileSync(file);
      const r = await runPegInProcess(['build', file]);
      expect(r.code).toBeLessThanOrEqual(1);
      const out = path.join(path.dirname(file), 'piano.elaborato.xlsx');
      expect(existsSync(out)).toBe(true);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(r.stdout).toContain('Nota: ');
      expect(r.stdout).toContain('formule del file originale sono scritte come valori');
      const original = await readWorkbookGrid(before, { name: file });
      const built = await readWorkbookGrid(readFileSync(out), { name: out });
      const names = built.sheets.map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining(['Obiettivi', 'Indicatori', 'Riepilogo (2)']));
      expect(built.sheets.filter((s) => s.generated).length).toBeGreaterThan(0);
      // Every value of the user's sheets is there (the computed columns come after them).
      for (const s of original.sheets) {
        const b = built.sheets.find((x) => x.name === s.name)!;
        s.rows.forEach((row, i) =>
          row.forEach((cell, c) => {
            if (!cell || cell.v === null) return;
            expect({ sheet: s.name, i, c, v: b.rows[i]?.[c]?.v }).toEqual({ sheet: s.name, i, c, v: cell.v });
          }),
        );
      }
      // Not in place: an .ods / .xls is never rewritten.
      const refused = await runPegInProcess(['build', file, '--in-place']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('nuovo .xlsx');
    }, 120_000);
  }
});
