/** The pure Analysis → summary mapping (docs/cli.md#uscita-json), on hand-made analyses. */
import { defaultImpostazioni, type Obiettivo } from '../../src/core/model';
import type { Analysis, ObiettivoResult, SettoreResult } from '../../src/core/results';
import { round2, summarize } from '../../src/core/summary';

function obiettivo(id: string, settore: string, numero: number, peso: number | null, anni = [2021], tutti = false): Obiettivo {
  return {
    id, anni, annoTesto: anni.join('-'), settore, tutti, responsabile: null, numero, codice: null, tipi: [], tipoTesto: null,
    titolo: `Obiettivo ${numero}`, descrizione: null, peso, dup: null, risorseUmane: null, risorseStrumentali: null,
    costi: null, risultatiAttesi: null, risultatiOttenuti: null, fasi: [], indicatori: [], personale: [], verifiche: [],
    source: { sheet: 'Obiettivi', row: 2, cells: {} },
  };
}

function result(id: string, achieved: number | null, onTime: number | null, score: number | null): ObiettivoResult {
  return {
    id, valoreRaggiunto: achieved, rispettoTempi: onTime, punteggio: score, punteggioCalcolato: score, punteggioValidato: null,
    classificazione: score === null ? 'da_rilevare' : score >= 90 ? 'raggiunto' : 'parzialmente_raggiunto',
    tempi: onTime === null ? 'non_misurabile' : 'nei_tempi', indicatori: [], schedules: [],
  };
}

function settore(year: number, sector: string, score: number | null): SettoreResult {
  return {
    anno: year, settore: sector, responsabile: 'Mario Rossi', obiettiviPropri: 2, obiettiviTutti: 1, sommaPesi: 100, sommaPesiTutti: null, statoPesi: 'OK',
    valoreRaggiunto: 87.5, rispettoTempi: null, punteggio: score, punteggioCalcolato: score, esiti: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 1 },
    sottoSoglia: [], distribuzione: { fasce: [] },
  };
}

function analysis(years: number[]): Analysis {
  const obiettivi = [obiettivo('a', ' FINANZIARIO ', 1, 20), obiettivo('b', 'TUTTI', 1, 40, [2021, 2022], true), obiettivo('c', 'FINANZIARIO', 2, null)];
  return {
    piano: { obiettivi, impostazioni: defaultImpostazioni(), layout: 'registro', sheets: [] },
    verifica: null,
    diagnostics: [],
    obiettivi: [result('a', 100, 50, 200 / 3), result('b', 87.5, null, 87.5), result('c', null, null, null)],
    settori: years.map((y) => settore(y, 'FINANZIARIO ', 91.23456)),
    ente: years.map((y) => ({
      anno: y, punteggio: y === 2022 ? null : 88.1, punteggioCalcolato: y === 2022 ? null : 88.1, valoreRaggiunto: null, rispettoTempi: null, obiettivi: 3, obiettiviPropri: 2, obiettiviTutti: 1,
      esiti: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 1 }, distribuzione: { fasce: [] },
    })),
  };
}

describe('summarize', () => {
  it('maps settori with the docs/cli.md fields, numbers rounded to 2 decimals, null where nothing is measured', () => {
    const s = summarize(analysis([2021]));
    expect(s.sectors).toEqual([
      {
        year: 2021, sector: 'FINANZIARIO', manager: 'Mario Rossi', ownObjectives: 2, sharedObjectives: 1, weightTotal: 100,
        weightStatus: 'OK', achievedPct: 87.5, onTimePct: null, score: 91.23, computedScore: 91.23, tuttiWeightTotal: null,
        counts: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 1 },
      },
    ]);
  });

  it('maps objectives in plan order, with the first year and all the years', () => {
    const s = summarize(analysis([2021]));
    expect(s.objectives.map((o) => [o.year, o.years, o.sector, o.number, o.weight, o.achievedPct, o.onTimePct, o.score, o.shared])).toEqual([
      [2021, [2021], 'FINANZIARIO', 1, 20, 100, 50, 66.67, false],
      [2021, [2021, 2022], 'TUTTI', 1, 40, 87.5, null, 87.5, true],
      [2021, [2021], 'FINANZIARIO', 2, null, null, null, null, false],
    ]);
    expect(s.objectives[0]).toMatchObject({ code: null, title: 'Obiettivo 1', classification: 'parzialmente_raggiunto', timing: 'nei_tempi' });
  });

  it('gives entity as one object for one year', () => {
    const s = summarize(analysis([2021]));
    const e = {
      year: 2021, score: 88.1, computedScore: 88.1, achievedPct: null, onTimePct: null, objectives: 3, ownObjectives: 2, sharedObjectives: 1,
      counts: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 1 },
    };
    expect(s.entity).toEqual(e);
    expect(s.entities).toEqual([e]);
  });

  it('gives entity as an array by year when there are several, null scores kept', () => {
    const a = analysis([2022, 2021]);
    const s = summarize(a);
    expect(s.entities.map((e) => ({ year: e.year, score: e.score }))).toEqual([{ year: 2021, score: 88.1 }, { year: 2022, score: null }]);
    expect(s.entities).toEqual(s.entity);
  });

  it('gives entity null for an empty plan', () => {
    expect(summarize(analysis([])).entity).toBeNull();
  });

  it('is plain JSON: survives a round trip unchanged', () => {
    const s = summarize(analysis([2021, 2022]));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('round2', () => {
  it.each([
    [66.66666, 66.67],
    [87.5, 87.5],
    [0.1 * 3 * 100, 30],
    [-0.001, 0],
    [null, null],
    [Number.NaN, null],
  ])('%p → %p', (n, r) => {
    expect(round2(n)).toBe(r);
  });
});

describe('settings and people', () => {
  it('echoes every setting used with where it came from', () => {
    const a = analysis([2021]);
    a.piano.impostazioni = { ...a.piano.impostazioni, soglia: 85, pesiTutti: 'quota', quotaTutti: 35, fonti: { soglia: { kind: 'foglio', sheet: 'Impostazioni', cell: 'B4' }, quotaTutti: { kind: 'documento' } } };
    const s = summarize(a).settings;
    expect(s['Soglia raggiungimento %']).toEqual({ value: 85, source: 'foglio', cell: 'Impostazioni!B4' });
    expect(s['Quota TUTTI %']).toEqual({ value: 35, source: 'documento' });
    expect(s['Pesi TUTTI']).toEqual({ value: 'quota', source: 'predefinito' });
    expect(s['Regola obiettivo']).toEqual({ value: 'media', source: 'predefinito' });
  });

  it('gives people with their objectives, numbers rounded to 2 decimals', () => {
    const a = analysis([2021]);
    a.persone = [{ nominativo: 'Rossi Maria', categoria: 'D', anno: 2021, punteggio: 76.7549, partecipazioneTotale: 100, obiettivi: [{ id: 'a', settore: 'FINANZIARIO', numero: 1, partecipazione: 100, punteggio: 76.7549 }] }];
    expect(summarize(a).people).toEqual([
      { name: 'Rossi Maria', category: 'D', year: 2021, score: 76.75, totalParticipation: 100, objectives: [{ sector: 'FINANZIARIO', number: 1, participation: 100, score: 76.75 }] },
    ]);
  });
});
