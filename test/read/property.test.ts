import fc from 'fast-check';
import { readRegister } from '../../src/core/read';
import { parseA1, type Cell, type CellValue, type SheetGrid, type WorkbookGrid } from '../../src/core/grid';
import { PianoSchema } from '../../src/core/model';
import { FIELDS_BY_KIND } from '../../src/core/read/fields';
import { calusoGrid } from '../fixtures/caluso';

const HEADER_WORDS = Object.values(FIELDS_BY_KIND).flatMap((specs) => specs.flatMap((s) => s.synonyms));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 2025, 0.1, 100, -3),
  fc.integer({ min: -10, max: 3000 }),
  fc.string(),
  fc.constantFrom(...HEADER_WORDS, 'TUTTI', '10%', '10,5', '2025-2027', 'Triennio 2025/2027', 'n. 3', '30/06/2025', '30-giu', ''),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('#REF!', '#N/D', '#DIV/0!', '#VALUE!').map((error) => ({ error })),
);

const cellArb: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.constant(null),
  fc.record({ v: cellValue }, { requiredKeys: ['v'] }),
  fc.record({ v: cellValue, fmt: fc.constantFrom('0%', 'General', 'dd/mm/yyyy', '0.00', 'mmm-yy', '') }),
);

const sheetName = fc.oneof(
  fc.constantFrom('Obiettivi', 'obiettivi 2025', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni', 'Note'),
  fc.string({ maxLength: 40 }),
);

const sheetArb: fc.Arbitrary<SheetGrid> = fc.record({
  name: sheetName,
  rows: fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 25 }),
  merges: fc.option(fc.array(fc.oneof(fc.constantFrom('A1:B1', 'A1:A2', 'C2:E3', 'B1:B1', 'Z9:A1'), fc.string()), { maxLength: 4 }), { nil: undefined }),
  generated: fc.option(fc.boolean(), { nil: undefined }),
});

const settingsArb = fc.option(
  fc.dictionary(
    fc.constantFrom('Anno', 'Ente', 'Soglia raggiungimento %', 'Mappa colonne', 'Scala qualitativa', 'Data verifica intermedia', 'x'),
    fc.oneof(fc.string(), fc.json(), fc.constant('{"obiettivi":{"peso":"Settore"}}'), fc.constant('{"fasi":null}')),
  ),
  { nil: undefined },
);

/** A sheet whose header row is made of real synonyms, so the row readers get exercised. */
const registerSheetArb: fc.Arbitrary<SheetGrid> = fc
  .constantFrom('obiettivi', 'fasi', 'indicatori', 'personale', 'verifiche', 'impostazioni' as const)
  .chain((kind) =>
    fc.record({
      name: fc.constant(kind[0].toUpperCase() + kind.slice(1)),
      rows: fc.tuple(
        fc.shuffledSubarray(FIELDS_BY_KIND[kind].map((f) => f.synonyms[0])),
        fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 20 }),
      ).map(([header, rows]) => [header.map((v) => ({ v })), ...rows]),
      merges: fc.constant(undefined),
      generated: fc.constant(undefined),
    }),
  );

// Excel sheet names are unique regardless of case.
const gridArb: fc.Arbitrary<WorkbookGrid> = fc.record({
  sheets: fc.uniqueArray(fc.oneof(sheetArb, registerSheetArb, registerSheetArb), { maxLength: 5, selector: (s) => s.name.toLowerCase() }),
  settings: settingsArb,
});

/**
 * Dates by their time value, so that two invalid dates (NaN) compare equal, as they are. The tag
 * test, not `instanceof`: structuredClone makes its dates in Node's realm, not in Jest's.
 */
function comparable(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') return { date: String(Date.prototype.getTime.call(v)) };
  if (Array.isArray(v)) return v.map(comparable);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, comparable(x)]));
  return v;
}

function checkInvariants(grid: WorkbookGrid): void {
  const before = structuredClone(grid);
  const a = readRegister(grid);
  // Pure: the input is untouched and the same input gives the same output.
  expect(comparable(grid)).toEqual(comparable(before));
  expect(readRegister(grid)).toEqual(a);
  PianoSchema.parse(a.piano);
  for (const d of a.diagnostics) {
    expect(d.message.length).toBeGreaterThan(0);
    if (d.cell === undefined) continue;
    const s = grid.sheets.find((x) => x.name === d.sheet);
    expect(s).toBeDefined();
    const p = parseA1(d.cell);
    expect(p).not.toBeNull();
    const width = Math.max(0, ...s!.rows.map((r) => r.length));
    expect(p!.row).toBeLessThan(s!.rows.length);
    expect(p!.col).toBeLessThan(Math.max(width, 1));
  }
}

describe('readRegister properties', () => {
  it('never throws on arbitrary grids; diagnostics point inside the grid; deterministic', () => {
    fc.assert(fc.property(gridArb, checkInvariants), { numRuns: 300 });
  });

  it('survives mutations of a valid register (shuffled columns, deleted headers, random errors)', () => {
    const base = calusoGrid();
    const mutation = fc.record({
      sheet: fc.nat(base.sheets.length - 1),
      perm: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
      deleteHeaders: fc.array(fc.nat(7), { maxLength: 3 }),
      errors: fc.array(fc.tuple(fc.nat(40), fc.nat(8), cellValue), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const grid = structuredClone(base);
        for (const m of mutations) {
          const s = grid.sheets[m.sheet];
          s.rows = s.rows.map((row) => m.perm.map((i) => row[i] ?? null));
          const headerRow = s.rows.findIndex((r) => r.filter((c) => c !== null).length > 2);
          for (const c of m.deleteHeaders) if (headerRow >= 0) s.rows[headerRow][c] = null;
          for (const [r, c, v] of m.errors) {
            const row = s.rows[r % s.rows.length];
            if (row) row[c % Math.max(row.length, 1)] = { v };
          }
        }
        checkInvariants(grid);
      }),
      { numRuns: 200 },
    );
  });

  it('reading does not depend on the column order', () => {
    const base = calusoGrid();
    const ref = readRegister(base).piano.obiettivi.map(({ source: _s, fasi, indicatori, ...o }) => ({ ...o, fasi: fasi.length, indicatori: indicatori.length }));
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }), (perm) => {
        const grid = structuredClone(base);
        grid.sheets[0].rows = grid.sheets[0].rows.map((row) => perm.map((i) => row[i] ?? null));
        const r = readRegister(grid);
        expect(r.diagnostics).toEqual([]);
        expect(r.piano.obiettivi.map(({ source: _s, fasi, indicatori, ...o }) => ({ ...o, fasi: fasi.length, indicatori: indicatori.length }))).toEqual(ref);
      }),
      { numRuns: 50 },
    );
  });
});
