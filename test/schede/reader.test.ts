import type { SheetGrid } from '../../src/core/grid';
import { readSchede } from '../../src/core/schede';
import { CALUSO } from '../fixtures/schede/caluso';
import { calusoSchedeGrid, schedaSheet, stackedSheet } from './build';

describe('readSchede on the 29 Caluso schede', () => {
  const read = readSchede(calusoSchedeGrid());

  it('finds every scheda with its heading, settore, responsabile and title', () => {
    expect(read.obiettivi).toHaveLength(29);
    expect(read.sheets).toHaveLength(29);
    read.obiettivi.forEach((o, i) => {
      const s = CALUSO[i];
      expect({ anni: o.anni, numero: o.numero, peso: o.peso, settore: o.settore, responsabile: o.responsabile, titolo: o.titolo }).toEqual({
        anni: [s.anno],
        numero: s.numero,
        peso: s.peso,
        settore: s.settore,
        responsabile: s.responsabile,
        titolo: s.titolo,
      });
      expect(o.descrizione).toBe(s.descrizione || null);
      expect(o.tutti).toBe(s.settore === 'TUTTI');
      expect(o.tipi).toEqual(['Strategico']);
    });
  });

  it('strips the blanks of the printed form: `_____TUTTI_____`, `Sig. _____`', () => {
    const first = read.obiettivi[0];
    expect(first.settore).toBe('TUTTI');
    expect(first.tutti).toBe(true);
    expect(first.responsabile).toBeNull();
  });

  it('reads phases (1..8 in two columns) and indicators in their groups with the atteso as written', () => {
    read.obiettivi.forEach((o, i) => {
      const s = CALUSO[i];
      expect(o.fasi.map((f) => f.attivita)).toEqual(s.fasi);
      expect(o.fasi.map((f) => f.numero)).toEqual(s.fasi.map((_, k) => k + 1));
      expect(o.indicatori.map((x) => [x.gruppo, x.descrizione, x.atteso?.v ?? null])).toEqual(s.indicatori.map((x) => [x.gruppo, x.descrizione, x.atteso]));
    });
  });

  it('keeps the address of every value it read', () => {
    const o = read.obiettivi[0];
    expect(o.source).toEqual({
      sheet: 'Scheda 1',
      row: 1,
      cells: { numero: 'A1', anno: 'A1', peso: 'A1', tipo: 'A1', settore: 'A4', responsabile: 'C4', titolo: 'B5', descrizione: 'B6' },
    });
    expect(o.fasi[0].source).toEqual({ sheet: 'Scheda 1', row: 8, cells: { numeroFase: 'A8', attivita: 'B8', mesi: 'B25' } });
    expect(o.indicatori[0].atteso).toEqual({ v: '100%', cell: 'D14' });
    expect(o.indicatori[0].source).toMatchObject({ sheet: 'Scheda 1', row: 14, cells: { descrizione: 'A14', atteso: 'D14', raggiunto: 'E14' } });
  });

  it('gives every phase its cronoprogramma months (none marked here)', () => {
    for (const o of read.obiettivi) for (const f of o.fasi) expect(f.mesiSegnati).toEqual([]);
  });

  it('has no reading diagnostics on a clean plan', () => {
    expect(read.diagnostics).toEqual([]);
  });
});

