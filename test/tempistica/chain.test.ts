/** scheduleFasi: Inizio/Fine, cronoprogramma marks, Tempistica text, and the chaining of deadlines. */
import type { Fase, RawValue } from '../../src/core/model';
import { scheduleFasi, type PhaseSchedule } from '../../src/core/tempistica';
import { expandMonths } from './cases';

let row = 2;
function fase(numero: number, tempistica: string | null, extra: Partial<Fase> = {}): Fase {
  return {
    numero,
    attivita: `Fase ${numero}`,
    tempistica,
    inizio: null,
    fine: null,
    previsto: null,
    ottenuto: null,
    mesiSegnati: null,
    source: { sheet: 'Fasi', row: row++, cells: {} },
    ...extra,
  };
}

const raw = (v: RawValue['v'], fmt?: string): RawValue => ({ v, fmt });

/** Months of each phase, compactly: `2026-01..2026-07`. */
function bars(s: PhaseSchedule[]): string[][] {
  return s.map((x) => x.months);
}

describe('chaining of deadlines', () => {
  test('seed 000, Modifica regolamento pubblicità: Jan–Jul, Aug–Nov, Dec 2026', () => {
    const s = scheduleFasi(
      [fase(1, 'Entro 31/07/2026'), fase(2, 'Entro 30/11/2026'), fase(3, 'Entro 31/12/2026')],
      { years: [2025, 2026, 2027], planYear: 2025 },
    );
    expect(bars(s)).toEqual([expandMonths(['2026-01..2026-07']), expandMonths(['2026-08..2026-11']), ['2026-12']]);
    expect(s.map((x) => x.deadlines)).toEqual([['2026-07'], ['2026-11'], ['2026-12']]);
    expect(s.every((x) => x.kind === 'scadenza' && x.source === 'tempistica' && !x.outOfOrder)).toBe(true);
    expect(s.map((x) => x.deadlineDate)).toEqual(['2026-07-31', '2026-11-30', '2026-12-31']);
  });

  test('seed 000, progetti PNRR: 30/06/2025 then 31/12/2025 → Jan–Jun, Jul–Dec', () => {
    const s = scheduleFasi([fase(1, '30/06/2025'), fase(2, '31/12/2025')], { years: [2025, 2026, 2027] });
    expect(bars(s)).toEqual([expandMonths(['2025-01..2025-06']), expandMonths(['2025-07..2025-12'])]);
  });

  test('seed 003, recupero crediti: entro marzo, entro aprile, entro luglio', () => {
    const s = scheduleFasi(
      [
        fase(1, 'Elenco soggetti debitori entro marzo'),
        fase(2, 'Solleciti di pagamento entro aprile'),
        fase(3, 'Invio dei pagamenti rimasti inevasi dopo sollecito alla riscossione coattiva entro luglio'),
      ],
      { years: [2021] },
    );
    expect(bars(s)).toEqual([expandMonths(['2021-01..2021-03']), ['2021-04'], expandMonths(['2021-05..2021-07'])]);
  });

  test('a deadline before the previous one is its month alone, flagged; the next follows the latest end', () => {
    const s = scheduleFasi([fase(1, 'Entro 30/09/2025'), fase(2, 'Entro 31/03/2025'), fase(3, 'Entro 31/12/2025')], { years: [2025] });
    expect(bars(s)).toEqual([expandMonths(['2025-01..2025-09']), ['2025-03'], expandMonths(['2025-10..2025-12'])]);
    expect(s.map((x) => x.outOfOrder)).toEqual([false, true, false]);
  });

  test('two phases with the same deadline run in parallel, not out of order', () => {
    const s = scheduleFasi([fase(1, 'Entro 30/04/2025'), fase(2, 'Entro 30/06/2025'), fase(3, '30-giu')], { years: [2025] });
    expect(bars(s)).toEqual([expandMonths(['2025-01..2025-04']), expandMonths(['2025-05..2025-06']), expandMonths(['2025-05..2025-06'])]);
    expect(s.some((x) => x.outOfOrder)).toBe(false);
  });

  test('a range moves the chain on: the next deadline starts the month after it', () => {
    const s = scheduleFasi([fase(1, 'Da gennaio a marzo 2025'), fase(2, 'Entro 30/06/2025')], { years: [2025] });
    expect(s[0].kind).toBe('intervallo');
    expect(bars(s)[1]).toEqual(expandMonths(['2025-04..2025-06']));
  });

  test('a list of months moves the chain on from its last month', () => {
    const s = scheduleFasi([fase(1, 'Luglio - Agosto'), fase(2, 'Entro 31 dicembre')], { years: [2025] });
    expect(bars(s)[1]).toEqual(expandMonths(['2025-09..2025-12']));
  });

  test.each(['Anno 2025', 'Mensile', 'Da gennaio a dicembre 2025', 'Da gennaio a dicembre 2025 – ogni trimestre'])(
    'a whole-year phase («%s») runs alongside and does not move the chain',
    (first) => {
      const s = scheduleFasi([fase(1, first), fase(2, 'Entro 30/06/2025')], { years: [2025] });
      expect(bars(s)[1]).toEqual(expandMonths(['2025-01..2025-06']));
      expect(s[1].outOfOrder).toBe(false);
    },
  );

  test('unreadable and empty texts leave the chain as it was', () => {
    const s = scheduleFasi(
      [fase(1, 'Entro 31/03/2025'), fase(2, 'Termine di legge'), fase(3, null), fase(4, '  '), fase(5, 'Entro 30/06/2025')],
      { years: [2025] },
    );
    expect(s.map((x) => [x.kind, x.source])).toEqual([
      ['scadenza', 'tempistica'],
      ['sconosciuta', 'tempistica'],
      ['sconosciuta', 'nessuna'],
      ['sconosciuta', 'nessuna'],
      ['scadenza', 'tempistica'],
    ]);
    expect(bars(s)[4]).toEqual(expandMonths(['2025-04..2025-06']));
  });

  test('a yearless deadline of a multi-year objective chains year by year', () => {
    const s = scheduleFasi([fase(1, 'Entro 31 maggio'), fase(2, 'Entro 31 dicembre')], { years: [2025, 2026] });
    expect(bars(s)).toEqual([
      expandMonths(['2025-01..2025-05', '2026-01..2026-05']),
      expandMonths(['2025-06..2025-12', '2026-06..2026-12']),
    ]);
    expect(s[1].deadlines).toEqual(['2025-12', '2026-12']);
  });

  test('a deadline in a later year starts the month after the previous end', () => {
    const s = scheduleFasi([fase(1, 'Entro 30/09/2026'), fase(2, 'Entro 31/03/2027')], { years: [2026, 2027] });
    expect(bars(s)[1]).toEqual(expandMonths(['2026-10..2027-03']));
  });

  test('phases chain in the order of their numbers; results stay in the order given', () => {
    const s = scheduleFasi([fase(3, 'Entro 31/12/2025'), fase(1, 'Entro 31/03/2025'), fase(2, 'Entro 30/06/2025')], { years: [2025] });
    expect(bars(s)).toEqual([expandMonths(['2025-07..2025-12']), expandMonths(['2025-01..2025-03']), expandMonths(['2025-04..2025-06'])]);
  });
});

