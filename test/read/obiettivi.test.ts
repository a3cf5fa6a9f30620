import { readRegister } from '../../src/core/read';
import { err, pct, sheet, workbook, type CellInput } from '../fixtures/grid';

const HEAD = ['Anno', 'Settore', 'N.', 'Codice', 'Tipo', 'Obiettivo', 'Peso'];

function one(cells: Partial<Record<string, CellInput>>, settings?: Record<string, string>) {
  const row = HEAD.map((h) => (h in cells ? cells[h] : ({ Anno: 2025, Settore: 'FINANZIARIO', 'N.': 1, Obiettivo: 'Titolo', Peso: 100 } as Record<string, CellInput>)[h] ?? null));
  const r = readRegister(workbook([sheet('Obiettivi', [HEAD, row])], settings));
  return { ...r, o: r.piano.obiettivi[0] };
}

describe('Peso', () => {
  it.each<[CellInput, number]>([
    [10, 10],
    ['10', 10],
    ['10%', 10],
    ['10 %', 10],
    ['10,5', 10.5],
    [pct(0.1), 10],
    [pct(0.105), 10.5],
    [0, 0],
    [100, 100],
  ])('%p → %p', (v, want) => {
    const { o, diagnostics } = one({ Peso: v });
    expect(diagnostics).toEqual([]);
    expect(o.peso).toBe(want);
  });

  it.each<[CellInput, string]>([
    ['dieci', 'non è un numero'],
    [-5, 'è negativo'],
    [120, 'supera 100'],
    [true, 'non è un numero'],
    [new Date(Date.UTC(2025, 0, 1)), 'non è un numero'],
  ])('%p → PESO_NON_VALIDO (%s)', (v, why) => {
    const { o, diagnostics } = one({ Peso: v });
    expect(o.peso).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'PESO_NON_VALIDO', sheet: 'Obiettivi', cell: 'G2' });
    expect(diagnostics[0].params).toMatchObject({ dove: 'Obiettivi!G2', motivo: why, di: 'obiettivo' });
  });
});

describe('Anno', () => {
  it.each<[CellInput, number[], string | null]>([
    [2025, [2025], '2025'],
    ['2025', [2025], '2025'],
    ['2025-2027', [2025, 2026, 2027], '2025-2027'],
    ['2025/2027', [2025, 2026, 2027], '2025/2027'],
    ['Triennio 2025/2027', [2025, 2026, 2027], 'Triennio 2025/2027'],
    ['2025 - 2026', [2025, 2026], '2025 - 2026'],
    ['2025/26', [2025, 2026], '2025/26'],
  ])('%p → %p', (v, anni, testo) => {
    const { o, diagnostics } = one({ Anno: v });
    expect(diagnostics).toEqual([]);
    expect(o.anni).toEqual(anni);
    expect(o.annoTesto).toBe(testo);
  });

  it('id joins the years with -', () => {
    expect(one({ Anno: 'Triennio 2025/2027' }).o.id).toBe('K:2025-2026-2027|finanziario|1');
  });

  it('missing → the plan year from Impostazioni', () => {
    const { o, diagnostics, piano } = one({ Anno: null }, { Anno: '2024' });
    expect(diagnostics).toEqual([]);
    expect(o.anni).toEqual([2024]);
    expect(o.annoTesto).toBeNull();
    expect(piano.impostazioni.anno).toBe(2024);
  });

  it('missing and no plan year → the most common year of the sheet', () => {
    const rows: CellInput[][] = [
      HEAD,
      [2026, 'A', 1, null, null, 't', 50],
      [2025, 'A', 2, null, null, 't', 50],
      [2025, 'B', 1, null, null, 't', 50],
      [null, 'B', 2, null, null, 't', 50],
    ];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi[3].anni).toEqual([2025]);
    expect(r.piano.impostazioni.anno).toBe(2025);
  });

  it('no year anywhere → empty anni', () => {
    const r = readRegister(workbook([sheet('Obiettivi', [['Settore', 'N.', 'Obiettivo', 'Peso'], ['A', 1, 't', 100]])]));
    expect(r.piano.obiettivi[0].anni).toEqual([]);
    expect(r.piano.obiettivi[0].id).toBe('K:|a|1');
    expect(r.piano.impostazioni.anno).toBeNull();
  });

  it.each<CellInput>(['prossimo anno', '20255', 1800, '2027-2025', '2025-2040'])('%p → ANNO_NON_VALIDO warning, plan year used', (v) => {
    const { o, diagnostics } = one({ Anno: v }, { Anno: '2025' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'ANNO_NON_VALIDO', cell: 'A2' });
    expect(diagnostics[0].params).toMatchObject({ dove: 'Obiettivi!A2', intanto: expect.stringContaining('2025') });
    expect(o.anni).toEqual([2025]);
  });
});

