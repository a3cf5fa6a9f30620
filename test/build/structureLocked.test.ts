/**
 * A workbook whose structure the user locked (Revisione › Proteggi cartella di lavoro) gets no
 * sheet added or removed behind the lock: `peg build` refuses in one Italian line and writes
 * nothing, while the computed columns alone (no new sheet) are still written. The workbook is
 * made by openpyxl, not by the product.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { runPeg } from '../helpers/cli';
import { tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

const tmp = tempDir('peg-locked-');

const SCRIPT = `
import sys, openpyxl
from openpyxl.workbook.protection import WorkbookProtection
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Obiettivi'
ws.append(['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'])
ws.append([2025, 'TECNICO', 1, 'Manutenzione strade', 100])
ind = wb.create_sheet('Indicatori')
ind.append(['Anno', 'Settore', 'N.', 'Indicatore', 'Atteso', 'Raggiunto'])
ind.append([2025, 'TECNICO', 1, 'Interventi', 10, 8])
wb.security = WorkbookProtection(lockStructure=${'${lock}'})
wb.save(sys.argv[1])
`;

function workbook(name: string, locked: boolean): string {
  const file = path.join(tmp.path, name);
  execFileSync(PYTHON, ['-c', SCRIPT.replace('${lock}', locked ? 'True' : 'False'), file], { timeout: 60_000 });
  return file;
}

describeWith(hasOpenpyxl(), 'openpyxl (python3-openpyxl)')('a workbook with a locked structure', () => {
  it('peg build refuses to add sheets, in one Italian line, and writes nothing', () => {
    const file = workbook('bloccato.xlsx', true);
    const out = path.join(tmp.path, 'bloccato.out.xlsx');
    const r = runPeg(['build', file, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `La struttura della cartella di lavoro "${file}" è protetta (in Excel: Revisione › Proteggi cartella di lavoro): ` +
        'non si possono aggiungere né eliminare fogli. Togli la protezione e riprova. Non è stato scritto nulla.',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('the computed columns alone are written, and the lock stays as it was', () => {
    const file = workbook('colonne.xlsx', true);
    const out = path.join(tmp.path, 'colonne.out.xlsx');
    const r = runPeg(['build', file, '-o', out, '--only', 'colonne']);
    expect(r.code).toBe(0);
    const before = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['xl/workbook.xml']);
    const after = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['xl/workbook.xml']);
    const lock = /<workbookProtection[^>]*>/.exec(before)?.[0];
    expect(lock).toMatch(/lockStructure="(1|true)"/);
    expect(after).toContain(lock);
  });

  it('an unlocked workbook protection element (as openpyxl always writes one) does not stop a build', () => {
    const file = workbook('libero.xlsx', false);
    const r = runPeg(['build', file, '-o', path.join(tmp.path, 'libero.out.xlsx')]);
    expect(r.code).toBe(0);
  });
});
