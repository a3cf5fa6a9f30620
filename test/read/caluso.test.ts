import { readRegister } from '../../src/core/read';
import { PianoSchema } from '../../src/core/model';
import { calusoGrid, CALUSO_SETTORI } from '../fixtures/caluso';

describe('readRegister on the Caluso register (seed 003)', () => {
  const { piano, diagnostics } = readRegister(calusoGrid());

  it('reads all 29 objectives with no diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(piano.obiettivi).toHaveLength(29);
    expect(piano.layout).toBe('registro');
  });

  it('gives every settore 60 own + 40 TUTTI = 100', () => {
    const tutti = piano.obiettivi.filter((o) => o.tutti);
    expect(tutti).toHaveLength(4);
    const pesoTutti = tutti.reduce((s, o) => s + (o.peso ?? 0), 0);
    expect(pesoTutti).toBe(40);
    for (const s of CALUSO_SETTORI.filter((x) => x.settore !== 'TUTTI')) {
      const own = piano.obiettivi.filter((o) => o.settore === s.settore).reduce((t, o) => t + (o.peso ?? 0), 0);
      expect(own + pesoTutti).toBe(100);
    }
  });

  it('links fasi and indicatori to their objective', () => {
    for (const o of piano.obiettivi) {
      expect(o.fasi.map((f) => f.numero)).toEqual([1, 2]);
      expect(o.indicatori).toHaveLength(1);
      expect(o.indicatori[0].gruppo).toBe('Tempo');
    }
  });

  it('keys, sources and settings', () => {
    const first = piano.obiettivi[0];
    expect(first.id).toBe('K:2021|tutti|1');
    expect(first.source).toEqual({
      sheet: 'Obiettivi 2021',
      row: 5,
      cells: { anno: 'A5', settore: 'B5', responsabile: 'C5', numero: 'D5', tipo: 'E5', titolo: 'F5', peso: 'G5', dup: 'H5' },
    });
    expect(piano.impostazioni.ente).toBe('Comune di Caluso');
    expect(piano.impostazioni.anno).toBe(2021);
    const info = piano.sheets.find((s) => s.kind === 'obiettivi');
    expect(info).toEqual({
      kind: 'obiettivi',
      name: 'Obiettivi 2021',
      headerRow: 3,
      lastRow: 32,
      columns: { anno: 0, settore: 1, responsabile: 2, numero: 3, tipo: 4, titolo: 5, peso: 6, dup: 7 },
      width: 8,
    });
    expect(piano.sheets.map((s) => s.kind)).toEqual(['obiettivi', 'fasi', 'indicatori', 'impostazioni']);
  });

  it('produces a Piano the zod schema accepts', () => {
    expect(() => PianoSchema.parse(piano)).not.toThrow();
  });
});
