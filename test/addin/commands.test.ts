/** The «Controlla piano» ribbon command, over the fake Excel: it selects the first cell with an error. */
import { controllaPiano } from '../../src/commands/commands';
import { demoGrid } from '../../src/taskpane/preview/demoGrid';
import { FakeWorkbook, fakeExcel } from '../excel/fake/fakeExcel';

function withOffice(run: unknown) {
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  g.Excel = { run };
  g.Office = {
    context: {
      document: { settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } },
      requirements: { isSetSupported: () => true },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

it('selects the first cell with an error and completes the event', async () => {
  const wb = new FakeWorkbook();
  for (const s of demoGrid().sheets) wb.addSheet(s.name, s.rows.map((r) => r.map((c) => (c ? { v: c.v, fmt: c.fmt } : null))));
  withOffice(fakeExcel(wb).run);
  const completed = jest.fn();
  await controllaPiano({ completed } as unknown as Office.AddinCommands.Event);
  expect(wb.selection).toEqual({ sheet: 'Obiettivi', address: 'G7' });
  expect(wb.activeSheet).toBe('Obiettivi');
  expect(completed).toHaveBeenCalledTimes(1);
});

it('completes the event even when Excel fails', async () => {
  withOffice(async () => {
    throw Object.assign(new Error('x'), { code: 'GeneralException' });
  });
  const completed = jest.fn();
  await controllaPiano({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
});
