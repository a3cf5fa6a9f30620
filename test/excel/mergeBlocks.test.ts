/**
 * Stacked single-row merges go to Excel as one `merge(true)` per stack: the sheet must end up with
 * exactly the plan's merges, in fewer calls.
 */
import { a1, type WorkbookGrid } from '../../src/core/grid';
import { analyze } from '../../src/core/analyze';
import { planBuild } from '../../src/core/plans/build';
import type { PlanRange } from '../../src/core/plans/types';
import { generatePlan } from '../../src/bench/generate';
import { applyWorkbookPlan } from '../../src/excel/applyPlan';
import { mergeBlocks } from '../../src/excel/planOps';
import { FakeWorkbook, fakeExcel, supportsUpTo } from './fake/fakeExcel';

const address = (m: PlanRange) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`;

describe('mergeBlocks', () => {
  it('stacks consecutive rows with the same columns, and only those', () => {
    const merges: PlanRange[] = [
      { r1: 0, c1: 0, r2: 0, c2: 5 },
      { r1: 1, c1: 0, r2: 1, c2: 2 },
      { r1: 1, c1: 3, r2: 1, c2: 5 },
      { r1: 2, c1: 0, r2: 2, c2: 2 },
      { r1: 2, c1: 3, r2: 2, c2: 5 },
      { r1: 3, c1: 0, r2: 3, c2: 2 },
      { r1: 5, c1: 0, r2: 5, c2: 2 }, // a gap at row 4: a new stack
      { r1: 6, c1: 0, r2: 8, c2: 0 }, // a tall merge is never stacked
      { r1: 9, c1: 0, r2: 9, c2: 0 },
    ];
    expect(mergeBlocks(merges)).toEqual([
      { range: { r1: 0, c1: 0, r2: 0, c2: 5 }, across: false },
      { range: { r1: 1, c1: 0, r2: 3, c2: 2 }, across: true },
      { range: { r1: 1, c1: 3, r2: 2, c2: 5 }, across: true },
      { range: { r1: 5, c1: 0, r2: 5, c2: 2 }, across: false },
      { range: { r1: 6, c1: 0, r2: 8, c2: 0 }, across: false },
      { range: { r1: 9, c1: 0, r2: 9, c2: 0 }, across: false },
    ]);
    // The plan itself is left as it was.
    expect(merges[1]).toEqual({ r1: 1, c1: 0, r2: 1, c2: 2 });
  });

  it('a generated plan with schede ends up with exactly its merges, in fewer merge calls', async () => {
    const { grid } = generatePlan({ obiettivi: 15, seed: 5 });
    const { plan } = planBuild(analyze(grid), grid as WorkbookGrid);
    const wb = new FakeWorkbook();
    for (const s of grid.sheets) wb.addSheet(s.name, s.rows.map((r) => r.map((c) => (c && !(c.v instanceof Date) ? c.v : null))));
    await applyWorkbookPlan(fakeExcel(wb).run, supportsUpTo('1.17'), plan);
    let planned = 0;
    let calls = 0;
    for (const sheet of plan.sheets) {
      const written = wb.sheet(sheet.name)!.merges;
      expect([...written].sort()).toEqual(sheet.merges.map(address).sort());
      planned += sheet.merges.length;
      calls += mergeBlocks(sheet.merges).length;
    }
    expect(planned).toBeGreaterThan(100);
    expect(calls).toBeLessThan(planned / 2);
  });
});
