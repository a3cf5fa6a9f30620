/**
 * Fuzzing real-shaped workbooks end to end: a Caluso register (plus two schede) is mutated,
 * written to `.xlsx` bytes with ExcelJS, read back through the file adapter and analysed. The
 * properties: nothing throws, every diagnostic points at a cell that exists in the grid, and the
 * same bytes give the same grid and the same analysis.
 *
 * Short by default (a couple of dozen workbooks). Long run: `FUZZ_RUNS=2000 npx jest test/hardening/fuzz`.
 */
import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { parseA1, type SheetGrid, type WorkbookGrid } from '../../src/core/grid';
import { workbookFromSpec, type CellSpec, type RowValue, type SheetSpec } from '../../src/xlsx/fromRows';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { WorkbookReadError } from '../../src/xlsx/errors';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'fs';
import * as path from 'path';
import { hasStackTrace, runPegInProcess } from '../helpers/cli';
import { tempDir } from '../helpers/workbook';
import { calusoGrid } from '../fixtures/caluso';
import { CALUSO } from '../fixtures/schede/caluso';
import { schedaSheet } from '../schede/build';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const LAST_ROW = 1_048_576;

function toSpec(s: SheetGrid): SheetSpec {
  const rows: RowValue[][] = s.rows.map((r) => r.map((c) => (c ? ({ v: c.v, ...(c.fmt ? { fmt: c.fmt } : {}), ...(c.filled ? { fill: 'FFCC00' } : {}) } as CellSpec) : null)));
  return { name: s.name, rows, ...(s.merges ? { merges: [...s.merges] } : {}) };
}

const BASE: SheetSpec[] = [
  ...calusoGrid().sheets.map(toSpec),
  toSpec(schedaSheet('Scheda 1', CALUSO[0])),
  toSpec(schedaSheet('Scheda 2', CALUSO[1])),
];

/** Values users really type, in the places where numbers, dates and percentages are expected. */
const nastyValue: fc.Arbitrary<RowValue> = fc.oneof(
  // Dates as text, as serials with a date format, as real dates.
  fc.constantFrom('30/06/2025', '2025-06-30', '30-giu-25', '31.12.2021', 'giugno 2025', 'entro il 30/06'),
  fc.integer({ min: 1, max: 60_000 }).map((n): CellSpec => ({ v: n, fmt: 'dd/mm/yyyy' })),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  // Mixed decimal separators and percentages.
  fc.constantFrom('10,5', '10.5', '1.234,5', '1,234.5', '10,5%', '10.5 %', ' 100 ', '1e3', '-0', '0,0000001'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 200 }).map((n): CellSpec => ({ v: n / 100, fmt: '0%' })),
  // Excel errors.
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?').map((error) => ({ error })),
  // Huge text, up to Excel's 32,767 characters per cell.
  fc.tuple(fc.integer({ min: 1000, max: 32_000 }), fc.string({ maxLength: 20 })).map(([n, tail]) => 'x'.repeat(n) + tail),
  fc.string({ maxLength: 40 }),
  fc.boolean(),
  // Text that looks like a formula but is text.
  fc.constantFrom('=SUM(A1:A3)', '+39 011 123', '-1+1', '@SUM(A1)', "'quoted"),
);

/** A formula with a cached result of any type: readers see the result, never the formula. */
const formulaCell: fc.Arbitrary<CellSpec> = fc
  .tuple(fc.constantFrom('A1', 'SUM(A1:A3)', 'TODAY()', 'IFERROR(1/0,"")', '"testo"', 'Obiettivi!G5*2'), fc.oneof(fc.integer(), fc.string({ maxLength: 10 }), fc.boolean(), fc.constant(null)))
  .map(([formula, v]) => ({ formula, v }));

const mutation = fc.record({
  sheet: fc.nat(),
  /** Column permutation (applied to the first 10 columns). */
  shuffle: fc.option(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 10, maxLength: 10 }), { nil: undefined }),
  deleteHeaders: fc.array(fc.nat(9), { maxLength: 3 }),
  values: fc.array(fc.tuple(fc.nat(60), fc.nat(12), fc.oneof(nastyValue, nastyValue, formulaCell)), { maxLength: 10 }),
  /** Whole cells turned into formulas keeping their value as cached result. */
  formulas: fc.array(fc.tuple(fc.nat(60), fc.nat(12)), { maxLength: 8 }),
  /** Merges on distinct rows, so they never overlap. */
  merges: fc.uniqueArray(fc.tuple(fc.nat(40), fc.nat(6), fc.integer({ min: 1, max: 4 })), { maxLength: 3, selector: ([r]) => r }),
  /** Values far down the sheet: the used range reaches row 1,048,576. */
  // Rare (a second or two each to analyse), so the short run stays short.
  farCells: fc.oneof(
    { weight: 9, arbitrary: fc.constant([] as [number, number, RowValue][]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(LAST_ROW, LAST_ROW - 1, 70_000), fc.nat(12), nastyValue), { minLength: 1, maxLength: 2 }) },
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function asSpec(v: RowValue): CellSpec {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && !('error' in v && !('v' in v)) ? (v as CellSpec) : { v: v as CellSpec['v'] };
}

