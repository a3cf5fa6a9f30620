/**
 * The *Mappa colonne* voce is JSON the user (or another tool) typed: every shape other than
 * `{ "<foglio>": { "<campo>": "<intestazione>" } }` is a warning and is ignored, never a crash.
 */
import { readRegister } from '../../src/core/read';
import { sheet, workbook } from '../fixtures/grid';

const ROW = ['FINANZIARIO', 1, 'Tempestività dei pagamenti', 100];

function read(mappa: string) {
  return readRegister(workbook([sheet('Obiettivi', [['Settore', 'N.', 'Obiettivo', 'Punti'], ROW])], { 'Mappa colonne': mappa }));
}

describe('Mappa colonne of the wrong shape', () => {
  it.each([['[1, 2]'], ['"peso"'], ['42'], ['null'], ['true']])('%s: one warning, nothing mapped', (mappa) => {
    const r = read(mappa);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['IMPOSTAZIONE_NON_VALIDA', 'warning']);
    // Without a mapping, Punti is not the Peso column.
    expect(r.diagnostics.map((d) => d.code)).toContain('COLONNA_MANCANTE');
  });

  it.each([['{ "obiettivi": ["peso"] }'], ['{ "obiettivi": null }'], ['{ "obiettivi": "Punti" }']])('%s: the sheet entry is ignored with a warning', (mappa) => {
    const r = read(mappa);
    expect(r.diagnostics.filter((d) => d.code === 'IMPOSTAZIONE_NON_VALIDA')).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.code)).toContain('COLONNA_MANCANTE');
  });

  it('a good sheet entry still applies beside a bad one', () => {
    const r = read('{ "obiettivi": { "peso": "Punti" }, "fasi": [1] }');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['IMPOSTAZIONE_NON_VALIDA']);
    expect(r.piano.obiettivi[0].peso).toBe(100);
  });
});
