import { applyWorkbookPlan } from '../../src/excel/applyPlan';
import { PartialWriteError } from '../../src/host/workbookHost';
import { FakeWorkbook, fakeExcel, REQUEST_LIMIT, supportsUpTo } from './fake/fakeExcel';
import { bigPlan, sheetPlan, workbookPlan } from './fake/plans';

const supports = supportsUpTo('1.9');

function userWorkbook() {
  const wb = new FakeWorkbook();
  wb.addSheet('Obiettivi', [
    ['Anno', 'Settore', 'N.', 'Obiettivo', 'Peso', 'Valore raggiunto %'],
    [2025, 'FINANZIARIO', 1, '=titolo che sembra una formula', 40, null],
    [2025, 'FINANZIARIO', 2, 'Bilancio', { v: 60, f: '=100-40' }, null],
  ]);
  return wb;
}

function snapshot(wb: FakeWorkbook, sheet: string) {
  return JSON.stringify([...wb.sheet(sheet)!.cells.entries()].sort());
}

describe('applyWorkbookPlan', () => {
  it('creates a marked sheet and writes text as text, formulas as formulas, in two syncs', async () => {
    const wb = userWorkbook();
    const excel = fakeExcel(wb);
    const plan = workbookPlan([
      sheetPlan('Riepilogo', [
        { row: 0, col: 0, value: { t: 'text', v: 'Settore' }, style: 'h' },
        { row: 0, col: 1, value: { t: 'text', v: 'Somma pesi' }, style: 'h' },
        { row: 1, col: 0, value: { t: 'text', v: '=SOMMA(A1)' } },
        { row: 1, col: 1, value: { t: 'formula', f: '=SUMIFS(Obiettivi!E:E,Obiettivi!B:B,A2)', result: 100 } },
        { row: 2, col: 0, value: { t: 'text', v: '+39 011 123' } },
        { row: 2, col: 1, value: { t: 'text', v: '0010' } },
        { row: 3, col: 0, value: { t: 'date', v: '2025-06-30' }, style: 'd' },
        { row: 3, col: 1, value: { t: 'number', v: 0.875 }, style: 'pct' },
        { row: 4, col: 0, value: { t: 'text', v: '@mario' } },
        { row: 4, col: 1, value: { t: 'text', v: '-' } },
      ]),
    ]);
    const before = snapshot(wb, 'Obiettivi');
    const result = await applyWorkbookPlan(excel.run, supports, plan);

    expect(result).toEqual({ created: ['Riepilogo'], replaced: [], removed: [], columns: [] });
    expect(excel.syncs).toBe(2);
    const ws = wb.sheet('Riepilogo')!;
    expect(ws.at('A2')).toMatchObject({ value: '=SOMMA(A1)', formula: undefined, numberFormat: '@' });
    expect(ws.at('A3')).toMatchObject({ value: '+39 011 123', formula: undefined });
    expect(ws.at('B3')).toMatchObject({ value: '0010', formula: undefined });
    expect(ws.at('A5')).toMatchObject({ value: '@mario', formula: undefined });
    expect(ws.at('B2')).toMatchObject({ formula: '=SUMIFS(Obiettivi!E:E,Obiettivi!B:B,A2)' });
    expect(ws.at('B2')?.numberFormat ?? 'General').toBe('General');
    expect(ws.at('A4')).toMatchObject({ value: 45838, numberFormat: 'dd/mm/yyyy' });
    expect(ws.at('B4')).toMatchObject({ value: 0.875, numberFormat: '0.0%' });
    // The marker format of the core (docs/formato-cartella.md#marcatori-dei-fogli-generati): number, kind, year, given name in hex.
    const hex = [...'Riepilogo'].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
    expect(wb.names).toEqual([expect.objectContaining({ name: `_PEG_GEN_1_riepilogo_0_${hex}`, sheet: 'Riepilogo', address: '$A$1', visible: false })]);
    expect(ws.freeze).toEqual({ rows: 1 });
    expect(ws.page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', titleRows: '$1:$1' });
    expect(ws.columnWidths.get(1)).toBeGreaterThan(ws.columnWidths.get(0)!);
    expect(ws.formats).toContainEqual({ address: 'A1:B1', prop: 'font.bold', value: true });
    expect(snapshot(wb, 'Obiettivi')).toBe(before);
  });

  it('verifies the markers after writing: one left visible is hidden again, in one more sync', async () => {
    const plan = workbookPlan([sheetPlan('Riepilogo', [{ row: 0, col: 0, value: { t: 'text', v: 'x' } }])]);
    const clean = fakeExcel(userWorkbook());
    await applyWorkbookPlan(clean.run, supports, plan);
    const wb = userWorkbook();
    wb.ignoredNameHides = 1;
    const excel = fakeExcel(wb);
    await applyWorkbookPlan(excel.run, supports, plan);
    expect(wb.names.map((n) => n.visible)).toEqual([false]);
    expect(excel.syncs).toBe(clean.syncs + 1);
  });

  it('the fake turns the same text into a formula when the adapter does not protect it', async () => {
    const wb = userWorkbook();
    const excel = fakeExcel(wb);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Obiettivi').getRange('H1:H2').values = [['=SOMMA(A1)'], ['10']];
      await ctx.sync();
    });
    expect(wb.sheet('Obiettivi')!.at('H1')).toMatchObject({ formula: '=SOMMA(A1)' });
    expect(wb.sheet('Obiettivi')!.at('H2')).toMatchObject({ value: 10 });
  });

  it('replaces a generated sheet in place and keeps its marker', async () => {
    const wb = userWorkbook();
    const old = wb.addSheet('Riepilogo', [['vecchio'], ['riga in più']]);
    old.merges.push('A1:C1');
    wb.addMarker('_PEG_GEN_1', 'Riepilogo');
    const excel = fakeExcel(wb);
    const plan = workbookPlan([sheetPlan('Riepilogo', [{ row: 0, col: 0, value: { t: 'text', v: 'nuovo' } }], { replaces: 'Riepilogo' })]);
    const result = await applyWorkbookPlan(excel.run, supports, plan);
    expect(result.replaced).toEqual(['Riepilogo']);
    expect(old.at('A1')?.value).toBe('nuovo');
    expect(old.at('A2')).toBeUndefined();
    expect(old.merges).toEqual([]);
    // The old (v1) marker is dropped, one in the current format holds the sheet.
    expect(wb.names.map((n) => n.name)).toEqual([expect.stringMatching(/^_PEG_GEN_1_riepilogo_0_/)]);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Riepilogo']);
  });

  it('never overwrites a user sheet that has the wanted name: the generated one takes the next free name, and says so', async () => {
    const wb = userWorkbook();
    wb.addSheet('Riepilogo', [['mio']]);
    const excel = fakeExcel(wb);
    const plan = workbookPlan([sheetPlan('Riepilogo', [{ row: 0, col: 0, value: { t: 'text', v: 'x' } }], { replaces: 'Riepilogo' })]);
    const result = await applyWorkbookPlan(excel.run, supports, plan);
    expect(wb.sheet('Riepilogo')!.at('A1')?.value).toBe('mio');
    expect(result.created).toEqual(['Riepilogo (2)']);
    expect(wb.sheet('Riepilogo (2)')!.at('A1')?.value).toBe('x');
    expect(result.note).toMatch(/«Riepilogo» è tuo/);
  });

  it('removes only generated sheets, with their markers', async () => {
    const wb = userWorkbook();
    wb.addSheet('Schede 2024');
    wb.addMarker('_PEG_GEN_3', 'Schede 2024');
    const result = await applyWorkbookPlan(fakeExcel(wb).run, supports, workbookPlan([], { removeSheets: ['Schede 2024'] }));
    expect(result.removed).toEqual(['Schede 2024']);
    expect(wb.sheet('Schede 2024')).toBeUndefined();
    expect(wb.names).toEqual([]);
    // A user sheet is never removed, whatever the plan lists.
    const again = await applyWorkbookPlan(fakeExcel(wb).run, supports, workbookPlan([], { removeSheets: ['Obiettivi'] }));
    expect(again.removed).toEqual([]);
    expect(wb.sheet('Obiettivi')).toBeDefined();
  });

  it('writes computed columns into exactly the listed cells', async () => {
    const wb = userWorkbook();
    const before = new Map([...wb.sheet('Obiettivi')!.cells].map(([k, v]) => [k, JSON.stringify(v)]));
    const plan = workbookPlan([], {
      columnWrites: [
        {
          sheet: 'Obiettivi', col: 6, headerRow: 0, header: 'Rispetto tempi %', appended: true, numberFormat: '0.0%',
          cells: [{ row: 1, value: { t: 'number', v: 0.5 } }, { row: 2, value: null }],
        },
        {
          sheet: 'Obiettivi', col: 5, headerRow: 0, header: 'Valore raggiunto %', appended: false, numberFormat: '0.0%',
          cells: [{ row: 2, value: { t: 'number', v: 1 } }],
        },
      ],
    });
    const result = await applyWorkbookPlan(fakeExcel(wb).run, supports, plan);
    const ws = wb.sheet('Obiettivi')!;
    expect(result.columns).toEqual(['Obiettivi!G (Rispetto tempi %)', 'Obiettivi!F (Valore raggiunto %)']);
    expect(ws.at('G1')).toMatchObject({ value: 'Rispetto tempi %', numberFormat: '@' });
    expect(ws.at('G2')).toMatchObject({ value: 0.5, numberFormat: '0.0%' });
    expect(ws.at('G3')).toMatchObject({ value: '' });
    expect(ws.at('F3')).toMatchObject({ value: 1 });
    expect(ws.at('F2')).toBeUndefined();
    const touched = new Set(['0,6', '1,6', '2,6', '2,5']);
    for (const [k, v] of before) if (!touched.has(k)) expect(JSON.stringify(ws.cells.get(k))).toBe(v);
  });

  it('suspends calculation and screen updating when the host supports them', async () => {
    const excel = fakeExcel(userWorkbook());
    await applyWorkbookPlan(excel.run, supports, workbookPlan([sheetPlan('R', [{ row: 0, col: 0, value: { t: 'number', v: 1 } }])]));
    expect(excel.contexts[0].suspendedCalculation).toBe(1);
    expect(excel.contexts[0].suspendedScreen).toBe(1);
    const old = fakeExcel(userWorkbook());
    await applyWorkbookPlan(old.run, supportsUpTo('1.5'), workbookPlan([sheetPlan('R', [{ row: 0, col: 0, value: { t: 'number', v: 1 } }])]));
    expect(old.contexts[0].suspendedCalculation).toBe(0);
    expect(old.contexts[0].suspendedScreen).toBe(0);
  });
});