function mutate(sheets: SheetSpec[], m: Mutation): { sheets: SheetSpec[]; far: { sheet: string; row: number; col: number; value: RowValue }[] } {
  const out = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]), merges: s.merges ? [...s.merges] : undefined }));
  const s = out[m.sheet % out.length];
  if (m.shuffle) {
    const perm = m.shuffle;
    s.rows = s.rows.map((row) => [...perm.map((i) => row[i] ?? null), ...row.slice(perm.length)]);
    s.merges = undefined; // a merge does not survive a column shuffle
  }
  const header = s.rows.findIndex((r) => r.filter((c) => c !== null && c !== undefined).length > 2);
  for (const c of m.deleteHeaders) if (header >= 0) s.rows[header][c] = null;
  for (const [r, c, v] of m.values) {
    while (s.rows.length <= r) s.rows.push([]);
    s.rows[r][c] = v;
  }
  for (const [r, c] of m.formulas) {
    const v = s.rows[r]?.[c];
    if (v === undefined || v === null) continue;
    const spec = asSpec(v);
    if (spec.formula !== undefined || spec.v === undefined || (typeof spec.v === 'object' && spec.v !== null && !(spec.v instanceof Date))) continue;
    s.rows[r][c] = { ...spec, formula: 'A1' };
  }
  if (!s.merges) {
    s.merges = m.merges.map(([r, c, w]) => `${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + c + w)}${r + 1}`);
  }
  return { sheets: out, far: m.farCells.map(([row, col, value]) => ({ sheet: s.name, row, col, value })) };
}

async function bytesOf(sheets: SheetSpec[], far: { sheet: string; row: number; col: number; value: RowValue }[]): Promise<Buffer> {
  const wb = workbookFromSpec({ sheets, created: new Date(Date.UTC(2025, 0, 1)) });
  for (const f of far) {
    // Written straight on the worksheet: a million-row `rows` array in the spec would be the very thing under test.
    const cell = wb.getWorksheet(f.sheet)!.getCell(f.row, f.col + 1);
    const spec = asSpec(f.value);
    cell.value = (spec.formula ? { formula: spec.formula, result: spec.v } : spec.v) as ExcelJS.CellValue;
    if (spec.fmt) cell.numFmt = spec.fmt;
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * The grid as text, runs of empty rows collapsed: Jest's deep equality walks a million-row grid
 * for half a minute, this takes milliseconds and sees every value, format and flag.
 */
function fingerprint(grid: WorkbookGrid): string {
  return JSON.stringify(
    grid.sheets.map((s) => {
      const rows: unknown[] = [];
      const knownEmpty = new Set<unknown>();
      let empty = 0;
      for (const r of s.rows) {
        if (knownEmpty.has(r) || r.every((c) => c === null)) {
          knownEmpty.add(r);
          empty++;
          continue;
        }
        if (empty > 0) rows.push(empty);
        empty = 0;
        rows.push(r.map((c) => (c && c.v instanceof Date ? { ...c, v: `D${c.v.toISOString()}` } : c)));
      }
      return { ...s, rows, empty, width: widthOf(s) };
    }),
  );
}

function widthOf(s: SheetGrid): number {
  let w = 0;
  for (const r of s.rows) w = Math.max(w, r.length);
  return w;
}

function expectDiagnosticsInside(grid: WorkbookGrid, analysis: ReturnType<typeof analyze>): void {
  for (const d of analysis.diagnostics) {
    expect(typeof d.message).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
    // Leaked JavaScript values are bugs in an Italian message.
    expect(d.message).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]|\bInfinity\b/);
    if (d.cell === undefined) continue;
    const s = grid.sheets.find((x) => x.name === d.sheet);
    if (!s) throw new Error(`La diagnostica ${d.code} indica un foglio inesistente: ${d.sheet}!${d.cell}`);
    const p = parseA1(d.cell);
    if (!p) throw new Error(`La diagnostica ${d.code} ha un indirizzo non valido: ${d.cell}`);
    if (p.row >= s.rows.length || p.col >= Math.max(widthOf(s), 1)) {
      throw new Error(`La diagnostica ${d.code} indica ${d.sheet}!${d.cell}, fuori dal foglio (${s.rows.length} righe, ${widthOf(s)} colonne)`);
    }
  }
}

const tmp = tempDir('peg-fuzz-');
afterAll(() => tmp.cleanup());
let fileCount = 0;

