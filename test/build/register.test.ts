/** planRegister: a Piano written as canonical register sheets reads back as the same plan. */
import { analyze } from '../../src/core/analyze';
import { planRegister } from '../../src/core/plans/register';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { newWorkbookBytes } from '../../src/xlsx/write/newWorkbook';
import { openWorkbookPackage } from '../../src/xlsx/package/open';
import { buildCaluso } from './caluso';

async function analyzeBytes(bytes: Uint8Array) {
  return analyze(await readWorkbookGrid(bytes));
}

test('a Caluso-like plan written by planRegister reads back with the same objectives and results', async () => {
  const original = await analyzeBytes(new Uint8Array((await buildCaluso({ dirty: true }).xlsx.writeBuffer()) as ArrayBuffer));
  const plan = planRegister(original.piano);
  const { bytes } = newWorkbookBytes({ sheets: plan, columnWrites: [], removeSheets: [] });
  // Register sheets are the user's: no generated-sheet marker (only print titles, if any).
  expect(openWorkbookPackage(bytes, 'r.xlsx').workbook.definedNames.filter((n) => !n.name.startsWith('_xlnm.'))).toEqual([]);
  const again = await analyzeBytes(bytes);
  const key = (a: typeof original) =>
    a.piano.obiettivi.map((o) => ({ anni: o.anni, settore: o.settore, numero: o.numero, titolo: o.titolo, peso: o.peso, fasi: o.fasi.length, indicatori: o.indicatori.length, personale: o.personale.length }));
  expect(key(again)).toEqual(key(original));
  expect(again.settori.map((s) => [s.anno, s.settore, s.sommaPesi, s.punteggio])).toEqual(original.settori.map((s) => [s.anno, s.settore, s.sommaPesi, s.punteggio]));
  expect(again.obiettivi.map((o) => o.punteggio)).toEqual(original.obiettivi.map((o) => o.punteggio));
});
