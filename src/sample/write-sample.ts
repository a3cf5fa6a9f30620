/** `npm run sample`: writes the bundled sample to `assets/esempio-piano.xlsx`. */
import * as path from 'path';
import { writeFileAtomic } from '../xlsx/atomicWrite';
import { buildSampleWorkbook } from './build';

/** `assets/esempio-piano.xlsx`: `src/sample` and `lib/sample` both sit two levels below the root. */
const SAMPLE_TARGET = path.resolve(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx');

async function main(): Promise<void> {
  await writeFileAtomic(SAMPLE_TARGET, await buildSampleWorkbook());
  process.stdout.write(`Scritto ${path.relative(process.cwd(), SAMPLE_TARGET)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`Impossibile scrivere il piano di esempio: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