/** The same bytes through the CLI (in-process): check and summary --json end normally. */
async function expectCliCopes(bytes: Buffer): Promise<void> {
  const file = path.join(tmp.path, `fuzz-${fileCount++}.xlsx`);
  writeFileSync(file, bytes);
  const check = await runPegInProcess(['check', file]);
  expect([0, 1]).toContain(check.code);
  expect(hasStackTrace(check.stdout + check.stderr)).toBe(false);
  expect(check.stderr).not.toMatch(/Errore imprevisto/);
  const summary = await runPegInProcess(['summary', file, '--json']);
  expect([0, 1]).toContain(summary.code);
  expect(() => JSON.parse(summary.stdout)).not.toThrow();
}

describe('fuzzing workbooks end to end (xlsx → grid → analyze)', () => {
  it(`never throws, diagnostics point at existing cells, same bytes → same result (${RUNS} workbooks)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom<null | 'intermedia' | 'finale'>(null, 'intermedia', 'finale'), fc.nat(2), async (mutations, verifica, cliDie) => {
        let sheets = BASE;
        const far: Parameters<typeof bytesOf>[1] = [];
        for (const m of mutations) {
          const r = mutate(sheets, m);
          sheets = r.sheets;
          far.push(...r.far);
        }
        const bytes = await bytesOf(sheets, far);
        const grid = await readWorkbookGrid(bytes, { name: 'fuzz.xlsx' });
        const analysis = analyze(grid, { verifica });
        expectDiagnosticsInside(grid, analysis);
        // Same bytes, same everything.
        const again = await readWorkbookGrid(bytes, { name: 'fuzz.xlsx' });
        expect(fingerprint(again)).toBe(fingerprint(grid));
        expect(analyze(again, { verifica })).toEqual(analysis);
        // The CLI on the same file, for a third of the cases (not the slow million-row ones).
        if (far.length === 0 && cliDie === 0) await expectCliCopes(bytes);
        // The far cells were read, without a grid row per empty row.
        if (far.some((f) => f.row === LAST_ROW)) {
          const s = grid.sheets.find((x) => x.name === far[0].sheet)!;
          expect(s.rows.length).toBeGreaterThanOrEqual(70_000);
          expect(new Set(s.rows).size).toBeLessThan(1000);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 60_000 + RUNS * 2_000);

  it('reads the unmutated base workbook with its objectives (the fuzz base is meaningful)', async () => {
    const grid = await readWorkbookGrid(await bytesOf(BASE, []), { name: 'base.xlsx' });
    const a = analyze(grid);
    expect(a.piano.obiettivi.length).toBeGreaterThanOrEqual(29);
    expectDiagnosticsInside(grid, a);
  });
});

/**
 * Damaged packages: one XML part of a real workbook garbled (cut, doubled, a stray `<`, an
 * attribute turned absurd) or the zip bytes themselves flipped. The reader must return a grid or
 * refuse with its Italian error, never throw anything else, and never run away.
 */
describe('damaged packages', () => {
  it('give a grid or a WorkbookReadError, nothing else', async () => {
    const base = new Uint8Array(await bytesOf(BASE.slice(0, 2), []));
    const parts = unzipSync(base);
    const xmlParts = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n)).sort();
    const garble = fc.record({
      part: fc.nat(xmlParts.length - 1),
      kind: fc.constantFrom('cut', 'double', 'lt', 'ref', 'flip'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      len: fc.integer({ min: 1, max: 200 }),
    });
    await fc.assert(
      fc.asyncProperty(garble, async ({ part, kind, at, len }) => {
        let bytes: Uint8Array;
        if (kind === 'flip') {
          bytes = base.slice();
          const i = Math.floor(at * (bytes.length - 1));
          for (let j = i; j < Math.min(bytes.length, i + len); j += 7) bytes[j] ^= 0x5a;
        } else {
          const name = xmlParts[part];
          const text = strFromU8(parts[name]);
          const i = Math.floor(at * text.length);
          const changed =
            kind === 'cut'
              ? text.slice(0, i) + text.slice(i + len)
              : kind === 'double'
                ? text.slice(0, i + len) + text.slice(i)
                : kind === 'lt'
                  ? `${text.slice(0, i)}<${text.slice(i)}`
                  : text.replace(/ r="[A-Z]+\d+"/, ' r="ZZZZ99999999"').replace(/sheetId="\d+"/, 'sheetId="-1"');
          bytes = zipSync({ ...parts, [name]: strToU8(changed) });
        }
        try {
          const grid = await readWorkbookGrid(bytes, { name: 'rotto.xlsx' });
          expect(Array.isArray(grid.sheets)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookReadError);
          expect((e as Error).message).toMatch(/"rotto\.xlsx"/);
        }
      }),
      { numRuns: Math.max(40, RUNS * 4) },
    );
  }, 120_000);
});
