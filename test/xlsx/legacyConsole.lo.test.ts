/**
 * SheetJS writes English notes on the console while it reads an .ods LibreOffice saved (its
 * number formats with conditions: "ODS number format may be incorrect: value()<0"). `peg check`
 * must keep its stderr Italian: the notes are muted during the SheetJS call only, and the
 * console works again right after (even when the call throws).
 */
import * as XLSX from '@e965/xlsx';
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { withoutConsole } from '../../src/xlsx/legacy/quiet';
import { sofficePath } from '../build/libreoffice';
import { runPeg } from '../helpers/cli';
import { tempDir, xlsx } from '../helpers/workbook';
import { describeWith } from './foreignTools';

describe('withoutConsole', () => {
  it('mutes the console during the call only, and puts it back when the call throws', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(withoutConsole(() => (console.error('dentro'), 42))).toBe(42);
      expect(spy).not.toHaveBeenCalled();
      expect(() =>
        withoutConsole(() => {
          console.warn('dentro');
          throw new Error('rotto');
        }),
      ).toThrow('rotto');
      console.error('fuori');
      expect(spy.mock.calls).toEqual([['fuori']]);
    } finally {
      spy.mockRestore();
    }
  });
});

const lo = sofficePath();
describeWith(lo !== null, 'LibreOffice (libreoffice-calc-nogui)')('an .ods saved by LibreOffice', () => {
  const tmp = tempDir();
  let ods = '';
  beforeAll(async () => {
    const src = path.join(tmp.path, 'piano.xlsx');
    // A three-section format: LibreOffice writes it as style:map conditions, which SheetJS only approximates.
    writeFileSync(src, await xlsx([{ name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, 'Bilancio', { v: 100, fmt: '0;-0;"zero"' }]] }]));
    execFileSync(lo!, [`-env:UserInstallation=file://${path.join(tmp.path, 'profile')}`, '--headless', '--convert-to', 'ods', '--outdir', tmp.path, src], { stdio: 'ignore', timeout: 120_000 });
    ods = path.join(tmp.path, 'piano.ods');
  }, 180_000);
  afterAll(() => tmp.cleanup());

  it('makes SheetJS talk on the console when read directly (the case the reader must mute)', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      XLSX.read(readFileSync(ods), { type: 'buffer', cellNF: true });
      expect(spy.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringMatching(/^ODS number format may be incorrect/));
    } finally {
      spy.mockRestore();
    }
  });

  it('peg check: the plan is read and stderr holds no English line', () => {
    const r = runPeg(['check', ods]);
    expect(r.stdout).toContain('Obiettivi letti: 1');
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines.filter((l) => /\b(ODS|format|may|be|incorrect|the|is|error|warning)\b/i.test(l))).toEqual([]);
  });
});
