import { readRegister } from '../../src/core/read';
import { err, pct, sheet, workbook, type CellInput } from '../fixtures/grid';
import type { SheetGrid } from '../../src/core/grid';

const OB_HEAD = ['Anno', 'Settore', 'N.', 'Codice', 'Obiettivo', 'Peso'];
const OBIETTIVI: CellInput[][] = [
  OB_HEAD,
  [2025, 'FINANZIARIO', 1, null, 'Pagamenti', 60],
  ['2025-2027', 'FINANZIARIO', 2, null, 'Triennale', 40],
  [2025, 'TUTTI', 1, 'TRASP', 'Trasparenza', 40],
  [2026, 'FINANZIARIO', 1, null, 'Pagamenti 2026', 60],
];

function read(children: SheetGrid[], settings?: Record<string, string>) {
  const r = readRegister(workbook([sheet('Obiettivi', OBIETTIVI), ...children], settings));
  const by = (title: string) => r.piano.obiettivi.find((o) => o.titolo === title)!;
  return { ...r, by };
}

describe('linking child rows', () => {
  it('by (Anno, Settore, N.), settore normalised, TUTTI variants equal', () => {
    const r = read([
      sheet('Fasi', [
        ['Anno', 'Settore', 'N. obiettivo', 'Attività'],
        [2025, 'finanziario', 1, 'a'],
        [2026, 'Finanziario ', 1, 'b'],
        [2025, 'Tutti i settori', 1, 'c'],
      ]),
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.by('Pagamenti').fasi.map((f) => f.attivita)).toEqual(['a']);
    expect(r.by('Pagamenti 2026').fasi.map((f) => f.attivita)).toEqual(['b']);
    expect(r.by('Trasparenza').fasi.map((f) => f.attivita)).toEqual(['c']);
  });

  it('by Codice when both have it', () => {
    const r = read([sheet('Indicatori', [['Codice', 'Indicatore', 'Atteso'], ['trasp', 'Pubblicazioni', 12]])]);
    expect(r.diagnostics).toEqual([]);
    expect(r.by('Trasparenza').indicatori).toHaveLength(1);
  });

  it('a single year inside a multi-year span matches it, a span matches itself', () => {
    const r = read([
      sheet('Fasi', [
        ['Anno', 'Settore', 'N.', 'Attività'],
        [2026, 'FINANZIARIO', 2, 'anno 2026'],
        ['2025-2027', 'FINANZIARIO', 2, 'triennio'],
      ]),
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.by('Triennale').fasi.map((f) => f.attivita)).toEqual(['anno 2026', 'triennio']);
  });

  it('no Anno: the only objective with that Settore+N., else the plan year', () => {
    const r = read(
      [
        sheet('Fasi', [
          ['Settore', 'N.', 'Attività'],
          ['FINANZIARIO', 2, 'unico'],
          ['FINANZIARIO', 1, 'anno del piano'],
        ]),
      ],
      { Anno: '2026' },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.by('Triennale').fasi.map((f) => f.attivita)).toEqual(['unico']);
    expect(r.by('Pagamenti 2026').fasi.map((f) => f.attivita)).toEqual(['anno del piano']);
  });

  it('RIFERIMENTO_ORFANO when nothing matches, naming the key', () => {
    const r = read([
      sheet('Personale', [
        ['Anno', 'Settore', 'N.', 'Cognome e Nome'],
        [2025, 'FINANZIARIO', 9, 'Rossi Maria'],
        [2030, 'FINANZIARIO', 1, 'Bianchi Luca'],
      ]),
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.sheet, d.cell])).toEqual([
      ['RIFERIMENTO_ORFANO', 'error', 'Personale', 'C2'],
      ['RIFERIMENTO_ORFANO', 'error', 'Personale', 'C3'],
    ]);
    expect(r.diagnostics[0].params).toMatchObject({ cosa: 'La riga del personale', riga: 2, foglio: 'Personale', motivo: expect.stringMatching(/non corrisponde.*"FINANZIARIO".*N\. 9/) });
    expect(r.piano.obiettivi.every((o) => o.personale.length === 0)).toBe(true);
  });

  it('RIFERIMENTO_ORFANO (ambiguous) without Anno when several years match and no plan year fits', () => {
    const r = read([sheet('Fasi', [['Settore', 'N.', 'Attività'], ['FINANZIARIO', 1, 'quale?']])], { Anno: '2024' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RIFERIMENTO_ORFANO']);
    expect(r.diagnostics[0].params).toMatchObject({ motivo: expect.stringContaining("Scrivi l'Anno") });
  });

  it('a child sheet needs Codice or Settore and N.', () => {
    const r = read([sheet('Fasi', [['Anno', 'Settore', 'Attività'], [2025, 'A', 'x']])]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['COLONNA_MANCANTE']);
    expect(r.diagnostics[0].params).toMatchObject({ foglio: 'Fasi', colonna: 'N.', oppureCodice: true });
    expect(r.piano.sheets.map((s) => s.kind)).toEqual(['obiettivi']);
  });
});

describe('Fasi', () => {
  it('N. fase defaults to the order of appearance; values kept raw with their cell', () => {
    const r = read([
      sheet('Fasi', [
        ['Anno', 'Settore', 'N.', 'Fase', 'Attività da compiere', 'Tempistica', 'Data inizio', 'Data fine', 'Previsto', 'Ottenuto'],
        [2025, 'FINANZIARIO', 1, null, 'Proposta', 'entro 15 marzo', null, null, null, null],
        [2025, 'FINANZIARIO', 1, null, 'Attuazione', 'da aprile a dicembre', { v: 45748, fmt: 'dd/mm/yyyy' }, '31/12/2025', pct(0.9), '85%'],
        [2025, 'FINANZIARIO', 1, 7, 'Chiusura', null, null, null, null, null],
      ]),
    ]);
    expect(r.diagnostics).toEqual([]);
    const fasi = r.by('Pagamenti').fasi;
    expect(fasi.map((f) => [f.numero, f.attivita, f.tempistica])).toEqual([
      [1, 'Proposta', 'entro 15 marzo'],
      [2, 'Attuazione', 'da aprile a dicembre'],
      [7, 'Chiusura', null],
    ]);
    expect(fasi[1]).toMatchObject({
      inizio: { v: 45748, fmt: 'dd/mm/yyyy', cell: 'G3' },
      fine: { v: '31/12/2025', cell: 'H3' },
      previsto: { v: 0.9, fmt: '0%', cell: 'I3' },
      ottenuto: { v: '85%', cell: 'J3' },
      mesiSegnati: null,
      source: { sheet: 'Fasi', row: 3 },
    });
    expect(fasi[0].inizio).toBeNull();
  });

  it('CAMPO_OBBLIGATORIO for an empty Attività', () => {
    const r = read([sheet('Fasi', [['Anno', 'Settore', 'N.', 'Attività', 'Tempistica'], [2025, 'FINANZIARIO', 1, null, 'entro marzo']])]);
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([['CAMPO_OBBLIGATORIO', 'D2']]);
  });
});

describe('Indicatori', () => {
  const head = ['Anno', 'Settore', 'N.', 'Tipo indicatore', 'Indicatore', 'Atteso', 'Direzione', 'Raggiunto al 30/06', 'Valore raggiunto', 'Peso'];

  it('gruppo, direzione, intermedio vs finale, peso', () => {
    const r = read([
      sheet('Indicatori', [
        head,
        [2025, 'FINANZIARIO', 1, 'Tempo', 'Giorni medi di pagamento', 30, 'Decrescente', 35, 28, '60%'],
        [2025, 'FINANZIARIO', 1, null, 'Mandati emessi', 100, null, null, null, 40],
        [2025, 'FINANZIARIO', 1, 'qualità', 'Gradimento', 'Buono', 'crescente', null, 'Ottimo', null],
        [2025, 'FINANZIARIO', 1, 'COSTO', 'Spesa', 1000, '-', null, null, null],
      ]),
    ]);
    expect(r.diagnostics).toEqual([]);
    const ind = r.by('Pagamenti').indicatori;
    expect(ind.map((i) => [i.gruppo, i.direzione, i.peso])).toEqual([
      ['Tempo', 'decrescente', 60],
      ['Quantità', 'crescente', 40],
      ['Qualità', 'crescente', null],
      ['Costo', 'decrescente', null],
    ]);
    expect(ind[0]).toMatchObject({ atteso: { v: 30, cell: 'F2' }, raggiuntoIntermedio: { v: 35, cell: 'H2' }, raggiunto: { v: 28, cell: 'I2' } });
    expect(ind[1].raggiunto).toBeNull();
  });

  it('unknown Tipo indicatore / Direzione: warning and the default', () => {
    const r = read([sheet('Indicatori', [head, [2025, 'FINANZIARIO', 1, 'Efficienza', 'x', 1, 'boh', null, null, null]])]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([
      ['VALORE_NON_VALIDO', 'warning', 'D2'],
      ['VALORE_NON_VALIDO', 'warning', 'G2'],
    ]);
    expect(r.by('Pagamenti').indicatori[0]).toMatchObject({ gruppo: 'Quantità', direzione: 'crescente' });
  });

  it('an error value in Atteso is reported and kept raw', () => {
    const r = read([sheet('Indicatori', [head, [2025, 'FINANZIARIO', 1, null, 'x', err('#DIV/0!'), null, null, null, 'tanto']])]);
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ['PESO_NON_VALIDO', 'J2'],
      ['VALORE_ERRORE', 'F2'],
    ]);
    expect(r.by('Pagamenti').indicatori[0].atteso).toEqual({ v: { error: '#DIV/0!' }, cell: 'F2' });
  });
});

describe('Personale and Verifiche', () => {
  it('reads staff with % partecipazione', () => {
    const r = read([
      sheet('Personale', [
        ['Anno', 'Settore', 'N.', 'Cat.', 'Cognome e Nome', '% Partecipazione'],
        [2025, 'FINANZIARIO', 1, 'D', 'Rossi Maria', 50],
        [2025, 'FINANZIARIO', 1, 'C', 'Bianchi Luca', pct(0.25)],
        [2025, 'FINANZIARIO', 1, 'C', 'Verdi Anna', 'metà'],
      ]),
    ]);
    expect(r.by('Pagamenti').personale.map((p) => [p.categoria, p.nominativo, p.partecipazione])).toEqual([
      ['D', 'Rossi Maria', 50],
      ['C', 'Bianchi Luca', 25],
      ['C', 'Verdi Anna', null],
    ]);
    // The same code as an unreadable % partecipazione in a scheda.
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['PARTECIPAZIONE_NON_VALIDA', 'warning', 'F4']]);
    expect(r.diagnostics[0].params).toEqual({ dove: 'Personale!F4', valore: 'metà' });
  });

  it('Area is the category in Personale', () => {
    const r = read([sheet('Personale', [['Anno', 'Settore', 'N.', 'Area', 'Dipendente'], [2025, 'FINANZIARIO', 1, 'Istruttori', 'Rossi']])]);
    expect(r.diagnostics).toEqual([]);
    expect(r.by('Pagamenti').personale[0].categoria).toBe('Istruttori');
  });

  it('reads verifiche; an unknown kind is not read', () => {
    const r = read([
      sheet('Verifiche', [
        ['Anno', 'Settore', 'N.', 'Verifica', 'Data', 'Cause', 'Effetti', 'Provvedimenti intrapresi', 'Provvedimenti da attivare'],
        [2025, 'FINANZIARIO', 1, 'Intermedia', '30/06/2025', 'Personale ridotto', 'Ritardo', 'Formazione', null],
        [2025, 'FINANZIARIO', 1, 'FINALE', null, null, null, null, 'Nuovo software'],
        [2025, 'FINANZIARIO', 1, 'Trimestrale', null, 'x', null, null, null],
      ]),
    ]);
    expect(r.by('Pagamenti').verifiche.map((v) => [v.tipo, v.cause, v.provvedimentiDaAttivare])).toEqual([
      ['intermedia', 'Personale ridotto', null],
      ['finale', null, 'Nuovo software'],
    ]);
    expect(r.by('Pagamenti').verifiche[0].data).toEqual({ v: '30/06/2025', cell: 'E2' });
    // A row that cannot be read is an error, not a warning with a fallback.
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['CAMPO_NON_VALIDO', 'error', 'D4']]);
    expect(r.diagnostics[0].params).toMatchObject({ campo: 'Verifica', valore: 'Trimestrale' });
  });
});

