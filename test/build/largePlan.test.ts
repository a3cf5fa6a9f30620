/**
 * A plan the size of a large comune's (1,500 objectives, an Indicatori sheet of about 1.5 MB of
 * XML, deflated in several pieces): `peg build -o` writes a zip whose every entry Python's zipfile
 * inflates and checks against its CRC, the way Excel refuses a damaged file. A build once wrote
 * CRC 0 for a register sheet over 1 MiB.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { generatePlan } from '../../src/bench/generate';
import { writeGridXlsx } from '../../src/bench/xlsx';
import { runPeg } from '../helpers/cli';
import { tempDir } from '../helpers/workbook';
import { PYTHON, describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

const tmp = tempDir('peg-large-');
afterAll(() => tmp.cleanup());

const CHECK = `
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
big = max(i.file_size for i in z.infolist() if i.filename.startswith('xl/worksheets/'))
print(bad or 'ok', big)
`;

describeWith(hasOpenpyxl(), 'python3')('a 1,500-objective plan', () => {
  it('is built into a zip whose every entry matches its CRC', async () => {
    const input = path.join(tmp.path, 'grande.xlsx');
    const output = path.join(tmp.path, 'grande.elaborato.xlsx');
    await writeGridXlsx(generatePlan({ obiettivi: 1500 }).grid, input);
    const run = runPeg(['build', input, '-o', output]);
    expect(run.code).toBe(0);
    // 1,500 schede are more than 1,023 page breaks: two sheets, said in the output.
    expect(run.stdout + run.stderr).toContain('Schede 2025: più di 1.023 pagine, diviso in 2 fogli (Schede 2025, Schede 2025 – 2)');
    const [verdict, biggest] = execFileSync(PYTHON, ['-c', CHECK, output], { encoding: 'utf8' }).trim().split(' ');
    expect(verdict).toBe('ok');
    // The case the test is for: a sheet deflated in more than one 1 MiB piece.
    expect(Number(biggest)).toBeGreaterThan(1 << 20);
  }, 240_000);
});
