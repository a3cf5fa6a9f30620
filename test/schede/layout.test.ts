import { analyze } from '../../src/core/analyze';
import { describeLayout, detectLayout } from '../../src/core/layout';
import { CALUSO } from '../fixtures/schede/caluso';
import { calusoRegisterGrid, calusoSchedeGrid, schedaSheet } from './build';

describe('detectLayout', () => {
  it('tells schede, register, both and nothing apart', () => {
    const schede = calusoSchedeGrid();
    const register = calusoRegisterGrid();
    expect(detectLayout(schede)).toEqual({ layout: 'schede', registerSheet: null, schedeSheets: schede.sheets.map((s) => s.name), schede: 29 });
    expect(detectLayout(register)).toMatchObject({ layout: 'registro', registerSheet: 'Obiettivi', schede: 0 });
    expect(detectLayout({ sheets: [...register.sheets, schedaSheet('Nuova scheda', CALUSO[0])] })).toMatchObject({ layout: 'misto', schede: 1 });
    expect(detectLayout({ sheets: [{ name: 'Foglio1', rows: [[{ v: 'appunti' }]] }] }).layout).toBe('vuoto');
  });

  it('does not take a sheet named Obiettivi that holds schede for a register', () => {
    const info = detectLayout({ sheets: [schedaSheet('Obiettivi 2021', CALUSO[4])] });
    expect(info).toMatchObject({ layout: 'schede', registerSheet: null, schede: 1 });
  });

  it('says it in Italian', () => {
    expect(describeLayout(detectLayout(calusoSchedeGrid()))).toBe('Formato rilevato: schede obiettivo (29 schede)');
    expect(describeLayout(detectLayout({ sheets: [schedaSheet('S', CALUSO[0])] }))).toBe('Formato rilevato: schede obiettivo (1 scheda)');
    expect(describeLayout(detectLayout(calusoRegisterGrid()))).toBe('Formato rilevato: registro (foglio «Obiettivi»)');
  });
});

describe('analyze on a mixed workbook', () => {
  it('merges register objectives and schede objectives', () => {
    const register = calusoRegisterGrid();
    // The register without the STAFF settore, whose two objectives arrive as schede.
    const staff = CALUSO.filter((s) => s.settore.includes('STAFF'));
    const obiettivi = register.sheets[0];
    obiettivi.rows = obiettivi.rows.filter((r) => !String(r[1]?.v ?? '').includes('STAFF'));
    for (const sheet of register.sheets.slice(1)) sheet.rows = sheet.rows.filter((r) => !String(r[1]?.v ?? '').includes('STAFF'));
    const grid = { sheets: [...register.sheets, ...staff.map((s, i) => schedaSheet(`Staff ${i + 1}`, s))] };
    const a = analyze(grid);
    expect(a.layout.layout).toBe('misto');
    expect(a.piano.layout).toBe('misto');
    expect(a.piano.obiettivi).toHaveLength(29);
    // The one error of the seed itself: an indicator of TUTTI n° 1 without atteso.
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['ATTESO_MANCANTE']);
    const staffSettore = a.settori.find((s) => s.settore.includes('STAFF'));
    expect(staffSettore).toMatchObject({ sommaPesi: 100, obiettiviPropri: 2, obiettiviTutti: 4 });
  });

  it('reads a scheda that repeats its register row once, and flags one that clashes by key', () => {
    const register = calusoRegisterGrid();
    const same = schedaSheet('Copia', CALUSO[4]);
    const clash = schedaSheet('Diversa', { ...CALUSO[5], titolo: 'ALTRO OBIETTIVO', peso: 7 });
    const a = analyze({ sheets: [...register.sheets, same, clash] });
    expect(a.piano.obiettivi).toHaveLength(30);
    const dup = a.diagnostics.filter((d) => d.code === 'CHIAVE_DUPLICATA');
    expect(dup).toEqual([expect.objectContaining({ sheet: 'Diversa', cell: 'A1' })]);
    expect(dup[0].message).toContain('Obiettivi!');
  });
});
