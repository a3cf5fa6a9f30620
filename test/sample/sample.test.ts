/** The committed sample workbook is what `npm run sample` generates, and it is what it claims. */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { readNumber, normalizeText } from '../../src/core/values';
import { buildSampleWorkbook } from '../../src/sample/build';
import { readWorkbookGrid } from '../../src/xlsx/read';

const COMMITTED = path.resolve(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx');

let committed: WorkbookGrid;
let generated: WorkbookGrid;

beforeAll(async () => {
  committed = await readWorkbookGrid(readFileSync(COMMITTED), { name: COMMITTED });
  generated = await readWorkbookGrid(await buildSampleWorkbook());
});

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`manca il foglio ${name}`);
  return s;
}

/** Rows under the header as objects keyed by header text. */
function records(s: SheetGrid, headerRow: number): Record<string, unknown>[] {
  const header = s.rows[headerRow].map((c) => (c ? String(c.v) : ''));
  return s.rows.slice(headerRow + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

describe('assets/esempio-piano.xlsx', () => {
  it('matches what `npm run sample` generates (run it after changing src/sample)', () => {
    expect(committed).toEqual(generated);
  });

  it('has the canonical sheets with title rows above the header', () => {
    expect(committed.sheets.map((s) => s.name)).toEqual(['Obiettivi', 'Fasi', 'Indicatori', 'Personale', 'Verifiche', 'Impostazioni']);
    for (const s of committed.sheets) {
      expect(s.rows[0][0]?.v).toBe('Comune di Montefiorito');
      expect(s.rows[3][0]?.v).toMatch(/^(Anno|Voce)$/);
    }
  });

  it('has four settori plus TUTTI, weights adding to 100 except TECNICO (deliberate error)', () => {
    const rows = records(sheet(committed, 'Obiettivi'), 3);
    const shared = rows.filter((r) => (r.Settore as { v: string }).v === 'TUTTI');
    const weight = (r: Record<string, unknown>) => {
      const c = r.Peso as { v: number; fmt?: string };
      return readNumber(c.v, c.fmt)!.value;
    };
    const sharedTotal = shared.reduce((a, r) => a + weight(r), 0);
    const totals: Record<string, number> = {};
    for (const r of rows) {
      const s = (r.Settore as { v: string }).v;
      if (s !== 'TUTTI') totals[s] = (totals[s] ?? sharedTotal) + weight(r);
    }
    expect(totals).toEqual({ 'AFFARI GENERALI': 100, FINANZIARIO: 100, TECNICO: 95, 'POLIZIA LOCALE': 100 });
  });

  it('has indicators of every kind: percentages, dates, Decrescente, levels, SI, text, months', () => {
    const rows = records(sheet(committed, 'Indicatori'), 3);
    const atteso = rows.map((r) => r.Atteso as { v: unknown; fmt?: string });
    expect(atteso.some((c) => typeof c.v === 'number' && c.fmt === '0%')).toBe(true);
    expect(atteso.some((c) => c.v instanceof Date)).toBe(true);
    expect(atteso.some((c) => c.v === 'Buono')).toBe(true);
    expect(atteso.some((c) => c.v === 'SI')).toBe(true);
    expect(atteso.some((c) => c.v === 'ottobre 2025')).toBe(true);
    expect(atteso.some((c) => c.v === 'trimestrale')).toBe(true);
    expect(rows.some((r) => (r.Direzione as { v: string }).v === 'Decrescente')).toBe(true);
    expect(rows.some((r) => r['Raggiunto intermedio'] === null)).toBe(true);
    expect(rows.some((r) => r.Raggiunto === null)).toBe(true);
  });

  it('has the unreadable Tempistica and the chain out of order', () => {
    const rows = records(sheet(committed, 'Fasi'), 3);
    const tempistiche = rows.map((r) => normalizeText(String((r.Tempistica as { v: string }).v)));
    expect(tempistiche).toContain('termine di legge');
    const pl1 = rows.filter((r) => (r.Settore as { v: string }).v === 'POLIZIA LOCALE' && (r['N. obiettivo'] as { v: number }).v === 1);
    expect(pl1.map((r) => (r.Tempistica as { v: string }).v)).toEqual(['Entro 30/09/2025', 'Entro 31/05/2025', 'Entro 31.12.2025']);
  });
});

describe('the sample Tempistiche (needs the Tempistica reader)', () => {
  it('cover every kind of docs/tempistica.md', async () => {
    const { readTempistica } = await import('../../src/core/tempistica');
    const rows = records(sheet(committed, 'Fasi'), 3);
    const kinds = new Set(rows.map((r) => readTempistica(String((r.Tempistica as { v: string }).v), { years: [2025], planYear: 2025 }).kind));
    expect([...kinds].sort()).toEqual(['annuale', 'intervallo', 'mesi', 'ricorrente', 'scadenza', 'sconosciuta']);
  });
});
