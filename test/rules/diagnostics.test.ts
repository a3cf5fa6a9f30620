/**
 * The rule diagnostics: what (code and parameters) and where (sheet + cell). Their Italian
 * wording is the catalogue's, tested once in test/diagnostics/catalogue.test.ts.
 */
import { evaluate } from '../../src/core/rules';
import { day, obiettivo, persona, piano } from './builders';
import { codes, evalOne } from './helpers';

describe('ATTESO_MANCANTE', () => {
  test('an indicator without target: error on its Atteso cell, left out', () => {
    const ev = evalOne([{ atteso: null, raggiunto: 50, descrizione: 'pratiche evase' }, { atteso: 100, raggiunto: 80 }]);
    const ds = codes(ev, 'ATTESO_MANCANTE');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'error', sheet: 'Indicatori' });
    expect(ds[0].cell).toMatch(/^E\d+$/);
    expect(ds[0].params).toMatchObject({ indicatore: expect.stringContaining('«pratiche evase»'), dettaglio: expect.stringContaining('colonna Atteso') });
    expect(ev.obiettivi[0].indicatori[0].stato).toBe('non_misurabile');
    expect(ev.obiettivi[0].punteggio).toBe(80);
    expect(codes(ev, 'INDICATORE_NON_MISURABILE')).toHaveLength(0);
  });

  test('the raw value\'s own cell address wins over the column map', () => {
    const ev = evalOne([{ atteso: { v: '', cell: 'Z99' }, raggiunto: 1 }]);
    expect(codes(ev, 'ATTESO_MANCANTE')[0].cell).toBe('Z99');
  });
});

describe('OBIETTIVO_SENZA_INDICATORI', () => {
  test('no indicator and no phase with a Previsto: warning on the objective row', () => {
    const ev = evalOne([], {}, { fasi: [{ previsto: null }], titolo: 'Riordino archivio' });
    const ds = codes(ev, 'OBIETTIVO_SENZA_INDICATORI');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', sheet: 'Obiettivi' });
    expect(ds[0].cell).toMatch(/^D\d+$/);
    expect(ds[0].params).toEqual({ obiettivo: expect.stringContaining('«Riordino archivio»') });
    expect(ev.obiettivi[0].classificazione).toBe('da_rilevare');
  });

  test('an indicator, even unmeasured, is enough', () => {
    expect(codes(evalOne([{ atteso: 100 }]), 'OBIETTIVO_SENZA_INDICATORI')).toHaveLength(0);
  });
});

describe('RAGGIUNTO_MANCANTE', () => {
  const ind = [{ atteso: 100, intermedio: 40, raggiunto: null }, { atteso: 'SI', intermedio: null, raggiunto: 'SI' }];

  test('no verifica: never', () => {
    expect(codes(evalOne(ind), 'RAGGIUNTO_MANCANTE')).toHaveLength(0);
  });

  test('intermedia: the indicator without its intermedio value, pointing at that column', () => {
    const ds = codes(evalOne(ind, { verifica: 'intermedia' }), 'RAGGIUNTO_MANCANTE');
    expect(ds).toHaveLength(1);
    expect(ds[0].cell).toMatch(/^G\d+$/);
    expect(ds[0].severity).toBe('warning');
    expect(ds[0].params).toMatchObject({ verifica: 'intermedia', colonna: 'Raggiunto intermedio' });
  });

  test('finale: the one without its finale value', () => {
    const ds = codes(evalOne(ind, { verifica: 'finale' }), 'RAGGIUNTO_MANCANTE');
    expect(ds).toHaveLength(1);
    expect(ds[0].cell).toMatch(/^H\d+$/);
    expect(ds[0].params).toMatchObject({ verifica: 'finale', colonna: 'Raggiunto' });
  });

  test('phases: only at the verifica finale (their Ottenuto is filled when done)', () => {
    const fasi = [{ previsto: 10, ottenuto: null }];
    expect(codes(evalOne([], { verifica: 'intermedia' }, { fasi }), 'RAGGIUNTO_MANCANTE')).toHaveLength(0);
    const ds = codes(evalOne([], { verifica: 'finale' }, { fasi }), 'RAGGIUNTO_MANCANTE');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ sheet: 'Fasi' });
    expect(ds[0].cell).toMatch(/^J\d+$/);
    expect(ds[0].params).toMatchObject({ verifica: 'finale', colonna: 'Ottenuto' });
  });

  test('not for an indicator that cannot be measured anyway', () => {
    const ev = evalOne([{ atteso: 'trimestrale', raggiunto: null }, { atteso: null, raggiunto: null }], { verifica: 'finale' });
    expect(codes(ev, 'RAGGIUNTO_MANCANTE')).toHaveLength(0);
  });
});

