import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Cell, CellValue, SheetGrid } from '../../src/core/grid';
import { readSchede } from '../../src/core/schede';
import { CALUSO } from '../fixtures/schede/caluso';
import { schedaSheet } from './build';

const fin4 = CALUSO[7];

function cells(...values: CellValue[]): (Cell | null)[] {
  return values.map((v) => (v === null ? null : { v }));
}

describe('other scheda shapes', () => {
  it('reads PESO and ANNO written as fields of their own, with a bare `Obiettivo n.` heading', () => {
    const sheet: SheetGrid = {
      name: 'Obiettivo 3',
      rows: [
        cells('OBIETTIVO N. 3'),
        cells('Anno', null, 'Settore', null, 'Responsabile', null, 'Peso %'),
        cells(2022, null, 'Tributi', null, 'Dott.ssa Verdi Anna', null, null),
        cells('Oggetto:', 'Recupero evasione IMU'),
        cells('Fasi di attuazione'),
        cells(1, 'Controlli incrociati catasto'),
        cells('Indicatori di risultato', null, 'Atteso', 'Raggiunto'),
        cells('Avvisi emessi', null, 200, 150),
      ],
    };
    sheet.rows[2][6] = { v: 0.15, fmt: '0%' };
    const r = readSchede({ sheets: [sheet] });
    expect(r.diagnostics).toEqual([]);
    const o = r.obiettivi[0];
    expect([o.anni, o.numero, o.peso, o.settore, o.responsabile, o.titolo]).toEqual([[2022], 3, 15, 'Tributi', 'Dott.ssa Verdi Anna', 'Recupero evasione IMU']);
    expect(o.source.cells).toMatchObject({ numero: 'A1', anno: 'A3', peso: 'G3', settore: 'C3', titolo: 'B4' });
    expect(o.fasi.map((f) => f.attivita)).toEqual(['Controlli incrociati catasto']);
    expect(o.indicatori.map((x) => [x.gruppo, x.descrizione, x.atteso?.v, x.raggiunto?.v])).toEqual([['Quantità', 'Avvisi emessi', 200, 150]]);
  });

  it('reads a heading spread as `Obiettivo` | `n° 5` | `PESO` | `10`', () => {
    const sheet = schedaSheet('S', fin4);
    sheet.rows[0] = cells('ANNO 2021', 'Obiettivo', 'n° 4', 'PESO', 15);
    const o = readSchede({ sheets: [sheet] }).obiettivi[0];
    expect([o.numero, o.peso, o.titolo]).toEqual([4, 15, fin4.titolo]);
    expect(o.source.cells).toMatchObject({ numero: 'C1', peso: 'E1' });
  });

  it('reads a Tempistica column of the phases table', () => {
    const sheet = schedaSheet('S', fin4);
    const label = sheet.rows.findIndex((r) => r[0]?.v === 'Descrizione delle fasi di attuazione:');
    sheet.rows.splice(label + 1, 4, cells('N.', 'Attività', 'Tempistica'), cells(1, fin4.fasi[0], 'entro 15 marzo'), cells(2, fin4.fasi[1], 'Da aprile a giugno'));
    const o = readSchede({ sheets: [sheet] }).obiettivi[0];
    expect(o.fasi.map((f) => [f.numero, f.attivita, f.tempistica])).toEqual([
      [1, fin4.fasi[0], 'entro 15 marzo'],
      [2, fin4.fasi[1], 'Da aprile a giugno'],
    ]);
    expect(o.fasi[1].source.cells.tempistica).toBe(`C${label + 4}`);
  });

  it('does not take a phase or an indicator named like a section for the section', () => {
    const o = readSchede({ sheets: [schedaSheet('S', CALUSO[4])] }).obiettivi[0];
    expect(o.fasi.map((f) => f.attivita)).toContain('Verifica intermedia efficacia');
    expect(o.indicatori.map((x) => x.descrizione)).toContain('verifica intermedia');
  });
});

