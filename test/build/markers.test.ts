import * as limits from '../../src/core/plans/limits';
import * as names from '../../src/core/plans/sheetNames';
import { encodeMarker, generatedSheets, markerFormula, nextMarkerNumber, parseMarker, sheetOfReference } from '../../src/core/plans/markers';

describe('generated-sheet markers', () => {
  it('encodes kind, year and the given name in the defined name, the sheet in the reference', () => {
    const m = encodeMarker(3, 'riepilogo', 2025, "Riepilogo dell'ente 😀");
    expect(m.name.startsWith('_PEG_GEN_3_riepilogo_2025_')).toBe(true);
    expect(m.name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(m.name.length).toBeLessThan(255);
    expect(m.formula).toBe("'Riepilogo dell''ente 😀'!$A$1");
    const p = parseMarker({ name: m.name, formula: `=${m.formula}` })!;
    expect(p).toMatchObject({ version: 2, n: 3, kind: 'riepilogo', year: 2025, given: "Riepilogo dell'ente 😀", target: "Riepilogo dell'ente 😀" });
  });

  it('a sheet is generated only while the marker points at it and it keeps the given name', () => {
    const m = encodeMarker(1, 'cronoprogramma', 2025, 'Cronoprogramma 2025');
    const sheets = ['Obiettivi', 'Cronoprogramma 2025'];
    expect([...generatedSheets(sheets, [m]).keys()]).toEqual(['cronoprogramma 2025']);
    // Renamed by the user: the reference follows the rename, the recorded name does not.
    const renamed = { name: m.name, formula: "'Note del Nucleo'!$A$1" };
    expect(generatedSheets(['Obiettivi', 'Note del Nucleo'], [renamed]).size).toBe(0);
    // A rename that keeps the old name's look is still a rename.
    expect(generatedSheets(['Cronoprogramma 2025 bis'], [{ name: m.name, formula: "'Cronoprogramma 2025 bis'!$A$1" }]).size).toBe(0);
    // A sheet-scoped copy of the name (Excel's Move or Copy) never marks anything.
    expect(generatedSheets(sheets, [{ ...m, sheetScoped: true }]).size).toBe(0);
    // Pointing at nothing.
    expect(generatedSheets(sheets, [{ name: m.name, formula: '#REF!$A$1' }]).size).toBe(0);
  });

  it('keeps recognising v1 markers while the sheet has a name the tool gives', () => {
    const v1 = { name: '_PEG_GEN_1', formula: "'Riepilogo 2024'!$A$1" };
    expect(parseMarker(v1)).toMatchObject({ version: 1, kind: 'riepilogo', year: 2024, given: null });
    expect(generatedSheets(['Riepilogo 2024'], [v1]).get('riepilogo 2024')?.kind).toBe('riepilogo');
    expect(generatedSheets(['Note Nucleo'], [{ name: '_PEG_GEN_1', formula: "'Note Nucleo'!$A$1" }]).size).toBe(0);
  });

  it('ignores names that only look like markers', () => {
    expect(parseMarker({ name: '_PEG_GENERALE', formula: 'Obiettivi!$A$1' })).toBeNull();
    expect(parseMarker({ name: 'PEG_GEN_1', formula: 'Obiettivi!$A$1' })).toBeNull();
  });

  it('numbers markers past every name in use', () => {
    expect(nextMarkerNumber(['_PEG_GEN_1', '_PEG_GEN_2_schede_2025_0041', 'Altro'])).toBe(3);
    expect(nextMarkerNumber([], [1])).toBe(2);
  });

  it('reads sheet references quoted or plain', () => {
    expect(sheetOfReference("='It''s'!$A$1")).toBe("It's");
    expect(sheetOfReference('Foglio1!$A$1')).toBe('Foglio1');
    expect(sheetOfReference('"testo"')).toBeNull();
    expect(markerFormula('A')).toBe("'A'!$A$1");
  });
});

describe("Excel's limits", () => {
  it('cuts sheet names on whole characters, never half an emoji', () => {
    const settore = `${'A'.repeat(29)}😀😀`;
    const name = names.uniqueSheetName(settore, []);
    expect(name.length).toBeLessThanOrEqual(31);
    // Excel counts UTF-16 units: 29 letters and one emoji are 31; a second emoji does not fit whole.
    expect(name).toBe(`${'A'.repeat(29)}😀`);
    expect(names.uniqueSheetName(`${'B'.repeat(30)}😀`, [])).toBe('B'.repeat(30));
    expect(limits.cutWhole('ab😀', 3)).toBe('ab');
  });

  it('cuts cell text over 32,767 characters with an ellipsis', () => {
    const long = 'x'.repeat(40_000);
    const fit = limits.fitCellText(long);
    expect(fit.cut).toBe(true);
    expect(fit.text.length).toBe(32_767);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(limits.fitCellText('breve')).toEqual({ text: 'breve', cut: false });
  });

  it('finds formulas Excel refuses: over 8,192 characters, or a string literal over 255', () => {
    expect(limits.formulaProblem(`=${'A1+'.repeat(3000)}1`)).toBe('troppo-lunga');
    expect(limits.formulaProblem(`=SUMIFS(A:A,B:B,"${'x'.repeat(256)}")`)).toBe('testo-troppo-lungo');
    expect(limits.formulaProblem(`=SUMIFS(A:A,B:B,"${'x'.repeat(255)}")`)).toBeNull();
  });

  it('keeps at most 1,023 manual page breaks', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => i * 10);
    expect(limits.fitPageBreaks(rows)).toMatchObject({ cut: true });
    expect(limits.fitPageBreaks(rows).rows).toHaveLength(1023);
  });
});

describe('the sheets a long sheet is split into', () => {
  it('are named with a suffix, the name cut on whole characters to fit 31', () => {
    expect(limits.pieceName('Schede 2025', 0)).toBe('Schede 2025');
    expect(limits.pieceName('Schede 2025', 2)).toBe('Schede 2025 – 3');
    // 30 units, an emoji right where 27 units end (31 less the suffix's 4): it is dropped whole.
    const long = `Schede 2025 Settore ${'x'.repeat(6)}😀ab`;
    const named = limits.pieceName(long, 1);
    expect(named.length).toBeLessThanOrEqual(31);
    expect(named).toBe(`Schede 2025 Settore ${'x'.repeat(6)} – 2`);
    expect(named).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