describe('payload chunking', () => {
  it('writes a 2,000-objective plan in several requests, each under the limit, reporting progress', async () => {
    const wb = userWorkbook();
    const excel = fakeExcel(wb);
    const progress: number[] = [];
    await applyWorkbookPlan(excel.run, supports, bigPlan(2000), { onProgress: (p) => progress.push(p.done / p.total) });
    const writes = excel.payloads.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    for (const bytes of excel.payloads) expect(bytes).toBeLessThanOrEqual(REQUEST_LIMIT);
    expect(progress[progress.length - 1]).toBe(1);
    const ws = wb.sheet('Cronoprogramma 2025')!;
    expect(ws.at('B10001')?.value).toMatch(/^Fase 4/);
    expect(ws.at('O10001')?.value).toBe('◆');
  });

  it('the fake rejects the same plan sent in one request', async () => {
    const wb = userWorkbook();
    const excel = fakeExcel(wb);
    const err = await applyWorkbookPlan(excel.run, supports, bigPlan(2000), { budget: Number.MAX_SAFE_INTEGER }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialWriteError);
    expect((err as PartialWriteError).cause).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('Cronoprogramma 2025')).toBeUndefined();
  });
});

describe('register sheets (nuovo modello, conversions)', () => {
  it('are created without a marker, with their Excel table', async () => {
    const wb = new FakeWorkbook();
    const plan = workbookPlan([
      sheetPlan('Obiettivi', [{ row: 0, col: 0, value: { t: 'text', v: 'Anno' } }, { row: 0, col: 1, value: { t: 'text', v: 'Settore' } }], {
        kind: 'registro',
        marker: false,
        table: { name: 'tblObiettivi', headerRow: 0, lastRow: 1, c1: 0, c2: 1, style: 'TableStyleMedium2' },
      }),
    ]);
    const result = await applyWorkbookPlan(fakeExcel(wb).run, supports, plan);
    expect(result.created).toEqual(['Obiettivi']);
    expect(wb.names).toEqual([]);
    expect(wb.sheet('Obiettivi')!.tables).toEqual([{ address: "'Obiettivi'!A1:B2", hasHeaders: true, name: 'tblObiettivi', style: 'TableStyleMedium2' }]);
  });
});

