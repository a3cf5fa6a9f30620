import { analyze } from '../../src/core/analyze';
import { planSchede } from '../../src/core/plans/schede';
import { readSchede } from '../../src/core/schede';
import { newWorkbookBytes } from '../../src/xlsx/write/newWorkbook';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { calusoRegisterGrid } from './build';

/**
 * The schede the tool itself prints (build → Schede sheet) are schede too: once a user copies
 * one out of the generated sheet, the reader must read it back into the same objectives.
 */
describe('the generated Schede sheet read back as schede', () => {
  it('gives back the register objectives', async () => {
    const register = analyze(calusoRegisterGrid({ raggiunto: true }));
    const { bytes } = newWorkbookBytes({ sheets: planSchede(register), columnWrites: [], removeSheets: [] });
    const grid = await readWorkbookGrid(bytes, { name: 'schede.xlsx' });
    // As if copied out of the generated sheet: the copy does not carry the marker.
    const copied = { sheets: grid.sheets.map((s) => ({ ...s, generated: false })) };
    const read = readSchede(copied);
    const key = (o: { anni: number[]; settore: string; numero: number | null }) => `${o.anni.join('-')}|${o.settore}|${o.numero}`;
    const expected = [...register.piano.obiettivi].sort((a, b) => key(a).localeCompare(key(b)));
    const got = [...read.obiettivi].sort((a, b) => key(a).localeCompare(key(b)));
    expect(got.map((o) => [key(o), o.peso, o.titolo, o.responsabile])).toEqual(expected.map((o) => [key(o), o.peso, o.titolo, o.responsabile]));
    got.forEach((o, i) => {
      expect(o.fasi.map((f) => f.attivita)).toEqual(expected[i].fasi.map((f) => f.attivita));
      expect(o.indicatori.map((x) => [x.gruppo, x.descrizione])).toEqual(expected[i].indicatori.map((x) => [x.gruppo, x.descrizione]));
    });
    // Same weights and scores from the printed schede as from the register.
    const again = analyze(copied);
    const scores = (a: typeof register) =>
      a.settori.map((s) => [s.anno, s.settore, s.sommaPesi, s.obiettiviPropri, s.obiettiviTutti, s.punteggio]).sort((x, y) => String(x[1]).localeCompare(String(y[1])));
    expect(again.layout.layout).toBe('schede');
    expect(scores(again)).toEqual(scores(register));
  });
});
