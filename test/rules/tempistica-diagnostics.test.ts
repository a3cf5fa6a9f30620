/**
 * What the rules make of the phases' schedules (from the Tempistica reader): `schedules` in the
 * results, TEMPISTICA_SCONOSCIUTA and SCADENZE_FUORI_ORDINE. These depend on the real reader.
 */
import { evaluate } from '../../src/core/rules';
import { day, type FaseIn, obiettivo, piano } from './builders';

function withFasi(fasi: FaseIn[], anni = [2026]) {
  const o = obiettivo({ anni, peso: 100, fasi });
  const ev = evaluate(piano([o], { anno: 2026 }), { verifica: null });
  return { o, ev, result: ev.obiettivi[0] };
}

describe('schedules in the results', () => {
  test('one per fase, in order; chained deadlines as in seed 000', () => {
    const { result } = withFasi([
      { tempistica: 'Entro 31/07/2026' },
      { tempistica: 'Entro 30/11/2026' },
      { tempistica: 'Entro 31/12/2026' },
    ]);
    expect(result.schedules).toHaveLength(3);
    expect(result.schedules.map((s) => s.kind)).toEqual(['scadenza', 'scadenza', 'scadenza']);
    expect(result.schedules[0].months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(result.schedules[1].months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(result.schedules[2].months).toEqual(['2026-12']);
    expect(result.schedules.some((s) => s.outOfOrder)).toBe(false);
  });

  test('a range', () => {
    const { result } = withFasi([{ tempistica: 'Da gennaio a maggio 2026' }]);
    expect(result.schedules[0]).toMatchObject({
      kind: 'intervallo',
      months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
      deadlines: ['2026-05'],
    });
  });
});

describe('TEMPISTICA_SCONOSCIUTA', () => {
  test('a text the reader cannot turn into months: warning on the Tempistica cell, suggesting Inizio/Fine', () => {
    const { o, ev } = withFasi([{ tempistica: 'Termine di legge', attivita: 'Approvazione' }]);
    const ds = ev.diagnostics.filter((d) => d.code === 'TEMPISTICA_SCONOSCIUTA');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', sheet: 'Fasi', cell: o.fasi[0].source.cells.tempistica });
    expect(ds[0].params).toEqual({ fase: expect.stringContaining('«Approvazione»'), tempistica: 'Termine di legge' });
  });

  test('no warning for readable texts, for empty ones, or when Inizio/Fine are filled', () => {
    const { ev } = withFasi([
      { tempistica: 'Entro 31/07/2026' },
      { tempistica: null },
      { tempistica: '   ' },
      { tempistica: 'Termine di legge', inizio: day(2026, 3, 1), fine: day(2026, 5, 31) },
    ]);
    expect(ev.diagnostics.filter((d) => d.code === 'TEMPISTICA_SCONOSCIUTA')).toEqual([]);
  });
});

describe('SCADENZE_FUORI_ORDINE', () => {
  test('a deadline before the previous phase ends: warning on that phase', () => {
    const { o, ev, result } = withFasi([
      { tempistica: 'Entro 30/11/2026' },
      { tempistica: 'Entro 31/07/2026', attivita: 'Seconda' },
    ]);
    expect(result.schedules[1].outOfOrder).toBe(true);
    const ds = ev.diagnostics.filter((d) => d.code === 'SCADENZE_FUORI_ORDINE');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', sheet: 'Fasi', cell: o.fasi[1].source.cells.tempistica });
    expect(ds[0].params).toEqual({ fase: expect.stringContaining('Fase 2 «Seconda»'), scadenza: 'Entro 31/07/2026' });
  });
});
