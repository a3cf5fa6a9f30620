import fc from 'fast-check';
import { readSchede } from '../../src/core/schede';
import { monthsToTempistica, planConversion } from '../../src/core/schede/to-register';
import { readTempistica } from '../../src/core/tempistica';
import { defaultImpostazioni, type Piano } from '../../src/core/model';
import { CALUSO } from '../fixtures/schede/caluso';
import { schedaSheet } from './build';

const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

describe('monthsToTempistica', () => {
  it('writes the marked months as Italian Tempistica', () => {
    expect(monthsToTempistica([])).toBeNull();
    expect(monthsToTempistica(['2021-03'])).toBe('Marzo 2021');
    expect(monthsToTempistica(['2021-03', '2021-04', '2021-05', '2021-06'])).toBe('Da marzo a giugno 2021');
    expect(monthsToTempistica(['2021-09', '2021-03', '2021-06'])).toBe('Marzo, giugno e settembre 2021');
    expect(monthsToTempistica(['2021-11', '2021-12', '2022-01'])).toBe('Da novembre 2021 a gennaio 2022');
  });

  it('is read back to the same months by the Tempistica reader', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }), (months) => {
        const mesi = months.map((m) => ym(2021, m));
        const text = monthsToTempistica(mesi)!;
        expect(readTempistica(text, { years: [2021] }).months).toEqual([...mesi].sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('planConversion', () => {
  const read = readSchede({ sheets: [schedaSheet('Obiettivi', CALUSO[0], { mesi: { 1: [1, 7] } })] });
  const piano: Piano = { obiettivi: read.obiettivi, impostazioni: { ...defaultImpostazioni(), anno: 2021 }, layout: 'schede', sheets: [] };

  it('gives the register sheets free names beside the existing ones, unmarked, as new sheets', () => {
    const plan = planConversion(piano, { existingSheets: ['Obiettivi', 'fasi'], withImpostazioni: true });
    expect(plan.sheets.map((s) => s.name)).toEqual(['Obiettivi (2)', 'Fasi (2)', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni']);
    expect(plan.sheets.every((s) => s.replaces === null && s.marker === false)).toBe(true);
    expect(plan.removeSheets).toEqual([]);
    expect(plan.columnWrites).toEqual([]);
  });

  it('keeps the user\'s own Impostazioni sheet', () => {
    const plan = planConversion(piano, { existingSheets: ['Impostazioni'], withImpostazioni: false });
    expect(plan.sheets.map((s) => s.name)).not.toContain('Impostazioni');
    expect(plan.sheets.map((s) => s.name)).not.toContain('Impostazioni (2)');
  });

  it('writes the cronoprogramma marks as the phase Tempistica and text as text', () => {
    const fasi = planConversion(piano, { existingSheets: [], withImpostazioni: true }).sheets[1];
    const texts = fasi.cells.filter((c) => c.value?.t === 'text').map((c) => (c.value as { v: string }).v);
    expect(texts).toContain('Gennaio e luglio 2021');
    expect(fasi.cells.some((c) => c.value?.t === 'formula')).toBe(false);
  });
});
