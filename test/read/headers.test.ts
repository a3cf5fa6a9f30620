import { readRegister } from '../../src/core/read';
import { FIELDS_BY_KIND } from '../../src/core/read/fields';
import { findHeader } from '../../src/core/read/header';
import type { SheetKind } from '../../src/core/model';
import { sheet, workbook, type CellInput } from '../fixtures/grid';

const BASE = ['Settore', 'N.', 'Obiettivo', 'Peso'];
const ROW = ['FINANZIARIO', 1, 'Tempestività dei pagamenti', 100];

function read(rows: CellInput[][], extra: Parameters<typeof sheet>[2] = {}, settings?: Record<string, string>) {
  return readRegister(workbook([sheet('Obiettivi', rows, extra)], settings));
}

describe('sheet finding', () => {
  it.each(['obiettivi', 'OBIETTIVI ', ' Obiettìvi', 'Obiettivi 2025', 'Obiettivi_2025'])('finds %p', (name) => {
    const r = readRegister(workbook([sheet('Note', [['x']]), sheet(name, [BASE, ROW])]));
    expect(r.piano.obiettivi).toHaveLength(1);
    expect(r.piano.sheets[0].name).toBe(name);
  });

  it('does not take a sheet whose name only starts with the letters', () => {
    const r = readRegister(workbook([sheet('ObiettiviVecchi', [BASE, ROW])]));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['FOGLIO_MANCANTE']);
    expect(r.piano.layout).toBe('vuoto');
    expect(r.diagnostics[0].params).toEqual({ foglio: 'Obiettivi', presenti: ['ObiettiviVecchi'] });
  });

  it('skips generated sheets and takes the first matching user sheet', () => {
    const r = readRegister(
      workbook([
        sheet('Obiettivi', [BASE, ['X', 1, 'generato', 100]], { generated: true }),
        sheet('Obiettivi 2025', [BASE, ROW]),
        sheet('Obiettivi 2026', [BASE, ['Y', 1, 'altro', 100]]),
      ]),
    );
    expect(r.piano.obiettivi.map((o) => o.settore)).toEqual(['FINANZIARIO']);
  });

  it('FOGLIO_MANCANTE and an empty model with no Obiettivi sheet', () => {
    const r = readRegister(workbook([]));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'FOGLIO_MANCANTE' });
    expect(r.piano).toMatchObject({ obiettivi: [], layout: 'vuoto', sheets: [] });
  });
});

