import { analyze } from '../../src/core/analyze';
import { stackedSheet, calusoRegisterGrid } from './build';
import { CALUSO } from '../fixtures/schede/caluso';

describe('a sheet of schede named "Obiettivi" next to a converted register', () => {
  it('reads the register from "Obiettivi (2)" and does not count the schede twice', () => {
    const register = calusoRegisterGrid();
    const regObiettivi = register.sheets.find((s) => s.name === 'Obiettivi');
    if (!regObiettivi) throw new Error('fixture without Obiettivi');
    const schede = stackedSheet('Obiettivi', CALUSO.slice(0, 3).map((s) => ({ s })));
    const grid = {
      sheets: [schede, { ...regObiettivi, name: 'Obiettivi (2)' }, ...register.sheets.filter((s) => s !== regObiettivi)],
    };
    const a = analyze(grid);
    expect(a.layout?.layout).toBe('misto');
    expect(a.layout?.registerSheet).toBe('Obiettivi (2)');
    expect(a.piano.sheets.find((s) => s.kind === 'obiettivi')?.name).toBe('Obiettivi (2)');
    expect(a.piano.obiettivi).toHaveLength(CALUSO.length);
    expect(a.diagnostics.filter((d) => d.code === 'COLONNA_MANCANTE' || d.code === 'CHIAVE_DUPLICATA')).toEqual([]);
  });
});
