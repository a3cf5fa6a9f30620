/**
 * `peg check`, `peg summary` and `peg tempistica` only read: the workbook keeps its bytes and its
 * modification time, and nothing new appears in its folder or in the working folder.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { hasStackTrace, runPeg } from '../helpers/cli';
import { tempDir, writeXlsx } from '../helpers/workbook';

const tmp = tempDir('peg-ro-');
afterAll(() => tmp.cleanup());

it('check, summary and tempistica leave the file and its folder as they were', async () => {
  const file = await writeXlsx(tmp.path, 'piano.xlsx', [
    { name: 'Obiettivi', rows: [['Settore', 'N.', 'Obiettivo', 'Peso'], ['FINANZIARIO', 1, '=titolo che sembra una formula', 60]] },
  ]);
  const bytes = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  const runs = [['check', file], ['check', file, '--json'], ['summary', file], ['summary', file, '--json'], ['tempistica', 'entro giugno', '--anno', '2025']];
  for (const args of runs) {
    const r = runPeg(args, { cwd: tmp.path });
    expect([0, 1]).toContain(r.code);
    expect(hasStackTrace(r.stderr)).toBe(false);
  }
  expect(readdirSync(tmp.path)).toEqual(['piano.xlsx']);
  expect(readFileSync(file).equals(bytes)).toBe(true);
  expect(statSync(file).mtimeMs).toBe(mtime);
}, 60_000);
