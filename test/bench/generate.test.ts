import fc from 'fast-check';
import { generatePlan, HEADERS, type SyntheticPlan } from '../../src/bench/generate';
import { mulberry32, splitInteger } from '../../src/bench/prng';
import type { Cell, SheetGrid } from '../../src/core/grid';

const sheetOf = (plan: SyntheticPlan, name: string): SheetGrid => {
  const s = plan.grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`missing sheet ${name}`);
  return s;
};
const v = (c: Cell | null | undefined) => c?.v ?? null;

/** Σ peso per settore (own + TUTTI), computed from the grid as a reader would. */
function totals(plan: SyntheticPlan): Map<string, number> {
  const rows = sheetOf(plan, 'Obiettivi').rows.slice(1);
  const col = (h: string) => HEADERS.obiettivi.indexOf(h as never);
  let tutti = 0;
  const own = new Map<string, number>();
  for (const r of rows) {
    const settore = v(r[col('Settore')]) as string;
    const peso = v(r[col('Peso')]) as number;
    if (settore === 'TUTTI') tutti += peso;
    else own.set(settore, (own.get(settore) ?? 0) + peso);
  }
  return new Map([...own].map(([s, p]) => [s, p + tutti]));
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('splits an integer into positive parts that add up', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.integer(), (total, k, seed) => {
      fc.pre(k <= total);
      const parts = splitInteger(mulberry32(seed), total, k);
      expect(parts).toHaveLength(k);
      expect(parts.every((p) => Number.isInteger(p) && p >= 1)).toBe(true);
      expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
    }));
  });
});

describe('generatePlan', () => {
  it('is deterministic for a seed', () => {
    const a = generatePlan({ obiettivi: 150, seed: 7 });
    const b = generatePlan({ obiettivi: 150, seed: 7 });
    const c = generatePlan({ obiettivi: 150, seed: 8 });
    expect(JSON.stringify(b.grid)).toBe(JSON.stringify(a.grid));
    expect(JSON.stringify(c.grid)).not.toBe(JSON.stringify(a.grid));
  });

  it('has the canonical sheets and headers and the requested shape', () => {
    const plan = generatePlan({ obiettivi: 100 });
    expect(plan.grid.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Fasi', 'Indicatori', 'Impostazioni']);
    expect(sheetOf(plan, 'Obiettivi').rows[0].map(v)).toEqual([...HEADERS.obiettivi]);
    expect(sheetOf(plan, 'Fasi').rows[0].map(v)).toEqual([...HEADERS.fasi]);
    expect(sheetOf(plan, 'Indicatori').rows[0].map(v)).toEqual([...HEADERS.indicatori]);
    expect(plan.counts).toEqual({ obiettivi: 100, tutti: 3, fasi: 400, indicatori: 300 });
    expect(sheetOf(plan, 'Obiettivi').rows).toHaveLength(101);
    expect(sheetOf(plan, 'Fasi').rows).toHaveLength(401);
    expect(sheetOf(plan, 'Indicatori').rows).toHaveLength(301);
    expect(plan.settori).toHaveLength(10);
    expect(new Set(plan.settori).size).toBe(plan.settori.length);
  });

  it('gives every objective 4 phases and 3 indicators that point at it, and unique keys', () => {
    const plan = generatePlan({ obiettivi: 120, seed: 3 });
    const key = (r: (Cell | null)[]) => `${v(r[0])}|${v(r[1])}|${v(r[HEADERS.obiettivi.indexOf('N.')])}`;
    const childKey = (r: (Cell | null)[]) => `${v(r[0])}|${v(r[1])}|${v(r[2])}`;
    const keys = sheetOf(plan, 'Obiettivi').rows.slice(1).map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const count = (name: string) => {
      const m = new Map<string, number>();
      for (const r of sheetOf(plan, name).rows.slice(1)) m.set(childKey(r), (m.get(childKey(r)) ?? 0) + 1);
      return m;
    };
    const fasi = count('Fasi');
    const indicatori = count('Indicatori');
    for (const k of keys) {
      expect(fasi.get(k)).toBe(4);
      expect(indicatori.get(k)).toBe(3);
    }
    expect(fasi.size).toBe(keys.length);
    expect(indicatori.size).toBe(keys.length);
  });

  it('writes dates as UTC-midnight dates with a date format and a Tempistica on every phase', () => {
    const plan = generatePlan({ obiettivi: 50 });
    const tempo = sheetOf(plan, 'Indicatori').rows.slice(1).filter((r) => v(r[3]) === 'Tempo');
    expect(tempo.length).toBeGreaterThan(0);
    for (const r of tempo) {
      const atteso = r[5] as Cell;
      expect(atteso.v).toBeInstanceOf(Date);
      expect((atteso.v as Date).getUTCHours()).toBe(0);
      expect(atteso.fmt).toBe('dd/mm/yyyy');
    }
    for (const r of sheetOf(plan, 'Fasi').rows.slice(1)) {
      expect(typeof v(r[5])).toBe('string');
      expect((v(r[5]) as string).length).toBeGreaterThan(0);
    }
  });

  it('makes every settore add up to 100 with its TUTTI objectives, at any size', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 600 }), fc.integer(), (n, seed) => {
      const plan = generatePlan({ obiettivi: n, seed });
      expect(plan.counts.obiettivi).toBe(n);
      const t = totals(plan);
      expect(t.size).toBe(plan.settori.length);
      for (const total of t.values()) expect(total).toBe(100);
    }), { numRuns: 40 });
  });

  it('falls back to hundredths when a settore has more objectives than integer weights allow', () => {
    const plan = generatePlan({ obiettivi: 203, settori: 1, tutti: 3 });
    const [total] = [...totals(plan).values()];
    expect(Math.abs(total - 100)).toBeLessThan(0.01);
    const pesi = sheetOf(plan, 'Obiettivi').rows.slice(1).map((r) => v(r[7]) as number);
    expect(pesi.every((p) => p > 0)).toBe(true);
    expect(pesi.some((p) => !Number.isInteger(p))).toBe(true);
  });

  it('scales to 10,000 objectives with the same invariants', () => {
    const plan = generatePlan({ obiettivi: 10_000 });
    expect(plan.counts).toEqual({ obiettivi: 10_000, tutti: 3, fasi: 40_000, indicatori: 30_000 });
    for (const total of totals(plan).values()) expect(total).toBe(100);
  });
});