describe('layout variations', () => {
  const [tutti1, , , , fin1, fin2] = CALUSO;

  it('reads a heading split over cells, with `Obiettivo n.` and `Peso %` and a 0.1 formatted as %', () => {
    const r = readSchede({ sheets: [schedaSheet('S', fin1, {}, { heading: 'split', altWording: true })] });
    const o = r.obiettivi[0];
    expect([o.anni, o.numero, o.peso, o.settore, o.titolo]).toEqual([[2021], 1, 20, 'FINANZIARIO', fin1.titolo]);
    expect(o.source.cells).toMatchObject({ anno: 'B1', numero: 'D1', peso: 'F1' });
    expect(o.tipi).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reads a lower-case heading with `n.`', () => {
    const r = readSchede({ sheets: [schedaSheet('S', fin2, {}, { altWording: true })] });
    expect([r.obiettivi[0].numero, r.obiettivi[0].peso]).toEqual([2, 5]);
  });

  it('follows the labels when columns move, rows are inserted and cells are merged', () => {
    const r = readSchede({
      sheets: [schedaSheet('S', fin1, { raggiunto: { 0: '15/03/21' } }, { attesoCol: 2, titleShift: true, noteAfterTitle: 'Nota: obiettivo rivisto a marzo', merges: true })],
    });
    const o = r.obiettivi[0];
    expect(o.titolo).toBe(fin1.titolo);
    expect(o.descrizione).toBe(fin1.descrizione);
    expect(o.settore).toBe('FINANZIARIO');
    expect(o.fasi.map((f) => f.attivita)).toEqual(fin1.fasi);
    expect(o.indicatori.map((x) => x.atteso?.v)).toEqual(fin1.indicatori.map((x) => x.atteso));
    expect(o.indicatori[0].atteso?.cell).toMatch(/^C\d+$/);
    expect(o.indicatori[0].raggiunto?.v).toBe('15/03/21');
    expect(r.diagnostics).toEqual([]);
  });

  it('reads two schede one under the other and ignores a sheet that is not a scheda', () => {
    const cover: SheetGrid = {
      name: 'Delibera',
      rows: [
        [{ v: 'PIANO DELLA PERFORMANCE 2021' }],
        [{ v: "Gli obiettivi sono descritti nelle schede allegate; l'obiettivo n. 3 del 2020 è concluso." }],
        [{ v: 'Obiettivi' }, { v: 'Peso' }],
      ],
    };
    const r = readSchede({ sheets: [cover, stackedSheet('Finanziario', [{ s: fin1 }, { s: fin2 }])] });
    expect(r.sheets).toEqual(['Finanziario']);
    expect(r.obiettivi.map((o) => [o.numero, o.peso, o.titolo])).toEqual([
      [1, 20, fin1.titolo],
      [2, 5, fin2.titolo],
    ]);
    expect(r.obiettivi[1].source.row).toBeGreaterThan(r.obiettivi[0].source.row);
    expect(r.obiettivi[0].indicatori).toHaveLength(fin1.indicatori.length);
    expect(r.diagnostics).toEqual([]);
  });

  it('skips generated sheets', () => {
    const sheet = { ...schedaSheet('Schede', tutti1), generated: true };
    expect(readSchede({ sheets: [sheet] }).obiettivi).toEqual([]);
  });
});