describe('never throws', () => {
  const vocabulary = [
    'SETTORE', 'OBIETTIVO', 'Obiettivo n° 1', 'ANNO 2021 - Obiettivo strategico n° 2 PESO: 10', 'PESO:', 'Peso %',
    'INDICI DI RISULTATO', 'Indici di Tempo', 'ATTESO', 'RAGGIUNTO', 'CRONOPROGRAMMA', 'Gennaio', 'Marzo',
    'VERIFICA FINALE AL', 'Analisi degli scostamenti', 'Cause', 'PERSONALE COINVOLTO', 'Cognome e Nome',
    'totale', 'Descrizione delle fasi di attuazione:', '_____TUTTI_____', 'Sig. _____', 'Tempistica', 'X', '',
  ];
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.integer({ min: -5, max: 2030 }),
    fc.double({ noNaN: false }),
    fc.constant(null),
    fc.constant({ error: '#REF!' }),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.string(),
  );
  const cell: fc.Arbitrary<Cell | null> = fc.oneof(fc.constant(null), fc.record({ v: value, fmt: fc.constantFrom('General', '0%', 'dd/mm/yyyy'), filled: fc.boolean() }));
  const sheet: fc.Arbitrary<SheetGrid> = fc.record({
    name: fc.constantFrom('A', 'Obiettivi', 'Scheda'),
    rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 40 }),
    merges: fc.array(fc.constantFrom('A1:C1', 'B2:B4', 'A3:F3', 'Z9', 'bad', 'C5:A2')),
  });

  it('reads any grid into a model with diagnostics', () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 3 }), (sheets) => {
        const r = readSchede({ sheets });
        expect(Array.isArray(r.obiettivi)).toBe(true);
        analyze({ sheets });
      }),
      { numRuns: 300 },
    );
  });
});

describe('more real-world shapes', () => {
  it('reads month headers written as dates and takes their year', () => {
    const sheet = schedaSheet('S', fin4, { mesi: { 1: [11, 12] } });
    const head = sheet.rows.findIndex((r) => r[0]?.v === 'FASI E TEMPI');
    for (let m = 1; m <= 12; m++) sheet.rows[head][m] = { v: new Date(Date.UTC(m <= 6 ? 2021 : 2022, (m + 5) % 12, 1)), fmt: 'mmm-yy' };
    // Columns now run Jul 2021 … Jun 2022: marks under the 11th and 12th columns are May and June 2022.
    const o = readSchede({ sheets: [sheet] }).obiettivi[0];
    expect(o.fasi[0].mesiSegnati).toEqual(['2022-05', '2022-06']);
  });

  it('continues a scheda under a repeated heading instead of opening an empty one', () => {
    const sheet = schedaSheet('S', fin4, { personale: [{ categoria: 'C', nominativo: 'NERI ANNA', partecipazione: 30 }] });
    const personale = sheet.rows.findIndex((r) => String(r[0]?.v ?? '').startsWith('PERSONALE'));
    // The heading copied at the top of the second printed page.
    sheet.rows.splice(personale, 0, [{ v: sheet.rows[0][0]!.v }]);
    const r = readSchede({ sheets: [sheet] });
    expect(r.obiettivi).toHaveLength(1);
    expect(r.obiettivi[0].personale.map((p) => p.nominativo)).toEqual(['NERI ANNA']);
    expect(r.diagnostics).toEqual([]);
  });

  it('prefers the SETTORE label over a SERVIZIO one', () => {
    const sheet = schedaSheet('S', fin4);
    sheet.rows[2] = cells('SERVIZIO', null, 'SETTORE', null, 'RESPONSABILE DI SERVIZIO');
    sheet.rows[3] = cells('Tributi', null, 'FINANZIARIO', null, 'DR. DANILO BERTOLDI');
    const o = readSchede({ sheets: [sheet] }).obiettivi[0];
    expect([o.settore, o.responsabile]).toEqual(['FINANZIARIO', 'DR. DANILO BERTOLDI']);
  });
});
