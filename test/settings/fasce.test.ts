/** The `Fasce` text a clerk writes, turned into bands (docs/regole.md, SMVP variants). */
import { FASCE_PUNTEGGIO, FASCE_RITARDO, applyFasce, formatFasce, parseFasce, type Fascia } from '../../src/core/settings/fasce';

function bands(text: string, opts = FASCE_PUNTEGGIO): Fascia[] {
  const r = parseFasce(text, opts);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('parseFasce', () => {
  it('reads the proportional middle band of the spec', () => {
    expect(bands('sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100')).toEqual([
      { da: null, daIncluso: false, a: 50, aIncluso: false, valore: 0 },
      { da: 50, daIncluso: true, a: 90, aIncluso: false, valore: 'proporzionale' },
      { da: 90, daIncluso: true, a: null, aIncluso: false, valore: 100 },
    ]);
  });

  it('reads fixed steps, in any order, with capitals, % and new lines', () => {
    const b = bands('Da 100% = 100\nsotto 50 = 0; da 75 a meno di 100 = 75;\nDA 50 A MENO DI 75 = 50');
    expect(b.map((f) => [f.da, f.a, f.valore])).toEqual([
      [null, 50, 0],
      [50, 75, 50],
      [75, 100, 75],
      [100, null, 100],
    ]);
  });

  it('reads lateness bands in days, with a bare "oltre" after the last edge', () => {
    expect(bands('fino a 30 giorni = 50; oltre = 0', FASCE_RITARDO)).toEqual([
      { da: null, daIncluso: false, a: 30, aIncluso: true, valore: 50 },
      { da: 30, daIncluso: false, a: null, aIncluso: false, valore: 0 },
    ]);
  });

  it.each([
    ['', 'non ci sono fasce'],
    ['sotto 50 = 0; da 60 = 100', 'manca una fascia tra 50 e 60'],
    ['sotto 50 = 0; da 40 = 100', 'si sovrappongono'],
    ['da 10 = 100', 'sotto 10'],
    ['sotto 50 = 0; da 50 a meno di 90 = 100', 'sopra 90'],
    ['sotto 50 = zero; da 50 = 100', 'non è un valore da 0 a 100'],
    ['sotto 50 = 0; da 50 = 120', 'non è un valore da 0 a 100'],
    ['molto = 0', 'non è una fascia leggibile'],
    ['sotto 50: 0', 'non ha la forma'],
    ['da 90 a meno di 50 = 0', 'vuota'],
  ])('%p → no bands, and the reason says %p', (text, why) => {
    const r = parseFasce(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain(why);
      expect(r.reason).toContain('es. sotto 50 = 0');
    }
  });

  it('a gap at the edge itself (both sides exclusive) is a gap', () => {
    expect(parseFasce('sotto 50 = 0; oltre 50 = 100').ok).toBe(false);
  });

  it('proporzionale is not a lateness value', () => {
    expect(parseFasce('fino a 30 giorni = proporzionale; oltre = 0', FASCE_RITARDO).ok).toBe(false);
  });
});

describe('applyFasce', () => {
  const b = bands('sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100');

  it.each([
    [0, 0],
    [49.99, 0],
    [50, 50],
    [89.99, 89.99],
    [90, 100],
    [100, 100],
  ])('%p → %p (edges compare the exact value)', (x, y) => {
    expect(applyFasce(b, x)).toBe(y);
  });

  it('a score beyond the covered range takes the nearest band', () => {
    const upTo100 = bands('sotto 50 = 0; da 50 a 100 = 80');
    expect(applyFasce(upTo100, 120)).toBe(80);
  });
});

describe('formatFasce', () => {
  it('writes bands back as a clerk reads them, and reads back the same', () => {
    const text = 'sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100';
    expect(formatFasce(bands(text))).toBe(text);
    const late = 'fino a 30 giorni = 50; oltre 30 giorni = 0';
    expect(formatFasce(bands(late, FASCE_RITARDO), 'giorni')).toBe(late);
    expect(bands(formatFasce(bands(late, FASCE_RITARDO), 'giorni'), FASCE_RITARDO)).toEqual(bands(late, FASCE_RITARDO));
  });
});
