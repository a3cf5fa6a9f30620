import fc from 'fast-check';
import type { PlanCell } from '../../src/core/plans/types';
import { cellWrite, dateSerial, rowRuns, styleRectangles } from '../../src/excel/cellRuns';
import { addressGroups, blocks, sameValueRuns, widthToPoints } from '../../src/excel/planOps';
import { localAreas, topLeft } from '../../src/excel/toGrid';

describe('cell runs', () => {
  it('every plan cell lands in exactly one run, runs are contiguous', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(30), fc.nat(20)), { selector: ([r, c]) => `${r},${c}` }), (coords) => {
        const cells = coords.map(([row, col]) => ({ row, col }));
        const runs = rowRuns(cells);
        expect(runs.reduce((n, r) => n + r.items.length, 0)).toBe(cells.length);
        for (const r of runs) r.items.forEach((c, i) => expect([c.row, c.col]).toEqual([r.row, r.col + i]));
      }),
    );
  });

  it('blocks merge same-span runs of consecutive rows, within the cell cap', () => {
    const cells = [0, 1, 2, 4].flatMap((row) => [0, 1, 2].map((col) => ({ row, col })));
    expect(blocks(rowRuns(cells)).map((b) => b.map((r) => r.row))).toEqual([[0, 1, 2], [4]]);
    expect(blocks(rowRuns(cells), 6).map((b) => b.length)).toEqual([2, 1, 1]);
  });

  it('style rectangles cover the styled cells only', () => {
    const cells: PlanCell[] = [
      { row: 0, col: 0, style: 'h' }, { row: 0, col: 1, style: 'h' },
      { row: 1, col: 0, style: 'h' }, { row: 1, col: 1, style: 'h' },
      { row: 2, col: 0, style: 'x' }, { row: 2, col: 1 },
    ];
    expect(styleRectangles(cells)).toEqual([
      { style: 'h', range: { r1: 0, c1: 0, r2: 1, c2: 1 } },
      { style: 'x', range: { r1: 2, c1: 0, r2: 2, c2: 0 } },
    ]);
  });

  it('writes text with the text format, whatever it starts with', () => {
    for (const v of ['=1+1', '+39', '-', '@x', '0010']) expect(cellWrite({ t: 'text', v }, '0%')).toEqual({ input: v, format: '@' });
    expect(cellWrite({ t: 'formula', f: '=A1', result: 1 }, '@')).toEqual({ input: '=A1', format: 'General' });
    expect(cellWrite({ t: 'date', v: '2025-06-30' }, undefined)).toEqual({ input: 45838, format: 'dd/mm/yyyy' });
    expect(dateSerial('1900-03-01')).toBe(61);
  });

  it('groups addresses under the length limit', () => {
    const groups = addressGroups(Array.from({ length: 500 }, (_, i) => `A${i + 1}:C${i + 1}`), 100);
    for (const g of groups) expect(g.length).toBeLessThanOrEqual(100);
    expect(groups.join(',').split(',')).toHaveLength(500);
    expect(widthToPoints(10)).toBe(56.25);
  });
});

describe('addresses and runs', () => {
  it('groups rows of the same height into runs of consecutive rows', () => {
    const runs = sameValueRuns([
      { at: 5, value: 30 }, { at: 1, value: 15 }, { at: 2, value: 15 }, { at: 3, value: 30 }, { at: 4, value: 30 }, { at: 7, value: 15 },
    ]);
    expect(runs.get(15)).toEqual([[1, 2], [7, 7]]);
    expect(runs.get(30)).toEqual([[3, 5]]);
  });

  it('reads used-range and merged-area addresses', () => {
    expect(topLeft("'Foglio 1'!C5:H40")).toEqual({ row: 4, col: 2 });
    expect(localAreas("Obiettivi!$A$1:$F$1, Obiettivi!B3:C3")).toEqual(['A1:F1', 'B3:C3']);
  });
});
