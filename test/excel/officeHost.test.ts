/** Smoke tests of the WorkbookHost over Office.js, with office-addin-mock standing in for Office. */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock reads only the host names from office-addin-manifest, whose ES-module
// dependencies Jest on Node 20 cannot load: give it the names alone.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' } }));
import { createOfficeHost } from '../../src/excel/officeHost';
import { officeSupports } from '../../src/excel/support';
import { HostError } from '../../src/host/workbookHost';
import { FakeWorkbook, fakeExcel } from './fake/fakeExcel';
import { workbookPlan } from './fake/plans';

function mockContext(sheetExists: boolean) {
  const calls: string[] = [];
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => ({
          isNullObject: !sheetExists,
          activate: () => calls.push(`activate ${name}`),
          getRange: (address: string) => ({ select: () => calls.push(`select ${name}!${address}`) }),
        }),
      },
    },
  });
  return { context, calls };
}

describe('Office host (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('selectCell activates the sheet and selects the cell', async () => {
    const { context, calls } = mockContext(true);
    const host = createOfficeHost({ run: (batch) => batch(context as unknown as Excel.RequestContext) });
    await host.selectCell('Obiettivi', 'H12');
    expect(calls).toEqual(['activate Obiettivi', 'select Obiettivi!H12']);
  });

  it('selectCell on a sheet that is gone says so in Italian', async () => {
    const { context, calls } = mockContext(false);
    const host = createOfficeHost({ run: (batch) => batch(context as unknown as Excel.RequestContext) });
    await expect(host.selectCell('Fasi', 'A2')).rejects.toThrow('Il foglio «Fasi» non esiste più: ripeti il controllo.');
    expect(calls).toEqual([]);
  });

  it('turns Office error codes into Italian messages', async () => {
    const host = createOfficeHost({ run: async () => { throw Object.assign(new Error('EditModeCannotAcquireContext'), { code: 'EditModeCannotAcquireContext' }); } });
    const err = await host.readGrid().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as Error).message).toBe('Lettura della cartella di lavoro non riuscita: Stai modificando una cella: premi Invio o Esc in Excel e riprova.');
  });

  it('saves and loads settings in the document settings', async () => {
    const stored: Record<string, unknown> = {};
    const office = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (k: string) => stored[k] ?? null,
            set: (k: string, v: unknown) => { stored[k] = v; },
            saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
          },
        },
        requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v.split('.')[1]) <= 9 },
      },
    });
    (globalThis as { Office?: unknown }).Office = office;
    const excel = fakeExcel(new FakeWorkbook());
    const host = createOfficeHost({ run: excel.run });
    await host.saveSettings({ 'Soglia raggiungimento %': '80' });
    expect(await host.loadSettings()).toEqual({ 'Soglia raggiungimento %': '80' });
    expect(officeSupports('ExcelApi', '1.9')).toBe(true);
    expect(officeSupports('ExcelApi', '1.13')).toBe(false);
    const grid = await host.readGrid();
    expect(grid.settings).toEqual({ 'Soglia raggiungimento %': '80' });
  });

  it('a failed settings save is reported', async () => {
    const host = createOfficeHost({
      settings: { get: () => null, set: () => undefined, saveAsync: (cb) => cb?.({ status: 'failed', error: { message: 'documento in sola lettura' } } as unknown as Office.AsyncResult<void>) },
    });
    await expect(host.saveSettings({})).rejects.toThrow('Impostazioni non salvate: documento in sola lettura');
  });

  it('nuovo modello without an xlsx writer explains what to do', async () => {
    const host = createOfficeHost({ run: fakeExcel().run, supports: () => true });
    await expect(host.createNewWorkbook(workbookPlan([]), 'modello.xlsx')).rejects.toThrow(/peg template/);
  });

  it('nuovo modello opens the xlsx bytes as a new workbook', async () => {
    let opened = '';
    const host = createOfficeHost({ supports: () => true, toXlsx: async () => new Uint8Array([80, 75, 3, 4]), createWorkbook: async (b64) => { opened = b64; } });
    const r = await host.createNewWorkbook(workbookPlan([]), 'modello.xlsx');
    expect(opened).toBe('UEsDBA==');
    expect(r.message).toMatch(/nuova cartella/);
  });
});
