/**
 * The floors `peg build` is measured against, each in a fresh process like the CLI's:
 *
 *   node lib/bench/floor.js <in> <out>                      the same workbook read and written back
 *                                                           by the xlsx library alone (ExcelJS);
 *   node lib/bench/floor.js --deflate <in> <built> <out>    the least work that produces what peg
 *                                                           build writes: the parts it wrote (new or
 *                                                           changed, taken from its output) deflated,
 *                                                           every other entry copied as stored.
 */
import { readFileSync, writeFileSync } from 'fs';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { openZip } from '../xlsx/package/zip';
import { installNodeZlib } from '../xlsx/write/nodeZlib';
import { PackageWriter, deflateBytes } from '../xlsx/write/zipWriter';

async function excelJsFloor(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

function deflateFloor(input: string, built: string, output: string): void {
  // The same engine as peg build.
  installNodeZlib();
  const original = openZip(new Uint8Array(readFileSync(input)), input);
  // Outside what is measured would be better, but a process is the unit here: inflating the built
  // parts is part of this floor's cost, which only makes the floor (and so the ratio) kinder to peg.
  const wanted = unzipSync(new Uint8Array(readFileSync(built)));
  const writer = new PackageWriter();
  for (const [name, data] of Object.entries(wanted)) {
    const raw = original.raw(name);
    if (raw && raw.uncompressedSize === data.length && Buffer.from(original.read(name) ?? []).equals(Buffer.from(data))) writer.copy(raw);
    else writer.add(name, deflateBytes(data));
  }
  writeFileSync(output, writer.finish());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--deflate') deflateFloor(args[1], args[2], args[3]);
  else await excelJsFloor(args[0], args[1]);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
