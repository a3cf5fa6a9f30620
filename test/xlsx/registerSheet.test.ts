/**
 * Which sheet is the register when several are named for it (docs/formato-cartella.md): the sheet
 * named exactly, then the one with the plan year, then the first; the others are named in a
 * FOGLIO_AMBIGUO warning. Read from real files, through the file adapter.
 */
import { readRegister } from '../../src/core/read';
import type { SheetSpec } from '../helpers/workbook';
import { gridOf } from '../helpers/workbook';

const HEAD = ['Settore', 'N.', 'Obiettivo', 'Peso'];
const register = (name: string, titolo: string): SheetSpec => ({ name, rows: [HEAD, ['FINANZIARIO', 1, titolo, 100]] });
const impostazioni = (anno: number): SheetSpec => ({ name: 'Impostazioni', rows: [['Voce', 'Valore'], ['Anno', anno]] });

async function read(sheets: SheetSpec[], definedNames?: { name: string; ref: string }[]) {
  const r = readRegister(await gridOf(definedNames ? { sheets, definedNames } : sheets));
  return {
    titoli: r.piano.obiettivi.map((o) => o.titolo),
    ambigui: r.diagnostics.filter((d) => d.code === 'FOGLIO_AMBIGUO'),
    codes: r.diagnostics.map((d) => d.code),
  };
}

describe('the register sheet among several candidates', () => {
  it('prefers the sheet named exactly "Obiettivi" to an earlier "Obiettivi 2024", and says so naming both', async () => {
    const r = await read([register('Obiettivi 2024', 'vecchio'), register('Obiettivi', 'nuovo')]);
    expect(r.titoli).toEqual(['nuovo']);
    expect(r.ambigui).toHaveLength(1);
    expect(r.ambigui[0]).toMatchObject({ severity: 'warning', sheet: 'Obiettivi' });
    expect(r.ambigui[0].message).toContain('"Obiettivi"');
    expect(r.ambigui[0].message).toContain('"Obiettivi 2024"');
  });

  it('without an exact name, takes the sheet of the plan year', async () => {
    const r = await read([register('Obiettivi 2024', 'vecchio'), register('Obiettivi 2025', 'nuovo'), impostazioni(2025)]);
    expect(r.titoli).toEqual(['nuovo']);
    expect(r.ambigui.map((d) => d.sheet)).toEqual(['Obiettivi 2025']);
    expect(r.ambigui[0].message).toContain('"Obiettivi 2024"');
  });

  it('otherwise the first in workbook order, still with the warning', async () => {
    const r = await read([register('Obiettivi B', 'primo'), register('Obiettivi A', 'secondo')]);
    expect(r.titoli).toEqual(['primo']);
    expect(r.ambigui.map((d) => d.sheet)).toEqual(['Obiettivi B']);
  });

  it('one candidate: no warning', async () => {
    const r = await read([register('Obiettivi 2025', 'unico')]);
    expect(r.titoli).toEqual(['unico']);
    expect(r.ambigui).toEqual([]);
  });

  it('a sheet without the register headers is not a candidate', async () => {
    const r = await read([{ name: 'Obiettivi', rows: [['Scheda obiettivo n. 1'], ['Settore: FINANZIARIO']] }, register('Obiettivi (2)', 'registro')]);
    expect(r.titoli).toEqual(['registro']);
    expect(r.ambigui).toEqual([]);
  });

  it('a defined name that merely looks like a marker never hides the register', async () => {
    const r = await read([register('Obiettivi', 'registro')], [{ name: '_PEG_GEN_1', ref: "'Obiettivi'!$A$1" }]);
    expect(r.titoli).toEqual(['registro']);
    expect(r.codes).not.toContain('FOGLIO_MANCANTE');
  });
});
