/**
 * The add-in as a user meets it, scripted on the fake Excel through the real host and core: the
 * pane reads, the user changes the workbook, Genera writes; Excel refuses, waits or fails halfway
 * as the documentation says it does.
 */
import { analyze } from '../../src/core/analyze';
import type { WorkbookGrid } from '../../src/core/grid';
import { planBuild } from '../../src/core/plans';
import type { WorkbookPlan } from '../../src/core/plans/types';
import { createOfficeHost } from '../../src/excel/officeHost';
import { waitingForCellEdit } from '../../src/excel/run';
import { HostError, PartialWriteError, type WorkbookHost } from '../../src/host/workbookHost';
import { demoGrid } from '../../src/ui/preview/demoGrid';
import { FakeWorkbook, fakeExcel, supportsUpTo, type FakeSheet } from './fake/fakeExcel';

const supports = supportsUpTo('1.13');
const noSettings = { get: () => undefined, set: () => undefined, saveAsync: () => undefined };

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const s of demoGrid().sheets) wb.addSheet(s.name, s.rows.map((r) => r.map((c) => (c ? { v: c.v, fmt: c.fmt } : null))));
  return wb;
}

function host(wb: FakeWorkbook, extra: Partial<Parameters<typeof createOfficeHost>[0]> = {}) {
  const excel = fakeExcel(wb);
  const h = createOfficeHost({ run: waitingForCellEdit(excel.excelRun), supports, settings: noSettings, readOnly: () => false, ...extra });
  return { excel, host: h };
}

const plan = (grid: WorkbookGrid): WorkbookPlan => planBuild(analyze(grid, { verifica: 'finale' }), grid, {}).plan;

/** What the pane does: read, plan on what it read, Genera with that grid as the basis. */
async function genera(h: WorkbookHost) {
  const grid = await h.readGrid();
  return { grid, result: await h.applyPlan(plan(grid), undefined, { grid, replan: plan }) };
}

/** Objective title (column F) → the computed cells of its row, as the sheet holds them. */
function computedByTitle(sheet: FakeSheet, cols: number[]): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    if (c !== 5 || typeof cell.value !== 'string' || r < 2) continue;
    out.set(cell.value, cols.map((col) => sheet.get(r, col)?.value ?? null));
  }
  return out;
}

/** Everything a writer leaves in a workbook, for comparing two of them. */
function state(wb: FakeWorkbook) {
  return wb.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    merges: [...s.merges].sort(),
    widths: [...s.columnWidths.entries()].sort(),
    heights: [...s.rowHeights.entries()].sort(),
    formats: s.formats.map((f) => `${f.address}|${f.prop}|${String(f.value)}`).sort(),
    page: s.page,
    breaks: s.pageBreaks,
    markers: wb.names.filter((n) => n.sheet === s.name).map((n) => [n.name.replace(/^_PEG_GEN_\d+_/, ''), n.visible]),
  }));
}

