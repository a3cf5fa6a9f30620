import fc from 'fast-check';
import { composeSheetName, isValidSheetName, shortSettore, uniqueSheetName } from '../../src/core/plans/sheetNames';

const LONG = "SETTORE TECNICO MANUTENTIVO, PATRIMONIO, AMBIENTE ED ATTIVITA' PRODUTTIVE";

describe('sheet names', () => {
  test('a long settore becomes a short readable name within 31 characters', () => {
    const name = composeSheetName('Crono 2021', LONG);
    expect(name).toBe('Crono 2021 TECNICO MANUTENTIVO');
    expect(isValidSheetName(name)).toBe(true);
    expect(shortSettore('Area: Servizi/Demografici [URP]?', 40)).toBe('Servizi Demografici URP');
  });

  test('a taken name gets (2), (3)… case-insensitively, still within 31 characters', () => {
    expect(uniqueSheetName('Riepilogo', ['riepilogo'])).toBe('Riepilogo (2)');
    expect(uniqueSheetName('Riepilogo', ['RIEPILOGO', 'Riepilogo (2)'])).toBe('Riepilogo (3)');
    const long = composeSheetName('Crono 2021', LONG);
    const second = uniqueSheetName(long, [long]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });

  test('any text gives a valid name, unique among those already taken', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), (wanted, taken) => {
        const name = uniqueSheetName(composeSheetName('Crono 2025', wanted), taken);
        expect(isValidSheetName(name)).toBe(true);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});
