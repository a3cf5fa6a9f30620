/**
 * `peg` end to end, as a child process, on the bundled sample (assets/esempio-piano.xlsx), whose
 * deliberate problems are listed in src/sample/data.ts. Needs the core (reader, rules, Tempistica).
 */
import * as path from 'path';
import { hasStackTrace, REPO_ROOT, runPeg } from '../helpers/cli';

const SAMPLE = path.join(REPO_ROOT, 'assets', 'esempio-piano.xlsx');
const SECTORS = ['AFFARI GENERALI', 'FINANZIARIO', 'TECNICO', 'POLIZIA LOCALE'];

const numberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

describe('peg check on the sample', () => {
  it('without a file uses the sample, says so, prints Italian diagnostics with cell addresses and exits 1', () => {
    const r = runPeg(['check']);
    expect(r.stderr).toMatch(/^Nessun file indicato: uso il piano di esempio .*esempio-piano\.xlsx/);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^File: .*esempio-piano\.xlsx — Comune di Montefiorito — anno 2025/);
    expect(r.stdout).toMatch(/^Errori \(\d+\)$/m);
    expect(r.stdout).toMatch(/^ {2}Obiettivi!H\d+ +PESO_TOTALE +.*TECNICO.*95/m);
    expect(r.stdout).toMatch(/^Avvisi \(\d+\)$/m);
    expect(r.stdout).toMatch(/^ {2}Fasi!F21 +TEMPISTICA_SCONOSCIUTA +/m);
    expect(r.stdout.indexOf('Errori (')).toBeLessThan(r.stdout.indexOf('Avvisi ('));
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('--json gives one JSON object with ok and typed diagnostics', () => {
    const r = runPeg(['check', SAMPLE, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(Array.isArray(json.diagnostics)).toBe(true);
    for (const d of json.diagnostics) {
      expect(['error', 'warning']).toContain(d.severity);
      expect(d.code).toMatch(/^[A-Z_0-9]+$/);
      expect(d.sheet === null || typeof d.sheet === 'string').toBe(true);
      expect(d.cell === null || /^[A-Z]{1,3}\d+$/.test(d.cell)).toBe(true);
      expect(typeof d.message).toBe('string');
    }
    const codes = json.diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['PESO_TOTALE', 'TEMPISTICA_SCONOSCIUTA', 'SCADENZE_FUORI_ORDINE', 'OBIETTIVO_SENZA_INDICATORI']));
    const peso = json.diagnostics.filter((d: { code: string }) => d.code === 'PESO_TOTALE');
    expect(peso).toHaveLength(1);
    expect(peso[0]).toMatchObject({ severity: 'error', sheet: 'Obiettivi' });
    expect(peso[0].message).toContain('TECNICO');
    // The only error is the deliberate one.
    expect(json.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toHaveLength(1);
  });

  it('--verifica intermedia reports the values still missing', () => {
    const r = runPeg(['check', SAMPLE, '--json', '--verifica', 'intermedia']);
    const json = JSON.parse(r.stdout);
    expect(json.verifica).toBe('intermedia');
    expect(json.diagnostics.map((d: { code: string }) => d.code)).toContain('RAGGIUNTO_MANCANTE');
  });
});

describe('peg summary on the sample', () => {
  it('--json has the docs/cli.md fields with the right types', () => {
    const r = runPeg(['summary', SAMPLE, '--json']);
    expect(r.code).toBe(1); // the sample carries one deliberate error
    const json = JSON.parse(r.stdout);
    expect(json.sectors.map((s: { sector: string }) => s.sector).sort()).toEqual([...SECTORS].sort());
    for (const s of json.sectors) {
      expect(s.year).toBe(2025);
      expect(typeof s.manager === 'string' || s.manager === null).toBe(true);
      expect(Number.isInteger(s.ownObjectives)).toBe(true);
      expect(s.sharedObjectives).toBe(2);
      expect(typeof s.weightTotal).toBe('number');
      for (const k of ['achievedPct', 'onTimePct', 'score']) expect(numberOrNull(s[k])).toBe(true);
    }
    const bySector = Object.fromEntries(json.sectors.map((s: { sector: string }) => [s.sector, s]));
    expect(bySector['TECNICO'].weightTotal).toBe(95);
    expect(bySector['FINANZIARIO'].weightTotal).toBe(100);
    expect(bySector['AFFARI GENERALI'].ownObjectives).toBe(3);

    expect(json.objectives).toHaveLength(12);
    for (const o of json.objectives) {
      expect(o.year).toBe(2025);
      expect(typeof o.sector).toBe('string');
      expect(Number.isInteger(o.number)).toBe(true);
      expect(o.code).toBeNull();
      expect(typeof o.title).toBe('string');
      expect(typeof o.weight).toBe('number');
      for (const k of ['achievedPct', 'onTimePct', 'score']) expect(numberOrNull(o[k])).toBe(true);
    }
    // TUTTI 2: peso 0.2 with a % format means 20.
    expect(json.objectives.find((o: { sector: string; number: number }) => o.sector === 'TUTTI' && o.number === 2).weight).toBe(20);

    // The ente counts each objective once: 10 own + 2 TUTTI = the sample's 12 (not 12 + 2 × 3 settori).
    expect(json.entity).toMatchObject({ year: 2025, score: expect.any(Number), objectives: 12, ownObjectives: 10, sharedObjectives: 2 });
    const c = json.entity.counts;
    expect(c.raggiunti + c.parziali + c.nonRaggiunti + c.daRilevare).toBe(12);
    expect(typeof json.entity.achievedPct).toBe('number');
    expect(typeof json.entity.onTimePct).toBe('number');
  });

  it('prints an Italian table per settore', () => {
    const r = runPeg(['summary', SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Anno 2025$/m);
    expect(r.stdout).toMatch(/TECNICO .* 95 \(mancano 5\)/);
    expect(r.stdout).toMatch(/FINANZIARIO .* 100 OK/);
    expect(r.stdout).toMatch(/Punteggio dell'ente 2025: (\d+(,\d)?%|—)/);
    expect(r.stderr).toMatch(/^Attenzione: il piano ha 1 errore/m);
  });
});

describe('peg tempistica', () => {
  it('--json gives the docs/cli.md example', () => {
    const r = runPeg(['tempistica', 'Da gennaio a maggio 2026', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      kind: 'intervallo',
      months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
      deadlines: ['2026-05'],
      note: null,
    });
  });

  it('uses --anno for a text without a year, and takes unquoted words too', () => {
    const r = runPeg(['tempistica', 'Entro', '31/07', '--anno', '2026', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.kind).toBe('scadenza');
    expect(json.deadlines).toEqual(['2026-07']);
    expect(json.text).toBe('Entro 31/07');
  });

  it('reads an unknown text as sconosciuta, with no months, and says what to do', () => {
    const j = runPeg(['tempistica', 'Termine di legge', '--json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toMatchObject({ kind: 'sconosciuta', months: [], deadlines: [] });
    const h = runPeg(['tempistica', 'Termine di legge']);
    expect(h.stdout).toContain('compila le colonne Inizio e Fine');
  });

  it('prints months in Italian', () => {
    const r = runPeg(['tempistica', 'II semestre', '--anno', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lug 2025');
    expect(r.stdout).toContain('Dic 2025');
  });
});