describe('sections of a scheda', () => {
  const fin4 = CALUSO[7];

  it('reads the cronoprogramma marks (text or fill) as months of the scheda year', () => {
    const x = readSchede({ sheets: [schedaSheet('S', fin4, { mesi: { 1: [1, 2, 3], 2: [4], 3: [10, 11] } })] }).obiettivi[0];
    expect(x.fasi.map((f) => f.mesiSegnati)).toEqual([['2021-01', '2021-02', '2021-03'], ['2021-04'], ['2021-10', '2021-11']]);
    const y = readSchede({ sheets: [schedaSheet('S', fin4, { mesi: { 1: [3] }, markByFill: true })] }).obiettivi[0];
    expect(y.fasi[0].mesiSegnati).toEqual(['2021-03']);
    expect(y.fasi[1].mesiSegnati).toEqual([]);
  });

  it('warns about months marked for a phase that has no description', () => {
    const r = readSchede({ sheets: [schedaSheet('S', fin4, { mesi: { 6: [5] } })] });
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'FASE_SENZA_DESCRIZIONE', sheet: 'S' })]);
    expect(r.diagnostics[0].params).toMatchObject({ fase: 6 });
  });

  it('reads verifiche with their dates and the analisi degli scostamenti (left intermedia, right finale)', () => {
    const o = readSchede({
      sheets: [
        schedaSheet('S', fin4, {
          verificaIntermedia: { data: '30/06/2021', cause: 'ritardo fornitore' },
          verificaFinale: { data: '31/12/2021', cause: 'personale ridotto', effetti: 'slittamento', intrapresi: 'affiancamento', daAttivare: 'nuovo bando' },
        }),
      ],
    }).obiettivi[0];
    expect(o.verifiche.map((v) => ({ ...v, source: undefined }))).toEqual([
      { tipo: 'intermedia', data: expect.objectContaining({ v: '30/06/2021' }), cause: 'ritardo fornitore', effetti: null, provvedimentiIntrapresi: null, provvedimentiDaAttivare: null, source: undefined },
      { tipo: 'finale', data: expect.objectContaining({ v: '31/12/2021' }), cause: 'personale ridotto', effetti: 'slittamento', provvedimentiIntrapresi: 'affiancamento', provvedimentiDaAttivare: 'nuovo bando', source: undefined },
    ]);
    expect(o.verifiche[1].source.cells.cause).toMatch(/^D\d+$/);
  });

  it('has no verifiche when the scheda leaves them blank', () => {
    expect(readSchede({ sheets: [schedaSheet('S', fin4)] }).obiettivi[0].verifiche).toEqual([]);
  });

  it('reads the personale coinvolto down to the total row', () => {
    const o = readSchede({
      sheets: [
        schedaSheet('S', fin4, {
          personale: [
            { categoria: 'C', nominativo: 'ROSSI MARIA', partecipazione: 50 },
            { categoria: 'D', nominativo: 'BIANCHI LUCA', partecipazione: 0.25, fmt: '0%' },
          ],
        }),
      ],
    }).obiettivi[0];
    expect(o.personale.map((p) => [p.categoria, p.nominativo, p.partecipazione])).toEqual([
      ['C', 'ROSSI MARIA', 50],
      ['D', 'BIANCHI LUCA', 25],
    ]);
  });

  it('an unreadable % partecipazione has the same code as in the register; a row without a name is CAMPO_OBBLIGATORIO', () => {
    const r = readSchede({
      sheets: [
        schedaSheet('S', fin4, {
          personale: [
            { categoria: 'C', nominativo: 'ROSSI MARIA', partecipazione: 'metà' },
            { categoria: 'D', nominativo: '', partecipazione: 20 },
          ],
        }),
      ],
    });
    expect(r.obiettivi[0].personale.map((p) => [p.nominativo, p.partecipazione])).toEqual([['ROSSI MARIA', null]]);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['PARTECIPAZIONE_NON_VALIDA', 'warning'],
      ['CAMPO_OBBLIGATORIO', 'error'],
    ]);
    expect(r.diagnostics[0].params).toMatchObject({ valore: 'metà' });
    expect(r.diagnostics[1].params).toMatchObject({ campo: 'nominativo', scheda: 'scheda obiettivo n° 4' });
  });

  it('reads a RAGGIUNTO AL 30/06 column as the intermediate value', () => {
    const sheet = schedaSheet('S', fin4);
    for (const row of sheet.rows) {
      if (row[4]?.v === 'RAGGIUNTO') row[4] = { v: 'RAGGIUNTO AL 30/06' };
    }
    const firstInd = sheet.rows.findIndex((r) => r[0]?.v === fin4.indicatori[0].descrizione);
    sheet.rows[firstInd][4] = { v: '10/03/2021' };
    const x = readSchede({ sheets: [sheet] }).obiettivi[0].indicatori[0];
    expect(x.raggiunto).toBeNull();
    expect(x.raggiuntoIntermedio?.v).toBe('10/03/2021');
  });
});

