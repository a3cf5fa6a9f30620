import { encodeMarker } from '../../src/core/plans/markers';
import { resolveSheets } from '../../src/core/plans/resolve';

const mark = (n: number, kind: 'riepilogo' | 'cronoprogramma' | 'schede', sheet: string) => encodeMarker(n, kind, 2025, sheet);

describe('resolveSheets', () => {
  it('creates new sheets with fresh markers in a workbook without generated sheets', () => {
    const r = resolveSheets({ sheets: ['Obiettivi'], names: [] }, [
      { name: 'Riepilogo 2025', kind: 'riepilogo' },
      { name: 'Cronoprogramma 2025', kind: 'cronoprogramma' },
    ]);
    expect(r.sheets.map((s) => [s.action, s.name, s.marker?.name.slice(0, 12)])).toEqual([
      ['create', 'Riepilogo 2025', '_PEG_GEN_1_r'],
      ['create', 'Cronoprogramma 2025', '_PEG_GEN_2_c'],
    ]);
    expect(r.remove).toEqual([]);
    expect(r.dropMarkers).toEqual([]);
  });

  it('replaces a generated sheet of the same name; its marker is dropped and written again, same name', () => {
    const old = mark(1, 'riepilogo', 'Riepilogo 2025');
    const r = resolveSheets({ sheets: ['Obiettivi', 'Riepilogo 2025'], names: [old] }, [{ name: 'Riepilogo 2025', kind: 'riepilogo' }]);
    expect(r.sheets[0]).toMatchObject({ action: 'replace', name: 'Riepilogo 2025' });
    expect(r.sheets[0].marker!.name).toBe(old.name);
    expect(r.dropMarkers).toEqual([old.name]);
  });

  it('never takes a user sheet: the new sheet gets a free name, and the next build replaces that one', () => {
    const first = resolveSheets({ sheets: ['Obiettivi', 'Riepilogo 2025'], names: [] }, [{ name: 'Riepilogo 2025', kind: 'riepilogo' }]);
    expect(first.sheets[0]).toMatchObject({ action: 'create', name: 'Riepilogo 2025 (2)', nameTakenBy: 'Riepilogo 2025' });
    const second = resolveSheets(
      { sheets: ['Obiettivi', 'Riepilogo 2025', 'Riepilogo 2025 (2)'], names: [first.sheets[0].marker!] },
      [{ name: 'Riepilogo 2025', kind: 'riepilogo' }],
    );
    expect(second.sheets[0]).toMatchObject({ action: 'replace', name: 'Riepilogo 2025 (2)' });
    expect(second.remove).toEqual([]);
  });

  it('keeps a renamed generated sheet and writes a fresh one', () => {
    const old = mark(1, 'riepilogo', 'Riepilogo 2025');
    const renamed = { name: old.name, formula: "'Riepilogo con note'!$A$1" };
    const r = resolveSheets({ sheets: ['Obiettivi', 'Riepilogo con note'], names: [renamed] }, [{ name: 'Riepilogo 2025', kind: 'riepilogo' }]);
    expect(r.sheets[0]).toMatchObject({ action: 'create', name: 'Riepilogo 2025' });
    expect(r.remove).toEqual([]);
    expect(r.kept).toEqual([{ name: 'Riepilogo con note', reason: 'rinominato', given: 'Riepilogo 2025' }]);
    expect(r.dropMarkers).toEqual([old.name]);
  });

  it('keeps a copy (sheet-scoped duplicate of the marker) and replaces only the original', () => {
    const old = mark(1, 'cronoprogramma', 'Cronoprogramma 2025');
    const copy = { name: old.name, formula: "'Cronoprogramma 2025 (2)'!$A$1", sheetScoped: true };
    const r = resolveSheets({ sheets: ['Cronoprogramma 2025', 'Cronoprogramma 2025 (2)'], names: [old, copy] }, [
      { name: 'Cronoprogramma 2025', kind: 'cronoprogramma' },
    ]);
    expect(r.sheets[0]).toMatchObject({ action: 'replace', name: 'Cronoprogramma 2025' });
    expect(r.kept).toEqual([{ name: 'Cronoprogramma 2025 (2)', reason: 'copia', given: null }]);
    expect(r.remove).toEqual([]);
  });

  it('removes generated sheets of a rebuilt kind no longer wanted, never other kinds', () => {
    const a = mark(1, 'riepilogo', 'Riepilogo 2024');
    const b = mark(2, 'schede', 'Schede 2024');
    const r = resolveSheets({ sheets: ['Riepilogo 2024', 'Schede 2024'], names: [a, b] }, [{ name: 'Riepilogo 2025', kind: 'riepilogo' }]);
    expect(r.remove).toEqual(['Riepilogo 2024']);
    expect(r.sheets[0]).toMatchObject({ action: 'create', name: 'Riepilogo 2025' });
    // Number 1 is free again (its sheet goes), 2 stays with the Schede.
    expect(r.sheets[0].marker!.name.startsWith('_PEG_GEN_1_riepilogo_2025_')).toBe(true);
    expect(r.dropMarkers).toEqual([a.name]);
  });

  it('register sheets (no marker) are created under free names and never replace anything', () => {
    const r = resolveSheets({ sheets: ['Obiettivi'], names: [] }, [{ name: 'Obiettivi', kind: 'registro', marker: false }]);
    expect(r.sheets[0]).toMatchObject({ action: 'create', name: 'Obiettivi (2)', marker: null });
  });

  it('v1 markers are replaced and dropped like current ones', () => {
    const v1 = { name: '_PEG_GEN_1', formula: "'Cronoprogramma 2025'!$A$1" };
    const r = resolveSheets({ sheets: ['Cronoprogramma 2025'], names: [v1] }, [{ name: 'Cronoprogramma 2025', kind: 'cronoprogramma' }]);
    expect(r.sheets[0]).toMatchObject({ action: 'replace', name: 'Cronoprogramma 2025' });
    expect(r.sheets[0].marker!.name.startsWith('_PEG_GEN_1_cronoprogramma_2025_')).toBe(true);
    expect(r.dropMarkers).toEqual(['_PEG_GEN_1']);
  });
});

test('a plan the planner already renamed still names the user sheet that had its name', () => {
  const r = resolveSheets({ sheets: ['Riepilogo 2025'], names: [] }, [{ name: 'Riepilogo 2025 (2)', kind: 'riepilogo' }]);
  expect(r.sheets[0]).toMatchObject({ action: 'create', name: 'Riepilogo 2025 (2)', nameTakenBy: 'Riepilogo 2025' });
});
