import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/results';
import { CALUSO } from '../fixtures/schede/caluso';
import { calusoRegisterGrid, calusoSchedeGrid } from './build';

/** What must agree between the two layouts: objectives, weights per settore, scores. */
function essence(a: Analysis) {
  return {
    obiettivi: a.piano.obiettivi.map((o, i) => ({
      id: o.id,
      peso: o.peso,
      tutti: o.tutti,
      indicatori: o.indicatori.length,
      achievedPct: a.obiettivi[i].valoreRaggiunto,
      onTimePct: a.obiettivi[i].rispettoTempi,
      score: a.obiettivi[i].punteggio,
    })),
    settori: a.settori.map((s) => ({ ...s, distribuzione: undefined })),
    ente: a.ente,
    codes: a.diagnostics.map((d) => d.code).sort(),
  };
}

describe('a schede workbook and the equivalent register give the same analysis', () => {
  for (const raggiunto of [false, true]) {
    it(raggiunto ? 'with raggiunto values' : 'at planning time', () => {
      const schede = analyze(calusoSchedeGrid({ raggiunto }));
      const register = analyze(calusoRegisterGrid({ raggiunto }));
      expect(schede.layout.layout).toBe('schede');
      expect(schede.layout.schede).toBe(29);
      expect(register.layout.layout).toBe('registro');
      expect(schede.piano.obiettivi).toHaveLength(CALUSO.length);
      expect(essence(schede)).toEqual(essence(register));
    });
  }

  it('every settore of Caluso adds up to 100 (60 own + 40 TUTTI)', () => {
    const a = analyze(calusoSchedeGrid());
    const settori = a.settori.filter((s) => s.anno === 2021);
    expect(settori).toHaveLength(6);
    for (const s of settori) {
      expect(s.sommaPesi).toBeCloseTo(100, 6);
      expect(s.obiettiviTutti).toBe(4);
    }
    expect(a.diagnostics.filter((d) => d.code === 'PESO_TOTALE')).toEqual([]);
  });

  it('computes scores from the schede raggiunto column', () => {
    const a = analyze(calusoSchedeGrid({ raggiunto: true }));
    expect(a.obiettivi.some((o) => o.punteggio !== null && o.punteggio < 100)).toBe(true);
    expect(a.settori.every((s) => s.punteggio !== null)).toBe(true);
  });
});
