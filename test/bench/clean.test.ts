/**
 * The synthetic plans must be clean for the core: the benchmark measures a complete analysis of a
 * valid plan, not the handling of thousands of errors.
 */
import { generatePlan } from '../../src/bench/generate';
import { analyze } from '../../src/core/analyze';

describe('synthetic plans through the core', () => {
  const plan = generatePlan({ obiettivi: 250, seed: 11 });
  const analysis = analyze(plan.grid);

  it('reads every objective, phase and indicator', () => {
    expect(analysis.piano.obiettivi).toHaveLength(250);
    expect(analysis.piano.obiettivi.filter((o) => o.tutti)).toHaveLength(3);
    for (const o of analysis.piano.obiettivi) {
      expect(o.fasi).toHaveLength(4);
      expect(o.indicatori).toHaveLength(3);
    }
  });

  it('gives no diagnostic: weights add up and every Tempistica is read', () => {
    expect(analysis.diagnostics.map((d) => `${d.code} ${d.sheet}!${d.cell}: ${d.message}`)).toEqual([]);
  });

  it('has one settore result per settore, each at 100 with its TUTTI objectives', () => {
    const own = analysis.settori.filter((s) => s.obiettiviPropri > 0);
    expect(own.map((s) => s.settore).sort()).toEqual([...plan.settori].sort());
    for (const s of own) {
      expect(s.obiettiviTutti).toBe(3);
      expect(s.sommaPesi).toBeCloseTo(100, 2);
      expect(s.statoPesi).toBe('OK');
    }
  });

  it('measures every objective (each has dated and numeric indicators)', () => {
    for (const r of analysis.obiettivi) {
      expect(r.punteggio).not.toBeNull();
      expect(r.rispettoTempi).not.toBeNull();
    }
  });
});