describe('scripted scenario on the fake Excel', () => {
  it('the user inserts a row in Obiettivi after the check: Genera puts every computed value on its objective', async () => {
    // Reference: the same workbook, generated without the inserted row.
    const refWb = workbook();
    await genera(host(refWb).host);
    const cols = [...new Set(plan(demoGrid()).columnWrites.filter((c) => c.sheet === 'Obiettivi').map((c) => c.col))];
    expect(cols.length).toBeGreaterThan(0);
    const expected = computedByTitle(refWb.sheet('Obiettivi')!, cols);
    expect([...expected.values()].some((v) => v.some((x) => x !== null && x !== ''))).toBe(true);

    const wb = workbook();
    const { host: h } = host(wb);
    await genera(h); // the computed columns exist from an earlier Genera
    const grid = await h.readGrid(); // the pane opens
    const stale = plan(grid);
    wb.sheet('Obiettivi')!.insertRow(4); // the user inserts a row above FINANZIARIO 1
    // …and types a formula in it, where the stale plan would write FINANZIARIO 1's value.
    wb.sheet('Obiettivi')!.cells.set('4,' + cols[0], { value: 7, formula: '=3+4' });
    expect(stale.columnWrites[0].cells.some((c) => c.row === 4)).toBe(true);
    const result = await h.applyPlan(stale, undefined, { grid, replan: plan });

    expect(result.note).toMatch(/era cambiata dopo il controllo/);
    expect(computedByTitle(wb.sheet('Obiettivi')!, cols)).toEqual(expected);
    expect(wb.sheet('Obiettivi')!.get(4, cols[0])).toEqual({ value: 7, formula: '=3+4' });
  });

  it('a protected sheet that receives computed columns: refused before anything is written', async () => {
    const wb = workbook();
    wb.sheet('Obiettivi')!.protected = true;
    const before = JSON.stringify(state(wb));
    const err = await genera(host(wb).host).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as Error).message).toMatch(/Il foglio «Obiettivi» è protetto.*Non è stato scritto nulla/);
    expect(JSON.stringify(state(wb))).toBe(before);
  });

  it('a protected workbook structure or a read-only document: refused before anything is written', async () => {
    const wb = workbook();
    wb.structureProtected = true;
    const before = JSON.stringify(state(wb));
    await expect(genera(host(wb).host)).rejects.toThrow(/struttura della cartella di lavoro è protetta/);
    expect(JSON.stringify(state(wb))).toBe(before);
    const ro = workbook();
    await expect(genera(host(ro, { readOnly: () => true }).host)).rejects.toThrow(/sola lettura/);
    expect(ro.sheets.map((s) => s.name)).toEqual(demoGrid().sheets.map((s) => s.name));
  });

  it('while the user edits a cell the batch waits, and goes on when the edit ends', async () => {
    const wb = workbook();
    const { host: h } = host(wb);
    const grid = await h.readGrid();
    wb.startCellEdit();
    let done = false;
    const pending = h.applyPlan(plan(grid), undefined, { grid, replan: plan }).then((r) => { done = true; return r; });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    expect(wb.sheet('Riepilogo')).toBeUndefined();
    wb.endCellEdit();
    const result = await pending;
    expect(result.created).toContain('Riepilogo');
    expect(wb.sheet('Riepilogo')).toBeDefined();
  });

  it('without delayForCellEdit the same batch fails with an Italian message (what the option avoids)', async () => {
    const wb = workbook();
    const excel = fakeExcel(wb);
    const h = createOfficeHost({ run: excel.run, supports, settings: noSettings, readOnly: () => false });
    wb.startCellEdit();
    await expect(h.readGrid()).rejects.toThrow('Stai modificando una cella: premi Invio o Esc in Excel e riprova.');
  });

  it('a failure in the 3rd write batch: the message names what was written, a re-read works, a second Genera repairs', async () => {
    const reference = workbook();
    await genera(host(reference, { requestBudget: 64 * 1024 }).host);

    const wb = workbook();
    const { host: h } = host(wb, { requestBudget: 64 * 1024 });
    const grid = await h.readGrid();
    // Genera: 3 read syncs, then writes; the 3rd write fails halfway through its calls.
    wb.failAt = { sync: wb.syncs + 3 + 3, code: 'GeneralException' };
    const err = await h.applyPlan(plan(grid), undefined, { grid, replan: plan }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialWriteError);
    const partial = err as PartialWriteError;
    expect(partial.message).toMatch(/Excel ha segnalato un errore interno/);
    expect(partial.message).toMatch(/Scritti in parte: «/);
    expect(partial.partial.length).toBeGreaterThan(0);
    expect(partial.details).toBeUndefined(); // the fake gives no debugInfo; the code is in the message chain
    expect(JSON.stringify(state(wb))).not.toBe(JSON.stringify(state(reference)));

    // The pane re-reads: the half-written sheets are generated ones, not user data.
    const reread = await h.readGrid();
    for (const name of partial.partial.filter((n) => n !== 'Obiettivi')) expect(reread.sheets.find((s) => s.name === name)?.generated).toBe(true);

    const second = await genera(h);
    expect(second.result.created).toEqual([]);
    expect(JSON.stringify(state(wb))).toBe(JSON.stringify(state(reference)));
  });

  it('a workbook in manual calculation is recalculated after Genera', async () => {
    const wb = workbook();
    wb.calculationMode = 'Manual';
    await genera(host(wb).host);
    expect(wb.calculations).toBe(1);
    const auto = workbook();
    await genera(host(auto).host);
    expect(auto.calculations).toBe(0);
  });
});