describe('Inizio/Fine and cronoprogramma marks win over the text', () => {
  test('Inizio and Fine (a date cell and a date text) give the months, and move the chain on', () => {
    const s = scheduleFasi(
      [
        fase(1, 'Entro 31/12/2025', { inizio: raw(new Date(Date.UTC(2025, 2, 1))), fine: raw('30/06/2025') }),
        fase(2, 'Entro 30/09/2025'),
      ],
      { years: [2025] },
    );
    expect(s[0]).toMatchObject({ source: 'inizio-fine', kind: 'intervallo', deadlines: ['2025-06'], deadlineDate: '2025-06-30', outOfOrder: false });
    expect(bars(s)).toEqual([expandMonths(['2025-03..2025-06']), expandMonths(['2025-07..2025-09'])]);
  });

  test('Excel serials with a date format and month texts are read too', () => {
    const s = scheduleFasi([fase(1, null, { inizio: raw(45717, 'dd/mm/yyyy'), fine: raw('maggio 2025') })], { years: [2025] });
    expect(s[0].months).toEqual(expandMonths(['2025-03..2025-05']));
    expect(s[0].deadlineDate).toBe('2025-05-31');
  });

  test('yearless Inizio/Fine take the objective year; a Fine before Inizio moves to the next year', () => {
    const s = scheduleFasi([fase(1, null, { inizio: raw('ottobre'), fine: raw('febbraio') })], { years: [2025] });
    expect(s[0].months).toEqual(expandMonths(['2025-10..2026-02']));
  });

  test('Fine alone is a deadline, chained like a Tempistica deadline', () => {
    const s = scheduleFasi([fase(1, 'Entro 31/03/2025'), fase(2, 'qualcosa', { fine: raw('31/07/2025') })], { years: [2025] });
    expect(s[1]).toMatchObject({ source: 'inizio-fine', kind: 'scadenza', deadlines: ['2025-07'], deadlineDate: '2025-07-31' });
    expect(s[1].months).toEqual(expandMonths(['2025-04..2025-07']));
  });

  test('Inizio alone runs to the end of the text when it comes later, else to December', () => {
    const s = scheduleFasi(
      [fase(1, 'Entro 30/09/2025', { inizio: raw('01/05/2025') }), fase(2, 'Termine di legge', { inizio: raw('01/05/2025') })],
      { years: [2025] },
    );
    expect(s[0].months).toEqual(expandMonths(['2025-05..2025-09']));
    expect(s[0].deadlineDate).toBe('2025-09-30');
    expect(s[1].months).toEqual(expandMonths(['2025-05..2025-12']));
  });

  test('Fine before Inizio (both with a year) is the Fine month alone, flagged', () => {
    const s = scheduleFasi([fase(1, null, { inizio: raw('01/09/2025'), fine: raw('30/06/2025') })], { years: [2025] });
    expect(s[0]).toMatchObject({ months: ['2025-06'], outOfOrder: true, source: 'inizio-fine' });
  });

  test('unreadable Inizio/Fine cells fall back to the text', () => {
    const s = scheduleFasi([fase(1, 'Entro 30/06/2025', { inizio: raw('boh'), fine: raw({ error: '#N/D' }) })], { years: [2025] });
    expect(s[0]).toMatchObject({ source: 'tempistica', kind: 'scadenza' });
  });

  test('months marked in the cronoprogramma win over the text', () => {
    const s = scheduleFasi(
      [
        fase(1, 'Entro 31/12/2021', { mesiSegnati: ['2021-03', '2021-02', '2021-04'] }),
        fase(2, 'Da gennaio a dicembre 2021', { mesiSegnati: ['2021-01', '2021-06'] }),
        fase(3, 'Entro 30/09/2021'),
      ],
      { years: [2021] },
    );
    expect(s[0]).toMatchObject({ source: 'cronoprogramma', kind: 'intervallo', months: ['2021-02', '2021-03', '2021-04'], deadlines: ['2021-04'] });
    expect(s[1]).toMatchObject({ source: 'cronoprogramma', kind: 'mesi', months: ['2021-01', '2021-06'], deadlines: [] });
    expect(s[2].months).toEqual(expandMonths(['2021-07..2021-09']));
  });

  test('an empty or missing grid leaves the text in charge', () => {
    const s = scheduleFasi([fase(1, 'Marzo 2021', { mesiSegnati: [] }), fase(2, 'Aprile 2021', { mesiSegnati: null })], { years: [2021] });
    expect(s.map((x) => [x.source, x.months])).toEqual([
      ['tempistica', ['2021-03']],
      ['tempistica', ['2021-04']],
    ]);
  });
});

test('an objective without phases has no schedules', () => {
  expect(scheduleFasi([], { years: [2025] })).toEqual([]);
});
