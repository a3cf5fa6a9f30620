/** Computed columns go after the last column used on ANY row, never over a user's column without a header. */
import { analyze } from '../../src/core/analyze';
import { planColumns } from '../../src/core/plans/columns';
import { gridOf } from '../helpers/workbook';

test('a note far below the header, in a column with no header, pushes the computed columns past it', async () => {
  const rows: (string | number | null)[][] = [
    ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso'],
    [2025, 'FINANZIARIO', 1, 'Bilancio', 50],
    [2025, 'FINANZIARIO', 2, 'Tributi', 50],
  ];
  // Column G (index 6), no header, a note on row 30; column F stays empty.
  for (let r = rows.length; r < 29; r++) rows.push([]);
  rows.push([null, null, null, null, null, null, 'nota del Nucleo']);
  const grid = await gridOf([{ name: 'Obiettivi', rows }]);
  const writes = planColumns(analyze(grid), grid);
  const appended = writes.filter((w) => w.sheet === 'Obiettivi' && w.appended).map((w) => w.col);
  expect(appended).toEqual([7, 8]);
});