describe('synonyms', () => {
  const kinds: SheetKind[] = ['obiettivi', 'fasi', 'indicatori', 'personale', 'verifiche', 'impostazioni'];
  for (const kind of kinds) {
    for (const spec of FIELDS_BY_KIND[kind]) {
      it.each(spec.synonyms)(`${kind}.${spec.field} ← %p`, (syn) => {
        // Every field of the kind under its first synonym, except this one under `syn`, shuffled.
        const headers = FIELDS_BY_KIND[kind].map((s) => (s === spec ? syn : s.synonyms[0])).reverse();
        const found = findHeader(sheet('S', [['Titolo'], headers]), kind);
        expect(found.headerRow).toBe(1);
        if (found.headerRow === null) return;
        expect(found.columns[spec.field]).toBe(headers.indexOf(syn));
        expect(found.diagnostics).toEqual([]);
      });
    }
  }

  it.each([
    ['N°', 'numero'],
    ['Nr', 'numero'],
    ['n.', 'numero'],
    ['  NUMERO  ', 'numero'],
    ['PESO (%)', 'peso'],
    ['Unita Organizzativa', 'settore'],
    ['ANNUALITA', 'anno'],
    ['Obiettivo N°', 'numero'],
  ])('matches %p ignoring case, accents, punctuation', (label, field) => {
    const headers = [...BASE.filter((h) => !(field === 'numero' && h === 'N.') && !(field === 'peso' && h === 'Peso') && !(field === 'settore' && h === 'Settore')), label];
    const found = findHeader(sheet('Obiettivi', [headers]), 'obiettivi');
    expect(found.headerRow).toBe(0);
    if (found.headerRow !== null) expect(found.columns[field]).toBe(headers.length - 1);
  });

  it('keeps extra columns untouched and out of the column map', () => {
    const r = read([['Note', ...BASE, 'Altro'], ['nota', ...ROW, 'x']]);
    expect(r.piano.sheets[0].columns).toEqual({ settore: 1, numero: 2, titolo: 3, peso: 4 });
    expect(r.piano.sheets[0].width).toBe(6);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('header row', () => {
  it('is the first row among the first 10 with the required headers', () => {
    const titles: CellInput[][] = Array.from({ length: 9 }, (_, i) => [`Titolo ${i}`]);
    const r = read([...titles, BASE, ROW]);
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi[0].source.row).toBe(11);
    expect(r.piano.sheets[0].headerRow).toBe(9);
  });

  it('beyond row 10: COLONNA_MANCANTE saying the header must be within the first 10 rows', () => {
    const titles: CellInput[][] = Array.from({ length: 20 }, (_, i) => [i % 3 === 0 ? `Logo ${i}` : null]);
    const r = read([...titles, BASE, ROW]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['COLONNA_MANCANTE', 'COLONNA_MANCANTE', 'COLONNA_MANCANTE', 'COLONNA_MANCANTE']);
    expect(r.diagnostics[0].params).toMatchObject({ riga: null, righeCercate: 10, intestazioni: expect.arrayContaining(['Area']) });
    expect(r.piano.layout).toBe('vuoto');
  });

  it('a sheet with only titles', () => {
    const r = read([['Comune di Prova'], ['Piano della performance']]);
    expect(r.diagnostics.every((d) => d.code === 'COLONNA_MANCANTE' && d.severity === 'error')).toBe(true);
    expect(r.diagnostics).toHaveLength(4);
  });

  it('names the missing column and its synonyms when the other headers are there', () => {
    const r = read([['Settore', 'N.', 'Obiettivo'], ['A', 1, 'x']]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'COLONNA_MANCANTE', sheet: 'Obiettivi', cell: 'A1' });
    expect(r.diagnostics[0].params).toMatchObject({ foglio: 'Obiettivi', colonna: 'Peso', riga: 1, intestazioni: expect.arrayContaining(['Peso', 'Ponderazione']) });
  });

  it('duplicate headers: COLONNA_DUPLICATA warning, the first is used', () => {
    const r = read([[...BASE, 'Ponderazione'], [...ROW, 50]]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'COLONNA_DUPLICATA', cell: 'E1' });
    expect(r.piano.obiettivi[0].peso).toBe(100);
  });

  it('a label merged across several cells counts once, in its first column', () => {
    const r = read(
      [
        ['Settore', 'N.', 'Obiettivo', null, 'Peso'],
        ['A', 1, 'Titolo', 'nota', 100],
      ],
      { merges: ['C1:D1'] },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.sheets[0].columns).toEqual({ settore: 0, numero: 1, titolo: 2, peso: 4 });
  });

  it('a header on two rows with merged cells (Raggiunto over intermedio / finale)', () => {
    const g = workbook([
      sheet('Obiettivi', [BASE, ROW]),
      sheet(
        'Indicatori',
        [
          ['Settore', 'N.', 'Indicatore', 'Atteso', 'Raggiunto', null],
          [null, null, null, null, 'intermedio', 'finale'],
          ['FINANZIARIO', 1, 'Giorni di ritardo', 0, 2, 1],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
      ),
    ]);
    const r = readRegister(g);
    expect(r.diagnostics).toEqual([]);
    const ind = r.piano.obiettivi[0].indicatori[0];
    expect(ind.raggiuntoIntermedio?.v).toBe(2);
    expect(ind.raggiunto?.v).toBe(1);
    expect(r.piano.sheets.find((s) => s.kind === 'indicatori')?.headerRow).toBe(1);
  });
});

describe('user column mapping (Mappa colonne)', () => {
  it('maps headers the synonyms miss', () => {
    const mapping = JSON.stringify({ obiettivi: { peso: 'Punti assegnati', titolo: 'Cosa fare' } });
    const r = read([['Settore', 'N.', 'Cosa fare', 'Punti assegnati'], ROW], {}, { 'Mappa colonne': mapping });
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi[0]).toMatchObject({ titolo: 'Tempestività dei pagamenti', peso: 100 });
  });

  it('the mapped column wins over a synonym column', () => {
    const mapping = JSON.stringify({ Obiettivi: { peso: 'Peso definitivo' } });
    const r = read([[...BASE, 'Peso definitivo'], [...ROW.slice(0, 3), 30, 100]], {}, { 'Mappa colonne': mapping });
    expect(r.piano.obiettivi[0].peso).toBe(100);
    expect(r.diagnostics).toEqual([]);
  });

  it('an unreadable mapping is a warning and is ignored', () => {
    const r = read([BASE, ROW], {}, { 'Mappa colonne': '{peso' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['IMPOSTAZIONE_NON_VALIDA']);
    expect(r.piano.obiettivi).toHaveLength(1);
  });

  it('an unknown field in the mapping is a warning', () => {
    const r = read([BASE, ROW], {}, { 'Mappa colonne': JSON.stringify({ obiettivi: { pesone: 'X' } }) });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['IMPOSTAZIONE_NON_VALIDA']);
  });
});