describe('Settore', () => {
  it.each(['TUTTI', 'tutti', 'Tutti i settori', 'Intersettoriale', 'TRASVERSALE', '_____TUTTI_____'])('%p → tutti', (s) => {
    const { o } = one({ Settore: s });
    expect(o.tutti).toBe(true);
    expect(o.settore).toBe(s.trim());
    expect(o.id).toBe('K:2025|tutti|1');
  });

  it('an ordinary settore is not tutti and is kept as written, trimmed', () => {
    const { o } = one({ Settore: '  Polizia Municipale ' });
    expect(o).toMatchObject({ tutti: false, settore: 'Polizia Municipale', id: 'K:2025|polizia municipale|1' });
  });
});

describe('Tipo', () => {
  it.each<[string, string[]]>([
    ['Strategico', ['Strategico']],
    ['Innovativo strategico', ['Strategico', 'Innovativo']],
    ['MANTENIMENTO', ['Mantenimento']],
    ['Obiettivo di sviluppo', ['Sviluppo']],
    ['gestionale', ['Gestionale']],
  ])('%p → %p', (t, tipi) => {
    const { o, diagnostics } = one({ Tipo: t });
    expect(diagnostics).toEqual([]);
    expect(o.tipi).toEqual(tipi);
    expect(o.tipoTesto).toBe(t);
  });

  it('unknown → TIPO_SCONOSCIUTO warning, the known part kept', () => {
    const a = one({ Tipo: 'Operativo' });
    expect(a.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['TIPO_SCONOSCIUTO', 'warning', 'E2']]);
    expect(a.o.tipi).toEqual([]);
    const b = one({ Tipo: 'Strategico operativo' });
    expect(b.diagnostics.map((d) => d.code)).toEqual(['TIPO_SCONOSCIUTO']);
    expect(b.o.tipi).toEqual(['Strategico']);
  });
});

describe('N.', () => {
  it.each<[CellInput, number]>([
    [3, 3],
    ['3', 3],
    [3.0, 3],
    ['n. 3', 3],
    ['N°3', 3],
    ['Nr. 12', 12],
  ])('%p → %p', (v, n) => {
    const { o, diagnostics } = one({ 'N.': v });
    expect(diagnostics).toEqual([]);
    expect(o.numero).toBe(n);
  });

  it.each<CellInput>(['tre', 2.5, 0, -1, '10%'])('%p → CAMPO_NON_VALIDO error', (v) => {
    const { o, diagnostics } = one({ 'N.': v });
    expect(o.numero).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['CAMPO_NON_VALIDO', 'error', 'C2']]);
    expect(diagnostics[0].params).toMatchObject({ campo: 'N.', dove: 'Obiettivi!C2' });
  });
});

describe('required fields and error values', () => {
  it('CAMPO_OBBLIGATORIO for empty Settore, N., Obiettivo, Peso', () => {
    const { o, diagnostics } = one({ Settore: null, 'N.': '  ', Obiettivo: null, Peso: null });
    expect(diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([
      ['CAMPO_OBBLIGATORIO', 'error', 'B2'],
      ['CAMPO_OBBLIGATORIO', 'error', 'C2'],
      ['CAMPO_OBBLIGATORIO', 'error', 'F2'],
      ['CAMPO_OBBLIGATORIO', 'error', 'G2'],
    ]);
    expect(o).toMatchObject({ settore: '', numero: null, titolo: '', peso: null });
  });

  it.each(['#REF!', '#N/D', '#DIV/0!'])('%p in a needed cell → VALORE_ERRORE naming the cell', (e) => {
    const { o, diagnostics } = one({ Peso: err(e), Settore: err(e) });
    expect(diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([
      ['VALORE_ERRORE', 'error', 'B2'],
      ['VALORE_ERRORE', 'error', 'G2'],
    ]);
    expect(diagnostics[1].params).toEqual({ errore: e, dove: 'Obiettivi!G2', campo: 'Peso' });
    expect(o.peso).toBeNull();
  });

  it('numbers stored as text and a column of text where numbers belong: one diagnostic per bad cell', () => {
    const rows: CellInput[][] = [
      ['Settore', 'N.', 'Obiettivo', 'Peso'],
      ['A', '1', 't', '40'],
      ['A', '2', 't', 'alto'],
      ['A', '3', 't', 'medio'],
      ['A', '4', 't', '60,0'],
    ];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.piano.obiettivi.map((o) => [o.numero, o.peso])).toEqual([[1, 40], [2, null], [3, null], [4, 60]]);
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([['PESO_NON_VALIDO', 'D3'], ['PESO_NON_VALIDO', 'D4']]);
  });

  it('empty rows are skipped; data runs to the last non-empty row', () => {
    const rows: CellInput[][] = [['Settore', 'N.', 'Obiettivo', 'Peso'], ['A', 1, 't', 50], [], [null, '', '  '], ['A', 2, 't', 50], []];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi.map((o) => o.source.row)).toEqual([2, 5]);
    expect(r.piano.sheets[0].lastRow).toBe(4);
  });

  it('keeps the optional text fields', () => {
    const head = ['Settore', 'N.', 'Obiettivo', 'Peso', 'Responsabile', 'Descrizione', 'DUP', 'Risorse umane', 'Risorse strumentali', 'Costi', 'Risultati attesi', 'Risultati ottenuti'];
    const r = readRegister(workbook([sheet('Obiettivi', [head, ['A', 1, 't', 100, 'R', 'D', 'M1P2', 'RU', 'RS', 'C', 'RA', 'RO']])]));
    expect(r.piano.obiettivi[0]).toMatchObject({
      responsabile: 'R', descrizione: 'D', dup: 'M1P2', risorseUmane: 'RU', risorseStrumentali: 'RS', costi: 'C', risultatiAttesi: 'RA', risultatiOttenuti: 'RO',
    });
  });
});

