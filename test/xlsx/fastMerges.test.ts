/**
 * The linear merge check (src/xlsx/fastMerges.ts) replaces ExcelJS's quadratic one: it must refuse
 * exactly the merges ExcelJS refuses and leave the written file exactly as ExcelJS writes it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { installFastMerges, restoreExcelJsMerges } from '../../src/xlsx/fastMerges';

type MergeWorksheet = ExcelJS.Worksheet & { _mergeCellsInternal: (...args: unknown[]) => void };

const installed = installFastMerges();

/** The ExcelJS prototype method now in use (patched or not). */
function currentMethod(): unknown {
  return (Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as MergeWorksheet)._mergeCellsInternal;
}

/** Runs `fn` with ExcelJS's own (quadratic) merge check, then puts the linear one back. */
async function unpatched<T>(fn: () => Promise<T>): Promise<T> {
  restoreExcelJsMerges();
  try {
    return await fn();
  } finally {
    installFastMerges();
  }
}

/** Every part of the package, except the timestamps in docProps/core.xml. */
async function parts(bytes: Uint8Array | ArrayBuffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir || name === 'docProps/core.xml') continue;
    out.set(name, await zip.files[name].async('string'));
  }
  return out;
}

/** The same sequence of merges (some refused) on a sheet of the given ExcelJS; the refusals and the file. */
async function mergeScript(): Promise<{ refused: string[]; bytes: ArrayBuffer; merges: string[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Schede');
  ws.getCell('A1').value = 'titolo';
  ws.getCell('B2').value = 42;
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  const attempts: [string, boolean][] = [
    ['A1:D1', false],
    ['B2:C3', true],
    ['E5:E5', false], // a 1×1 merge: its master has no slaves
    ['E5:F6', false], // refused: overlaps the 1×1 merge
    ['C1:C2', false], // refused: overlaps A1:D1 at C1
    ['A2:A3', false],
    ['A3:B4', false], // refused: A3 is a slave of A2:A3
    ['B3:B3', false], // refused: inside B2:C3
    ['A5:D5', true],
    ['A1:D1', false], // refused: the same range again
    ['D2:D9', false], // refused: overlaps A5:D5 at D5
    ['F1:G2', false],
  ];
  const refused: string[] = [];
  for (const [range, withoutStyle] of attempts) {
    try {
      if (withoutStyle) ws.mergeCellsWithoutStyle(range);
      else ws.mergeCells(range);
    } catch (err) {
      refused.push(`${range}: ${(err as Error).message}`);
    }
  }
  ws.unMergeCells('A2');
  ws.mergeCells('A2:A4'); // A2:A4 after the unmerge: allowed again
  const merges = [...(ws.model as { merges: string[] }).merges].sort();
  return { refused, bytes: (await wb.xlsx.writeBuffer()) as ArrayBuffer, merges };
}

describe('linear merge check for ExcelJS', () => {
  it('is installed on ExcelJS 4.4.0', () => {
    expect(installed).toBe(true);
    const fast = currentMethod();
    restoreExcelJsMerges();
    const slow = currentMethod();
    installFastMerges();
    expect(fast).not.toBe(slow);
    expect(currentMethod()).toBe(fast);
  });

  it('refuses the same overlapping merges with the same error and writes the same file', async () => {
    const fast = await mergeScript();
    const slow = await unpatched(mergeScript);
    expect(fast.refused).toEqual(slow.refused);
    expect(fast.refused).toEqual([
      'E5:F6: Cannot merge already merged cells',
      'C1:C2: Cannot merge already merged cells',
      'A3:B4: Cannot merge already merged cells',
      'B3:B3: Cannot merge already merged cells',
      'A1:D1: Cannot merge already merged cells',
      'D2:D9: Cannot merge already merged cells',
    ]);
    expect(fast.merges).toEqual(slow.merges);
    expect(await parts(fast.bytes)).toEqual(await parts(slow.bytes));
  });

  it('reads back a file with merges as the unpatched library does', async () => {
    const { bytes } = await mergeScript();
    const fast = new ExcelJS.Workbook();
    await fast.xlsx.load(bytes);
    const slow = await unpatched(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes);
      return wb;
    });
    const fastSheet = fast.getWorksheet('Schede')!;
    const slowSheet = slow.getWorksheet('Schede')!;
    expect((fastSheet.model as { merges: string[] }).merges.sort()).toEqual((slowSheet.model as { merges: string[] }).merges.sort());
    expect(() => fastSheet.mergeCells('B1:B2')).toThrow('Cannot merge already merged cells');
    await unpatched(async () => expect(() => slowSheet.mergeCells('B1:B2')).toThrow('Cannot merge already merged cells'));
  });
});
