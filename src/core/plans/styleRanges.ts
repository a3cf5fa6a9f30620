/** Style rectangles of a sheet plan (see `SheetPlan.styleRanges`), for the writers. */
import type { PlanCell, SheetPlan } from './types';

/**
 * The plan's cells with its style rectangles expanded, in the order that gives each position its
 * final entry last (the rectangles' cells first, then `cells`). For writers that work on cells.
 */
export function expandStyleRanges(plan: Pick<SheetPlan, 'cells' | 'styleRanges'>): PlanCell[] {
  const ranges = plan.styleRanges ?? [];
  if (ranges.length === 0) return plan.cells;
  const out: PlanCell[] = [];
  for (const { range: r, style } of ranges) {
    for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) out.push({ row, col, style });
  }
  for (const c of plan.cells) out.push(c);
  return out;
}
