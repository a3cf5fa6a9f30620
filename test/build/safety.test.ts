/**
 * Data safety: a build leaves every user sheet, cell, formula, style, comment, name, table,
 * conditional format, validation and hidden state exactly as it was; only the tool's columns
 * change. Rebuilding replaces only marked sheets, and building twice equals building once.
 */
import { GENERATED_NAME_PREFIX } from '../../src/core/plans/types';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { buildCaluso, type CalusoOptions } from './caluso';
import { definedNames, loadBytes, sheetShot, validations } from './snapshot';

async function bytesOf(opts: CalusoOptions): Promise<Uint8Array> {
  return new Uint8Array((await buildCaluso(opts).xlsx.writeBuffer()) as ArrayBuffer);
}

/** Columns the tool owns, by sheet (0-based → letters), read from the plan. */
function ownedColumns(built: Awaited<ReturnType<typeof buildWorkbookBytes>>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const w of built.planned.plan.columnWrites) {
    const s = out.get(w.sheet) ?? new Set<number>();
    s.add(w.col + 1);
    out.set(w.sheet, s);
  }
  return out;
}

const CASES: [string, CalusoOptions][] = [
  ['con commenti, nomi, tabelle, formati condizionali, convalide, fogli nascosti', { userFeatures: true }],
  ['con righe scritte in modi diversi e titolo sopra le intestazioni', { dirty: true, titleRow: true }],
  ['con tutto insieme', { dirty: true, titleRow: true, userFeatures: true }],
];

describe.each(CASES)('build %s', (_label, opts) => {
  test('user sheets come out exactly as they went in, except the tool-owned columns', async () => {
    const input = await bytesOf(opts);
    const built = await buildWorkbookBytes(input);
    const before = await loadBytes(input);
    const after = await loadBytes(built.bytes);
    const owned = ownedColumns(built);
    for (const ws of before.worksheets) {
      const a = sheetShot(ws);
      const outWs = after.getWorksheet(ws.name);
      expect(outWs).toBeDefined();
      const b = sheetShot(outWs!);
      const ownedCols = owned.get(ws.name) ?? new Set<number>();
      for (const [address, cell] of a.cells) {
        const col = Number(outWs!.getCell(address).col);
        if (ownedCols.has(col)) continue;
        expect({ address, ...b.cells.get(address) }).toEqual({ address, ...cell });
      }
      // Cells that did not exist before: only in the tool's columns (ExcelJS may list empty ones).
      for (const [address, cell] of b.cells) {
        if (a.cells.has(address) || ownedCols.has(Number(outWs!.getCell(address).col))) continue;
        expect({ address, value: cell.value, note: cell.note }).toEqual({ address, value: 'null', note: 'null' });
      }
      expect(b.state).toBe(a.state);
      expect(b.merges).toEqual(a.merges);
      expect(b.conditional).toBe(a.conditional);
      expect(b.tables).toBe(a.tables);
      expect(b.views).toBe(a.views);
      expect(validations(outWs!)).toBe(validations(ws));
    }
    // User names kept; the only new names are markers.
    const namesBefore = definedNames(before);
    const namesAfter = definedNames(after);
    expect(namesAfter.filter((n) => !n.name.startsWith(GENERATED_NAME_PREFIX))).toEqual(namesBefore);
    expect(namesAfter.filter((n) => n.name.startsWith(GENERATED_NAME_PREFIX))).toHaveLength(built.applied.created.length);
  });

  test('building twice equals building once', async () => {
    const once = await buildWorkbookBytes(await bytesOf(opts));
    const twice = await buildWorkbookBytes(once.bytes);
    expect(twice.applied.created).toEqual([]);
    expect(twice.applied.replaced).toEqual(once.applied.created);
    const a = await loadBytes(once.bytes);
    const b = await loadBytes(twice.bytes);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      const x = sheetShot(ws);
      const y = sheetShot(b.getWorksheet(ws.name)!);
      expect([...y.cells.entries()]).toEqual([...x.cells.entries()]);
      expect(y.merges).toEqual(x.merges);
      expect(y.widths).toBe(x.widths);
    }
    expect(definedNames(b).map((n) => n.ranges)).toEqual(definedNames(a).map((n) => n.ranges));
  });
});

test("a user sheet with a wanted name is never overwritten: the generated one takes 'Riepilogo (2)'", async () => {
  const built = await buildWorkbookBytes(await bytesOf({ userFeatures: true }));
  expect(built.applied.created).toContain('Riepilogo (2)');
  const wb = await loadBytes(built.bytes);
  expect(wb.getWorksheet('Riepilogo')!.getCell('A1').value).toBe("Riepilogo scritto dall'utente: non toccare");
  expect(String(wb.getWorksheet('Riepilogo (2)')!.getCell('A1').value)).toContain('Riepilogo del Piano');
});

test('a generated sheet whose marker the user removed becomes theirs and is kept', async () => {
  const once = await buildWorkbookBytes(await bytesOf({}));
  const wb = await loadBytes(once.bytes);
  const marker = definedNames(wb).find((n) => n.ranges.some((r) => r.includes('Cronoprogramma 2021')))!;
  wb.definedNames.remove(marker.ranges[0], marker.name);
  wb.getWorksheet('Cronoprogramma 2021')!.getCell('A1').value = 'mio';
  const again = await buildWorkbookBytes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(again.applied.created).toEqual(['Cronoprogramma 2021 (2)']);
  const out = await loadBytes(again.bytes);
  expect(out.getWorksheet('Cronoprogramma 2021')!.getCell('A1').value).toBe('mio');
});

test('--only riepilogo leaves the other generated sheets alone; text from user cells stays text', async () => {
  const once = await buildWorkbookBytes(await bytesOf({}));
  const only = await buildWorkbookBytes(once.bytes, { only: ['riepilogo'] });
  expect(only.applied.replaced).toEqual(['Riepilogo']);
  expect(only.applied.removed).toEqual([]);
  const wb = await loadBytes(only.bytes);
  expect(wb.getWorksheet('Schede 2021')).toBeDefined();
  let found = 0;
  for (const name of ['Cronoprogramma 2021', 'Schede 2021']) {
    wb.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^[=+@]/.test(cell.value)) found++;
        expect(cell.formula ?? null).toBeNull();
      }),
    );
  }
  expect(found).toBeGreaterThanOrEqual(4);
});
