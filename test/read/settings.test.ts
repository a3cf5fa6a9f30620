import { readRegister } from '../../src/core/read';
import { defaultImpostazioni } from '../../src/core/model';
import { SETTINGS, SETTING_KEYS, resolvedSettings, settingSource } from '../../src/core/settings/definitions';
import { err, pct, sheet, workbook, type CellInput } from '../fixtures/grid';

const OB = sheet('Obiettivi', [['Settore', 'N.', 'Obiettivo', 'Peso'], ['A', 1, 't', 100]]);

function withSheet(rows: CellInput[][], settings?: Record<string, string>) {
  return readRegister(workbook([OB, sheet('Impostazioni', rows)], settings));
}

describe('Impostazioni', () => {
  it('defaults when there is nothing, each from its definition', () => {
    const r = readRegister(workbook([OB]));
    expect(r.piano.impostazioni).toEqual(defaultImpostazioni());
    expect(r.piano.impostazioni).toMatchObject({
      soglia: 90,
      pesiTutti: 'inclusi',
      penalitaGiorno: 100,
      fasce: null,
      fasceApplicateA: 'indicatore',
      fasceRitardo: null,
      quotaTutti: null,
      punteggioEnte: 'settori',
      cronoprogramma: 'blocchi',
      fonti: {},
    });
    expect(resolvedSettings(r.piano.impostazioni).every((s) => s.source.kind === 'predefinito')).toBe(true);
  });

  it('reads every voce from the sheet, and says where each came from', () => {
    const r = withSheet([
      ['Impostazioni del piano'],
      ['Voce', 'Valore'],
      ['Ente', 'Comune di Prova'],
      ['Anno', 2025],
      ['Data verifica intermedia', { v: new Date(Date.UTC(2025, 5, 30)) }],
      ['Soglia raggiungimento %', pct(0.8)],
      ['Scala qualitativa', 'Scarso; Medio ;Buono;Ottimo'],
      ['Pesi TUTTI', 'Quota'],
      ['Quota TUTTI %', 35],
      ['Penalità per giorno di ritardo', '2,5'],
      ['Fasce ritardo', 'fino a 30 giorni = 50; oltre = 0'],
      ['Consenti oltre 100', 'SI'],
      ['Regola obiettivo', 'Minimo'],
      ['Valori mancanti', 'zero'],
      ['Fasce', 'sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100'],
      ['Fasce applicate a', 'obiettivo'],
      ['Punteggio ente', 'per numero di obiettivi'],
      ['Cronoprogramma', 'fogli'],
    ]);
    expect(r.diagnostics).toEqual([]);
    const { fonti, ...values } = r.piano.impostazioni;
    expect(values).toEqual({
      ente: 'Comune di Prova',
      anno: 2025,
      dataVerificaIntermedia: new Date(Date.UTC(2025, 5, 30)),
      soglia: 80,
      scala: ['Scarso', 'Medio', 'Buono', 'Ottimo'],
      pesiTutti: 'quota',
      quotaTutti: 35,
      penalitaGiorno: 2.5,
      fasceRitardo: [
        { da: null, daIncluso: false, a: 30, aIncluso: true, valore: 50 },
        { da: 30, daIncluso: false, a: null, aIncluso: false, valore: 0 },
      ],
      consentiOltre100: true,
      regolaObiettivo: 'minimo',
      valoriMancanti: 'zero',
      fasce: [
        { da: null, daIncluso: false, a: 50, aIncluso: false, valore: 0 },
        { da: 50, daIncluso: true, a: 90, aIncluso: false, valore: 'proporzionale' },
        { da: 90, daIncluso: true, a: null, aIncluso: false, valore: 100 },
      ],
      fasceApplicateA: 'obiettivo',
      punteggioEnte: 'obiettivi',
      cronoprogramma: 'fogli',
    });
    // Every setting read from the sheet points at its Valore cell (row 3 is Ente).
    expect(SETTING_KEYS.map((k) => fonti[k])).toEqual(SETTING_KEYS.map((_k, i) => ({ kind: 'foglio', sheet: 'Impostazioni', cell: `B${i + 3}` })));
    expect(r.piano.sheets.find((s) => s.kind === 'impostazioni')).toEqual({
      kind: 'impostazioni', name: 'Impostazioni', headerRow: 1, lastRow: 1 + SETTING_KEYS.length, columns: { voce: 0, valore: 1 }, width: 2,
    });
  });

  it('reads the add-in settings; the sheet wins; each value says which', () => {
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
    const imp = r.piano.impostazioni;
    expect(settingSource(imp, 'soglia')).toEqual({ kind: 'foglio', sheet: 'Impostazioni', cell: 'B2' });
    expect(settingSource(imp, 'ente')).toEqual({ kind: 'documento' });
    expect(settingSource(imp, 'regolaObiettivo')).toEqual({ kind: 'predefinito' });
    expect(resolvedSettings(imp).find((s) => s.key === 'soglia')).toEqual({
      key: 'soglia', voce: 'Soglia raggiungimento %', value: 75, text: '75', source: { kind: 'foglio', sheet: 'Impostazioni', cell: 'B2' },
    });
  });

  it('a sheet without a Voce / Valore header is read from its first two columns; synonyms are voci', () => {
    const r = withSheet([['Comune', 'Comune di Prova'], ['Soglia', 70]]);
    expect(r.diagnostics).toEqual([]);
    expect(r.piano.impostazioni).toMatchObject({ ente: 'Comune di Prova', soglia: 70 });
  });

  it.each<[string, CellInput, string]>([
    ['Anno', "l'anno prossimo", 'anno'],
    ['Data verifica intermedia', 'a metà anno', 'dataVerificaIntermedia'],
    ['Soglia raggiungimento %', 150, 'soglia'],
    ['Scala qualitativa', 'Buono', 'scala'],
    ['Pesi TUTTI', 'forse', 'pesiTutti'],
    ['Quota TUTTI %', 'un terzo', 'quotaTutti'],
    ['Penalità per giorno di ritardo', -1, 'penalitaGiorno'],
    ['Consenti oltre 100', 'dipende', 'consentiOltre100'],
    ['Regola obiettivo', 'massimo', 'regolaObiettivo'],
    ['Valori mancanti', 'ignorati', 'valoriMancanti'],
    ['Fasce applicate a', 'settore', 'fasceApplicateA'],
    ['Punteggio ente', 'a sorteggio', 'punteggioEnte'],
    ['Cronoprogramma', 'tabella', 'cronoprogramma'],
    ['Soglia raggiungimento %', err('#REF!'), 'soglia'],
  ])('%p = %p → IMPOSTAZIONE_NON_VALIDA warning and the default', (voce, valore, key) => {
    const r = withSheet([['Voce', 'Valore'], [voce, valore]]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.sheet, d.cell])).toEqual([['IMPOSTAZIONE_NON_VALIDA', 'warning', 'Impostazioni', 'B2']]);
    expect(r.diagnostics[0].params).toMatchObject({ voce, dove: 'Impostazioni!B2', effetto: 'predefinito' });
    expect(r.piano.impostazioni).toEqual(defaultImpostazioni());
    expect(settingSource(r.piano.impostazioni, key as keyof typeof SETTINGS)).toEqual({ kind: 'predefinito' });
  });

  it.each([
    ['Fasce', 'sotto 50 = 0; da 60 = 100'],
    ['Fasce', 'tanto = 100'],
    ['Fasce ritardo', 'fino a 30 giorni = proporzionale; oltre = 0'],
  ])('%p = %p (a gap, unreadable) → warning and no bands at all', (voce, valore) => {
    const r = withSheet([['Voce', 'Valore'], [voce, valore]]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['IMPOSTAZIONE_NON_VALIDA', 'warning', 'B2']]);
    expect(r.diagnostics[0].params).toMatchObject({ voce, effetto: 'nessuna fascia' });
    expect(r.piano.impostazioni.fasce).toBeNull();
    expect(r.piano.impostazioni.fasceRitardo).toBeNull();
  });

  it('an unreadable add-in setting is a warning without a cell', () => {
    const r = readRegister(workbook([OB], { 'Regola obiettivo': 'boh' }));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'IMPOSTAZIONE_NON_VALIDA', severity: 'warning' });
    expect(r.diagnostics[0].params).toMatchObject({ voce: 'Regola obiettivo', dove: 'impostazioni del componente aggiuntivo' });
    expect(r.diagnostics[0].cell).toBeUndefined();
    expect(r.piano.impostazioni.regolaObiettivo).toBe('media');
  });

  it('the message a clerk reads for an unreadable value', () => {
    const r = withSheet([['Voce', 'Valore'], ['Soglia raggiungimento %', 150]]);
    expect(r.diagnostics[0].message).toBe(
      'Impostazione "Soglia raggiungimento %" non valida (Impostazioni!B2): scrivi un numero da 0 a 100, es. 90. Viene usato il valore predefinito.',
    );
  });
});

describe('unknown voci', () => {
  it('a voce the tool does not know is a warning naming the possible ones', () => {
    const r = withSheet([['Voce', 'Valore'], ['Sogla', 80], ['Note', null]]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['IMPOSTAZIONE_SCONOSCIUTA', 'warning', 'B2']]);
    expect(r.diagnostics[0].params).toMatchObject({ voce: 'Sogla', foglio: 'Impostazioni' });
    expect((r.diagnostics[0].params as { voci: string[] }).voci).toContain('Soglia raggiungimento %');
  });

  it('unknown add-in settings are left alone (they may belong to the add-in)', () => {
    const r = readRegister(workbook([OB], { tema: 'scuro' }));
    expect(r.diagnostics).toEqual([]);
  });
});