describe('INDICATORE_NON_MISURABILE on phases uses the phase columns', () => {
  test('a phase Previsto «mensile»', () => {
    const ev = evalOne([], {}, { fasi: [{ previsto: 'mensile', ottenuto: 'Fatto', attivita: 'Controlli' }] });
    const [d] = codes(ev, 'INDICATORE_NON_MISURABILE');
    expect(d).toMatchObject({ severity: 'warning', sheet: 'Fasi' });
    expect(d.cell).toMatch(/^I\d+$/);
    expect(d.params).toMatchObject({ indicatore: expect.stringContaining('Fase 1 «Controlli»'), dettaglio: expect.stringContaining('Previsto') });
  });
});

describe('PARTECIPAZIONE_OLTRE_100', () => {
  test('one person over 100% in a year, compared normalised; other years and people fine', () => {
    const first = persona('Rossi Mario', 60);
    const ev = evaluate(
      piano([
        obiettivo({ settore: 'A', peso: 50, personale: [first, persona('Bianchi Anna', 50)] }),
        obiettivo({ settore: 'A', peso: 50, personale: [persona(' ROSSI  mario', 50), persona('Bianchi Anna', 50)] }),
        obiettivo({ settore: 'A', anni: [2022], peso: 100, personale: [persona('Rossi Mario', 100)] }),
      ]),
      { verifica: null },
    );
    const ds = codes(ev, 'PARTECIPAZIONE_OLTRE_100');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', sheet: 'Personale', cell: first.source.cells.partecipazione });
    expect(ds[0].params).toEqual({ nominativo: 'Rossi Mario', anno: 2021, obiettivi: 2, totale: 110 });
  });

  test('a multi-year objective counts in each year', () => {
    const ev = evaluate(
      piano([
        obiettivo({ anni: [2025, 2026], peso: 100, personale: [persona('Neri Paolo', 70)] }),
        obiettivo({ anni: [2026], peso: 0, personale: [persona('Neri Paolo', 40)] }),
      ]),
      { verifica: null },
    );
    expect(codes(ev, 'PARTECIPAZIONE_OLTRE_100').map((d) => d.params)).toEqual([{ nominativo: 'Neri Paolo', anno: 2026, obiettivi: 2, totale: 110 }]);
  });
});

describe('one pass', () => {
  test('every problem of a messy plan is reported together, and nothing throws', () => {
    const ev = evaluate(
      piano([
        obiettivo({
          settore: 'A',
          peso: 70,
          indicatori: [
            { atteso: null, raggiunto: 1 },
            { atteso: 'trimestrale', raggiunto: 'x' },
            { atteso: 100, raggiunto: null },
            { atteso: '30/06/2025', raggiunto: day(2025, 7, 1) },
          ],
          personale: [persona('Rossi', 80), persona('Rossi', 30)],
        }),
        obiettivo({ settore: 'B', peso: null, indicatori: [] }),
        obiettivo({ settore: 'TUTTI', anni: [2030], peso: 10 }),
      ]),
      { verifica: 'finale' },
    );
    const found = new Set(ev.diagnostics.map((d) => d.code));
    expect([...found].sort()).toEqual(
      [
        'ATTESO_MANCANTE',
        'INDICATORE_NON_MISURABILE',
        'OBIETTIVO_SENZA_INDICATORI',
        'PARTECIPAZIONE_OLTRE_100',
        'PESI_NON_VERIFICABILI',
        'PESO_TOTALE',
        'RAGGIUNTO_MANCANTE',
      ].sort(),
    );
    for (const d of ev.diagnostics) {
      expect(d.message.length).toBeGreaterThan(20);
      expect(d.sheet).toBeDefined();
      expect(d.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});