describe('reading diagnostics', () => {
  const fin3 = CALUSO[6];

  function withHeading(text: string): SheetGrid {
    const sheet = schedaSheet('Scheda X', fin3);
    sheet.rows[0] = [{ v: text }];
    return sheet;
  }

  it('a scheda without peso → CAMPO_OBBLIGATORIO at the heading', () => {
    const r = readSchede({ sheets: [withHeading('Comune di Caluso ANNO 2021 - Obiettivo strategico n° 3')] });
    expect(r.obiettivi[0].peso).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'CAMPO_OBBLIGATORIO', sheet: 'Scheda X', cell: 'A1' })]);
    expect(r.diagnostics[0].params).toEqual({ campo: 'peso', dove: 'Scheda X!A1', scheda: 'scheda obiettivo n° 3' });
  });

  it('an unreadable or out-of-range peso → PESO_NON_VALIDO', () => {
    const split = schedaSheet('Scheda X', fin3, {}, { heading: 'split' });
    split.rows[0][5] = { v: 'dieci' };
    const r = readSchede({ sheets: [split, withHeading('ANNO 2021 - Obiettivo n° 4 PESO: 120')] });
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ['PESO_NON_VALIDO', 'F1'],
      ['PESO_NON_VALIDO', 'A1'],
    ]);
    expect(r.diagnostics[0].params).toMatchObject({ valore: 'dieci', motivo: 'non è un numero' });
    expect(r.diagnostics[1].params).toMatchObject({ valore: '120', motivo: 'supera 100' });
  });

  it('a missing settore or title → CAMPO_OBBLIGATORIO pointing where it belongs', () => {
    const sheet = schedaSheet('Scheda X', fin3);
    sheet.rows[3][0] = null;
    sheet.rows[4][1] = null;
    const r = readSchede({ sheets: [sheet] });
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ['CAMPO_OBBLIGATORIO', 'A4'],
      ['CAMPO_OBBLIGATORIO', 'B5'],
    ]);
  });

  it('an Excel error in an atteso → VALORE_ERRORE with its cell', () => {
    const sheet = schedaSheet('Scheda X', fin3);
    const row = sheet.rows.findIndex((r) => r[0]?.v === fin3.indicatori[0].descrizione);
    sheet.rows[row][3] = { v: { error: '#REF!' } };
    const r = readSchede({ sheets: [sheet] });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'VALORE_ERRORE', cell: `D${row + 1}` })]);
  });

  it('two schede with the same anno, settore and n° → CHIAVE_DUPLICATA, ids kept apart', () => {
    const r = readSchede({ sheets: [schedaSheet('A', fin3), schedaSheet('B', fin3)] });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'CHIAVE_DUPLICATA', sheet: 'B', cell: 'A1' })]);
    expect(new Set(r.obiettivi.map((o) => o.id)).size).toBe(2);
  });

  it('a heading without ANNO takes the plan year', () => {
    const r = readSchede({ sheets: [withHeading('Obiettivo strategico n° 3 PESO: 5')] }, { planYear: 2022 });
    expect(r.obiettivi[0].anni).toEqual([2022]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a multi-year heading counts in each year', () => {
    const r = readSchede({ sheets: [withHeading('Triennio 2021/2023 - Obiettivo n° 3 PESO: 5')] });
    expect(r.obiettivi[0].anni).toEqual([2021, 2022, 2023]);
    expect(r.obiettivi[0].id).toBe('K:2021-2022-2023|finanziario|3');
  });
});

describe('Excel errors in the heading', () => {
  it('an error value as peso → VALORE_ERRORE on its cell', () => {
    const sheet = schedaSheet('S', CALUSO[6], {}, { heading: 'split' });
    sheet.rows[0][5] = { v: { error: '#DIV/0!' } };
    const r = readSchede({ sheets: [sheet] });
    expect(r.obiettivi[0].peso).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'VALORE_ERRORE', sheet: 'S', cell: 'F1' })]);
  });
});
