/** Settore and ente punteggi, counts and distribution (docs/regole.md#settore-ed-ente). */
import { evaluate } from '../../src/core/rules';
import { day, obiettivo, piano } from './builders';

describe('settore punteggio: Σ(peso × punteggio) / Σ(peso) over own and TUTTI objectives', () => {
  const t1 = obiettivo({ settore: 'TUTTI', peso: 20, indicatori: [{ atteso: '30/06/2021', raggiunto: day(2021, 6, 1) }] }); // 100, on time
  const t2 = obiettivo({ settore: 'TUTTI', peso: 20, indicatori: [{ atteso: 100, raggiunto: 50 }] }); // 50
  const f1 = obiettivo({ settore: 'FINANZIARIO', peso: 30, responsabile: 'Rossi Mario', indicatori: [{ atteso: 100, raggiunto: 80 }] }); // 80
  const f2 = obiettivo({ settore: 'FINANZIARIO', peso: 30, responsabile: ' ROSSI  MARIO ', indicatori: [{ atteso: 100, raggiunto: null }] }); // da rilevare
  const f3 = obiettivo({ settore: 'Finanziario', peso: 0, responsabile: 'Bianchi Anna', indicatori: [] }); // nothing to measure
  const s1 = obiettivo({ settore: 'SEGRETERIA', peso: 60, responsabile: 'Verdi Luca', indicatori: [{ atteso: 100, raggiunto: 90 }] }); // 90
  const ev = evaluate(piano([t1, t2, f1, f2, f3, s1]), { verifica: null });
  const [fin, seg] = ev.settori;

  test('rows', () => {
    expect(ev.settori.map((s) => s.settore)).toEqual(['FINANZIARIO', 'SEGRETERIA']);
    expect(fin).toMatchObject({ anno: 2021, obiettiviPropri: 3, obiettiviTutti: 2, sommaPesi: 100, statoPesi: 'OK' });
  });

  test('FINANZIARIO: (20 × 100 + 20 × 50 + 30 × 80) / 70 = 77,14', () => {
    expect(fin.punteggio).toBeCloseTo(77.14, 2);
    expect(fin.valoreRaggiunto).toBeCloseTo(68, 2); // (20 × 50 + 30 × 80) / 50
    expect(fin.rispettoTempi).toBeCloseTo(100, 2); // only the TUTTI deadline
  });

  test('SEGRETERIA: (20 × 100 + 20 × 50 + 60 × 90) / 100 = 84', () => {
    expect(seg.punteggio).toBeCloseTo(84, 2);
    expect(seg.valoreRaggiunto).toBeCloseTo(80, 2); // (20 × 50 + 60 × 90) / 80
    expect(seg.rispettoTempi).toBe(100);
  });

  test('ente: the mean of the settore punteggi', () => {
    expect(ev.ente).toHaveLength(1);
    expect(ev.ente[0].anno).toBe(2021);
    expect(ev.ente[0].punteggio).toBeCloseTo(80.57, 2); // (77,142857 + 84) / 2
  });

  test('manager: the responsabile written most often, compared normalised', () => {
    expect(fin.responsabile).toBe('Rossi Mario');
    expect(seg.responsabile).toBe('Verdi Luca');
  });

  test('counts over own and TUTTI objectives', () => {
    expect(fin.esiti).toEqual({ raggiunti: 1, parziali: 2, nonRaggiunti: 0, daRilevare: 2 });
    expect(seg.esiti).toEqual({ raggiunti: 2, parziali: 1, nonRaggiunti: 0, daRilevare: 0 });
  });

  test('objectives under the soglia', () => {
    expect(fin.sottoSoglia).toEqual([t2.id, f1.id]);
    expect(seg.sottoSoglia).toEqual([t2.id]);
  });

  test('distribution of punteggi in bands', () => {
    expect(fin.distribuzione.fasce.map((f) => [f.da, f.a, f.conteggio])).toEqual([
      [0, 50, 0],
      [50, 70, 1],
      [70, 90, 1],
      [90, 100, 0],
      [100, null, 1],
    ]);
    expect(fin.distribuzione.fasce.map((f) => f.etichetta)).toEqual([
      'meno di 50',
      'da 50 a meno di 70',
      'da 70 a meno di 90',
      'da 90 a meno di 100',
      '100 e oltre',
    ]);
  });
});

describe('edge cases', () => {
  test('a settore where nothing is measured has no punteggio, and the ente takes the others', () => {
    const ev = evaluate(
      piano([
        obiettivo({ settore: 'A', peso: 100, indicatori: [{ atteso: 100, raggiunto: null }] }),
        obiettivo({ settore: 'B', peso: 100, indicatori: [{ atteso: 100, raggiunto: 70 }] }),
      ]),
      { verifica: null },
    );
    expect(ev.settori.map((s) => [s.settore, s.punteggio, s.valoreRaggiunto, s.rispettoTempi])).toEqual([
      ['A', null, null, null],
      ['B', 70, 70, null],
    ]);
    expect(ev.ente[0].punteggio).toBe(70);
  });

  test('all weights 0: the plain mean of the punteggi', () => {
    const ev = evaluate(
      piano([
        obiettivo({ settore: 'A', peso: 0, indicatori: [{ atteso: 100, raggiunto: 40 }] }),
        obiettivo({ settore: 'A', peso: 0, indicatori: [{ atteso: 100, raggiunto: 80 }] }),
      ]),
      { verifica: null },
    );
    expect(ev.settori[0].punteggio).toBe(60);
  });

  test('consenti oltre 100: a punteggio of 120 goes to the last band', () => {
    const ev = evaluate(
      piano([obiettivo({ settore: 'A', peso: 100, indicatori: [{ atteso: 100, raggiunto: 120 }] })], { consentiOltre100: true }),
      { verifica: null },
    );
    expect(ev.settori[0].punteggio).toBe(120);
    expect(ev.settori[0].distribuzione.fasce[4].conteggio).toBe(1);
  });

  test('an empty plan gives nothing and no diagnostic', () => {
    expect(evaluate(piano([]), { verifica: null })).toMatchObject({ diagnostics: [], obiettivi: [], settori: [], ente: [], persone: [] });
  });
});