describe('keys', () => {
  it('CHIAVE_DUPLICATA for the same (Anno, Settore, N.), settore compared normalised', () => {
    const rows: CellInput[][] = [HEAD, [2025, 'Finanziario', 1, null, null, 'a', 50], [2025, ' FINANZIARIO ', 1, null, null, 'b', 50], [2026, 'FINANZIARIO', 1, null, null, 'c', 50]];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['CHIAVE_DUPLICATA', 'error', 'C3']]);
    expect(r.diagnostics[0].params).toMatchObject({ per: 'numero', settore: 'FINANZIARIO', numero: 1, anni: [2025], altrove: 'alla riga 2' });
    const ids = r.piano.obiettivi.map((o) => o.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('a multi-year objective clashes with a single-year one of a shared year', () => {
    const rows: CellInput[][] = [HEAD, ['2025-2027', 'A', 1, null, null, 'a', 50], [2026, 'A', 1, null, null, 'b', 50]];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CHIAVE_DUPLICATA']);
  });

  it('Codice: id C:<codice>, duplicate codice flagged', () => {
    const rows: CellInput[][] = [HEAD, [2025, 'A', 1, 'OB-1', null, 'a', 50], [2025, 'A', 2, 'ob-1', null, 'b', 50], [2025, 'A', 3, null, null, 'c', 0]];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.piano.obiettivi.map((o) => o.id)).toEqual(['C:OB-1', 'C:ob-1', 'K:2025|a|3']);
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([['CHIAVE_DUPLICATA', 'D3']]);
  });
});

describe('rows that are not objectives', () => {
  it('a totals row under the register is not an objective', () => {
    const rows: CellInput[][] = [
      ['Settore', 'N.', 'Obiettivo', 'Peso'],
      ['A', 1, 't', 60],
      ['A', 2, 't', 40],
      [null, null, 'TOTALE', { v: 100, formula: true }],
      ['Totale pesi', null, null, 100],
    ];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi).toHaveLength(2);
    expect(r.piano.sheets[0].lastRow).toBe(2);
  });

  it('an objective titled "Totale…" with a settore is still an objective (and needs its N.)', () => {
    const rows: CellInput[][] = [['Settore', 'N.', 'Obiettivo', 'Peso'], ['A', null, 'Totale digitalizzazione', 100]];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.piano.obiettivi).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CAMPO_OBBLIGATORIO']);
  });

  it('a row with only the computed columns filled is skipped', () => {
    const rows: CellInput[][] = [
      ['Settore', 'N.', 'Obiettivo', 'Peso', 'Valore raggiunto %', 'Rispetto tempi %'],
      ['A', 1, 't', 100, 90, 100],
      [null, null, null, null, { v: '', formula: true }, { v: 0, formula: true }],
    ];
    const r = readRegister(workbook([sheet('Obiettivi', rows)]));
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi).toHaveLength(1);
    expect(r.piano.sheets[0].columns).toMatchObject({ valoreRaggiunto: 4, rispettoTempi: 5 });
  });
});

describe('merged cells in the data', () => {
  it('a Settore merged down over its objectives applies to each of them', () => {
    const rows: CellInput[][] = [
      ['Settore', 'N.', 'Obiettivo', 'Peso'],
      ['FINANZIARIO', 1, 'a', 50],
      [null, 2, 'b', 50],
      ['TUTTI', 1, 'c', 0],
      [null, null, null, null],
    ];
    const r = readRegister(workbook([sheet('Obiettivi', rows, { merges: ['A2:A3', 'A4:A5'] })]));
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.obiettivi.map((o) => [o.settore, o.numero])).toEqual([['FINANZIARIO', 1], ['FINANZIARIO', 2], ['TUTTI', 1]]);
    expect(r.piano.sheets[0].lastRow).toBe(3);
  });

  it('a merge across columns does not copy a value into the next field', () => {
    const rows: CellInput[][] = [['Settore', 'N.', 'Obiettivo', 'Descrizione', 'Peso'], ['A', 1, 'lungo titolo', null, 100]];
    const r = readRegister(workbook([sheet('Obiettivi', rows, { merges: ['C2:D2'] })]));
    expect(r.piano.obiettivi[0].descrizione).toBeNull();
  });

  it('a tall merge starting at the header row does not swallow the data', () => {
    const rows: CellInput[][] = [['Settore', 'N.', 'Obiettivo', 'Peso', 'Note'], ['A', 1, 't', 100, null], ['A', 2, 't', 0, null], ['A', 3, 't', 0, null], ['A', 4, 't', 0, null]];
    const r = readRegister(workbook([sheet('Obiettivi', rows, { merges: ['E1:E5'] })]));
    expect(r.piano.obiettivi).toHaveLength(4);
  });
});
