/** Settore names cut for sheet names still say which settore (issue: `Crono 2021 AMMINISTRATIVO E`). */
import { abbreviateWord, composeSheetName, cutOnWords, isValidSheetName } from '../../src/core/plans/sheetNames';

describe('readable sheet names for long settori', () => {
  test.each([
    // Fits: unchanged.
    ['POLIZIA LOCALE', 'Crono 2021 POLIZIA LOCALE'],
    // The first part before a comma, when it fits.
    ['TECNICO MANUTENTIVO, LAVORI PUBBLICI E AMBIENTE', 'Crono 2021 TECNICO MANUTENTIVO'],
    // No comma: little words dropped, then the longest words abbreviated, never a dangling `E`.
    ['AMMINISTRATIVO E SERVIZI DEMOGRAFICI', 'Crono 2021 AMMIN. SERV. DEMOGR.'],
    ['AMMINISTRATIVO E CONTABILE', 'Crono 2021 AMMIN. CONTABILE'],
    ['AFFARI GENERALI E ISTITUZIONALI', 'Crono 2021 AFFARI GENER. ISTIT.'],
    ['SETTORE AMMINISTRATIVO ECONOMICO FINANZIARIO', 'Crono 2021 AMMIN. ECON. FINANZ.'],
  ])('%s → %s', (settore, expected) => {
    const name = composeSheetName('Crono 2021', settore);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(isValidSheetName(name)).toBe(true);
  });

  test('two settori that share their first word stay apart', () => {
    const a = composeSheetName('Crono 2021', 'AMMINISTRATIVO E SERVIZI DEMOGRAFICI');
    const b = composeSheetName('Crono 2021', 'AMMINISTRATIVO E CONTABILE');
    expect(a).not.toBe(b);
  });

  test('a cut never ends on a little word', () => {
    expect(cutOnWords('AMMINISTRATIVO E CONTABILE', 17)).toBe('AMMINISTRATIVO');
    expect(cutOnWords('Ufficio del personale', 12)).toBe('Ufficio');
  });

  test.each([
    ['AMMINISTRATIVO', 'AMMIN.'],
    ['DEMOGRAFICI', 'DEMOGR.'],
    ['SERVIZI', 'SERV.'],
    ['FINANZIARIO', 'FINANZ.'],
    ['TECNICO', 'TECN.'],
    ['LAVORI', null],
    ['URP', null],
  ])('abbreviateWord(%s) = %s', (word, short) => {
    expect(abbreviateWord(word)).toBe(short);
  });
});
