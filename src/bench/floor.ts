/**
 * The floor `peg build` is measured against: the same workbook read and written back by the
 * xlsx library alone, in a fresh process like the CLI's. `node lib/bench/floor.js <in> <out>`.
 */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