describe('N. fase', () => {
  it('unreadable: warning, the order of appearance is used', () => {
    const r = read([sheet('Fasi', [['Anno', 'Settore', 'N.', 'N. fase', 'Attività'], [2025, 'FINANZIARIO', 1, 'prima', 'a'], [2025, 'FINANZIARIO', 1, 'n. 5', 'b']])]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([['VALORE_NON_VALIDO', 'warning', 'D2']]);
    expect(r.by('Pagamenti').fasi.map((f) => f.numero)).toEqual([1, 5]);
  });
});

describe('linking by years', () => {
  it('a span child needs an objective covering every year of it', () => {
    const r = read([sheet('Fasi', [['Anno', 'Settore', 'N.', 'Attività'], ['2025-2026', 'FINANZIARIO', 1, 'due anni']])]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RIFERIMENTO_ORFANO']);
  });

  it('prefers the objective whose years are exactly the child’s', () => {
    const g = workbook([
      sheet('Obiettivi', [OB_HEAD, ['2025-2027', 'A', 3, null, 'triennale', 50], [2026, 'A', 3, null, 'annuale', 50]]),
      sheet('Fasi', [['Anno', 'Settore', 'N.', 'Attività'], [2026, 'A', 3, 'x'], [2025, 'A', 3, 'y']]),
    ]);
    const r = readRegister(g);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CHIAVE_DUPLICATA']);
    const by = (t: string) => r.piano.obiettivi.find((o) => o.titolo === t)!;
    expect(by('annuale').fasi.map((f) => f.attivita)).toEqual(['x']);
    expect(by('triennale').fasi.map((f) => f.attivita)).toEqual(['y']);
  });
});
