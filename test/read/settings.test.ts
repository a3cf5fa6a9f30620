import { readRegister } from '../../src/core/read';
import { defaultImpostazioni } from '../../src/core/model';
import { err, pct, sheet, workbook, type CellInput } from '../fixtures/grid';

const OB = sheet('Obiettivi', [['Settore', 'N.', 'Obiettivo', 'Peso'], ['A', 1, 't', 100]]);

function withSheet(rows: CellInput[][], settings?: Record<string, string>) {
  return readRegister(workbook([OB, sheet('Impostazioni', rows)], settings));
}

describe('Impostazioni', () => {
  it('defaults when there is nothing', () => {
    const r = readRegister(workbook([OB]));
    expect(r.piano.impostazioni).toEqual(defaultImpostazioni());
  });

  it('reads every voce from the sheet', () => {
    const r = withSheet([
      ['Impostazioni del piano'],
      ['Voce', 'Valore'],
      ['Ente', 'Comune di Prova'],
      ['Anno', 2025],
      ['Data verifica intermedia', { v: new Date(Date.UTC(2025, 5, 30)) }],
      ['Soglia raggiungimento %', pct(0.8)],
      ['Scala qualitativa', 'Scarso; Medio ;Buono;Ottimo'],
      ['Pesi TUTTI', 'Esclusi'],
      ['Penalità per giorno di ritardo', '2,5'],
      ['Consenti oltre 100', 'SI'],
      ['Regola obiettivo', 'Minimo'],
      ['Valori mancanti', 'zero'],
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.impostazioni).toEqual({
      ente: 'Comune di Prova',
      anno: 2025,
      dataVerificaIntermedia: new Date(Date.UTC(2025, 5, 30)),
      soglia: 80,
      scala: ['Scarso', 'Medio', 'Buono', 'Ottimo'],
      pesiTutti: 'esclusi',
      penalitaGiorno: 2.5,
      consentiOltre100: true,
      regolaObiettivo: 'minimo',
      valoriMancanti: 'zero',
    });
    expect(r.piano.sheets.find((s) => s.kind === 'impostazioni')).toEqual({
      kind: 'impostazioni', name: 'Impostazioni', headerRow: 1, lastRow: 11, columns: { voce: 0, valore: 1 }, width: 2,
    });
  });

  it('reads the add-in settings; the sheet wins', () => {
    const r = withSheet([['Voce', 'Valore'], ['Soglia raggiungimento %', 75]], {
      'Soglia raggiungimento %': '60',
      Ente: 'Comune dalle impostazioni',
      'Data verifica intermedia': '31/07',
      Anno: '2024',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.impostazioni).toMatchObject({
      soglia: 75,
      ente: 'Comune dalle impostazioni',
      anno: 2024,
      dataVerificaIntermedia: new Date(Date.UTC(2024, 6, 31)),
    });
  });

  it('a sheet without a Voce / Valore header is read from its first two columns', () => {
    const r = withSheet([['Ente', 'Comune di Prova'], ['Soglia', 70]]);
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.impostazioni).toMatchObject({ ente: 'Comune di Prova', soglia: 70 });
  });

  it.each<[string, CellInput]>([
    ['Anno', 'l\'anno prossimo'],
    ['Data verifica intermedia', 'a metà anno'],
    ['Soglia raggiungimento %', 150],
    ['Scala qualitativa', 'Buono'],
    ['Pesi TUTTI', 'forse'],
    ['Penalità per giorno di ritardo', -1],
    ['Consenti oltre 100', 'dipende'],
    ['Regola obiettivo', 'massimo'],
    ['Valori mancanti', 'ignorati'],
    ['Soglia raggiungimento %', err('#REF!')],
  ])('%p = %p → IMPOSTAZIONE_NON_VALIDA warning and the default', (voce, valore) => {
    const r = withSheet([['Voce', 'Valore'], [voce, valore]]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.sheet, d.cell])).toEqual([['IMPOSTAZIONE_NON_VALIDA', 'warning', 'Impostazioni', 'B2']]);
    expect(r.diagnostics[0].message).toContain(voce);
    const { anno, ...rest } = r.piano.impostazioni;
    const { anno: _a, ...defaults } = defaultImpostazioni();
    expect(rest).toEqual(defaults);
    expect(anno).toBeNull();
  });

  it('an unreadable add-in setting is a warning without a cell', () => {
    const r = readRegister(workbook([OB], { 'Regola obiettivo': 'boh' }));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'IMPOSTAZIONE_NON_VALIDA', severity: 'warning' });
    expect(r.diagnostics[0].cell).toBeUndefined();
    expect(r.piano.impostazioni.regolaObiettivo).toBe('media');
  });
});

describe('unknown voci', () => {
  it('a voce the tool does not know is a warning naming the possible ones', () => {
    const r = withSheet([['Voce', 'Valore'], ['Sogla', 80], ['Note', null]]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['IMPOSTAZIONE_NON_VALIDA', 'warning', 'B2']]);
    expect(r.diagnostics[0].message).toContain('Soglia raggiungimento %');
  });

  it('unknown add-in settings are left alone (they may belong to the add-in)', () => {
    const r = readRegister(workbook([OB], { tema: 'scuro' }));
    expect(r.diagnostics).toEqual([]);
  });
});
