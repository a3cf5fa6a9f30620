/**
 * A tiny seeded PRNG (mulberry32): the benchmarks and the scale tests need the same plan for the
 * same seed on every machine, which Math.random cannot give.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/**
 * Splits `total` into `parts` positive integers (each at least 1) at random. Integers keep the
 * weight check exact: a float split could miss 100 by a rounding step.
 */
export function splitInteger(rng: Rng, total: number, parts: number): number[] {
  if (parts <= 0) return [];
  if (parts > total) throw new Error(`cannot split ${total} into ${parts} positive parts`);
  // Cut points: parts-1 distinct values in 1..total-1, chosen by a partial Fisher–Yates shuffle.
  const pool = Array.from({ length: total - 1 }, (_, i) => i + 1);
  for (let i = 0; i < parts - 1; i++) {
    const j = i + Math.floor(rng.next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const cuts = pool.slice(0, parts - 1).sort((a, b) => a - b);
  const out: number[] = [];
  let prev = 0;
  for (const c of [...cuts, total]) {
    out.push(c - prev);
    prev = c;
  }
  return out;
}