describe('Excel’s limits, before and while writing', () => {
  it('a formula over 8,192 characters is refused before anything is written, naming its cell', async () => {
    const wb = userWorkbook();
    const excel = fakeExcel(wb);
    const long = `=${Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join('+')}`; // about 10,000 characters
    expect(long.length).toBeGreaterThan(8192);
    const plan = workbookPlan([sheetPlan('Riepilogo', [{ row: 2, col: 1, value: { t: 'formula', f: long } }])]);
    await expect(applyWorkbookPlan(excel.run, supports, plan)).rejects.toThrow(/La formula da scrivere in Riepilogo!B3 supera gli 8\.192 caratteri.*Non è stato scritto nulla/);
    expect(wb.sheet('Riepilogo')).toBeUndefined();
    expect(excel.syncs).toBe(1);
  });

  it('the fake refuses what Excel refuses: a formula too long, a name too long, too many page breaks', async () => {
    const wb = userWorkbook();
    const excel = fakeExcel(wb);
    const attempt = (work: (ctx: Excel.RequestContext) => void) => excel.run(async (ctx) => { work(ctx); await ctx.sync(); });
    await expect(attempt((ctx) => { ctx.workbook.worksheets.getItem('Obiettivi').getRange('H1').formulas = [[`=${'1+'.repeat(4100)}1`]]; })).rejects.toMatchObject({ code: 'FormulaLengthExceedsLimit' });
    await expect(attempt((ctx) => { ctx.workbook.names.add('N'.repeat(256), '=Obiettivi!$A$1'); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((ctx) => { for (let i = 0; i < 1027; i++) ctx.workbook.worksheets.getItem('Obiettivi').horizontalPageBreaks.add(`A${i + 2}`); })).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('page breaks beyond what Excel keeps are left out, and the result says so', async () => {
    const wb = userWorkbook();
    const rowBreaks = Array.from({ length: 1100 }, (_, i) => i * 3);
    const plan = workbookPlan([sheetPlan('Schede 2025', [{ row: 0, col: 0, value: { t: 'text', v: 'x' } }], { kind: 'schede', print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, rowBreaks } })]);
    const result = await applyWorkbookPlan(fakeExcel(wb).run, supports, plan);
    expect(wb.sheet('Schede 2025')!.pageBreaks.length).toBeLessThanOrEqual(1026);
    expect(wb.sheet('Schede 2025')!.pageBreaks.length).toBeGreaterThan(1000);
    expect(result.note).toMatch(/più interruzioni di pagina di quante Excel ne consenta/);
  });
});

test('style rectangles reach every covered cell; a cell listed in the plan keeps its own format', async () => {
  const wb = userWorkbook();
  const excel = fakeExcel(wb);
  const plan = workbookPlan([
    sheetPlan(
      'Schede',
      [
        { row: 0, col: 0, value: { t: 'text', v: 'Titolo' }, style: 'h' },
        // Inside the rectangle but listed on its own, with another style: it wins there.
        { row: 1, col: 2, value: { t: 'number', v: 0.5 }, style: 'pct' },
      ],
      { styleRanges: [{ range: { r1: 0, c1: 0, r2: 1, c2: 2 }, style: 'h' }], merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }] },
    ),
  ]);
  await applyWorkbookPlan(excel.run, supports, plan);
  const ws = wb.sheet('Schede')!;
  const bold = ws.formats.filter((f) => f.prop === 'font.bold' && f.value === true).map((f) => f.address);
  // The rectangle A1:C2 less C2, which holds the percentage with its own style.
  expect(bold.sort()).toEqual(['A1:C1', 'A2:B2']);
  expect(ws.at('C2')).toMatchObject({ value: 0.5, numberFormat: '0.0%' });
});
