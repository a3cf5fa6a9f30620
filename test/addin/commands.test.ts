/** The «Controlla piano» ribbon command, over the fake Excel: it selects the first cell with an error. */
import { controllaPiano } from '../../src/commands/commands';
import { demoGrid } from '../../src/ui/preview/demoGrid';
import { FakeWorkbook, fakeExcel } from '../excel/fake/fakeExcel';

/** Office and Excel as the command sees them; the dialogs it opens are collected (their `esito`). */
function withOffice(run: unknown): string[] {
  const told: string[] = [];
  const g = globalThis as { Excel?: unknown; Office?: unknown; location?: unknown };
  g.location = { origin: 'https://localhost:3000', pathname: '/commands.html', search: '' };
  g.Excel = { run };
  g.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    context: {
      document: { settings: { get: () => null, set: () => undefined, saveAsync: () => undefined }, mode: 'readWrite' },
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
          told.push(new URL(url).searchParams.get('esito') ?? '');
          cb({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
        },
      },
    },
    DocumentMode: { ReadOnly: 'readOnly' },
  };
  return told;
}

function demoWorkbook() {
  const wb = new FakeWorkbook();
  for (const s of demoGrid().sheets) wb.addSheet(s.name, s.rows.map((r) => r.map((c) => (c ? { v: c.v, fmt: c.fmt } : null))));
  return wb;
}

afterEach(() => {
  delete (globalThis as { location?: unknown }).location;
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

it('selects the first cell with an error, says how many errors there are, and completes the event', async () => {
  const wb = demoWorkbook();
  const told = withOffice(fakeExcel(wb).excelRun);
  const completed = jest.fn();
  await controllaPiano({ completed } as unknown as Office.AddinCommands.Event);
  expect(wb.selection).toEqual({ sheet: 'Obiettivi', address: 'G7' });
  expect(wb.activeSheet).toBe('Obiettivi');
  expect(completed).toHaveBeenCalledTimes(1);
  // The demo plan: TECNICO's weights make 95 (one error), one Tempistica not read (one warning).
  expect(told).toHaveLength(1);
  expect(told[0]).toMatch(/^Controllo completato: il piano ha 1 errore \(e 1 avviso\)\. È selezionata la cella G7 del foglio «Obiettivi»/);
});

it('says so when the plan has no errors', async () => {
  const wb = demoWorkbook();
  wb.sheet('Obiettivi')!.cell(7, 6).value = 25; // TECNICO 2: 20 → 25, the weights make 100
  const told = withOffice(fakeExcel(wb).excelRun);
  await controllaPiano({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
  expect(wb.selection).toBeNull();
  expect(told[0]).toMatch(/^Controllo completato: nessun errore nel piano/);
});

it('completes the event and tells the user even when Excel fails', async () => {
  const told = withOffice(async () => {
    throw Object.assign(new Error('x'), { code: 'GeneralException' });
  });
  const completed = jest.fn();
  await controllaPiano({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(told[0]).toMatch(/^Controllo non riuscito\. .*errore interno/);
});
