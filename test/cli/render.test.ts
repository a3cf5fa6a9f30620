/** Human and JSON output of check/summary, on hand-made data (no workbook analysis needed). */
import { checkJson } from '../../src/cli/commands/check';
import { renderSchedule } from '../../src/cli/commands/tempistica';
import { renderDiagnostics } from '../../src/cli/render/diagnostics';
import { renderSummary } from '../../src/cli/render/summary';
import { diagnose, type Diagnostic } from '../../src/core/diagnostics';
import { defaultImpostazioni } from '../../src/core/model';
import type { Analysis } from '../../src/core/results';
import type { Summary } from '../../src/core/summary';

const diagnostics: Diagnostic[] = [
  diagnose(
    'PESO_TOTALE',
    { settore: 'TECNICO', anno: 2025, totale: 95, stato: 'mancano 5', regola: 'settore', propri: 95, tutti: 0, senzaPeso: 0 },
    { sheet: 'Obiettivi', cell: 'H12' },
  ),
  diagnose('FOGLIO_MANCANTE', { foglio: 'Obiettivi', presenti: [] }),
  diagnose('TEMPISTICA_SCONOSCIUTA', { fase: 'Fase 1 «Gara»', tempistica: 'trimestrale' }, { sheet: 'Fasi', cell: 'F21' }),
];

describe('renderDiagnostics', () => {
  it('groups errors then warnings, one aligned line each with sheet!cell, code and message', () => {
    const text = renderDiagnostics([diagnostics[2], diagnostics[0], diagnostics[1]]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Errori (2)');
    expect(lines[1]).toBe(`  Obiettivi!H12  PESO_TOTALE      ${diagnostics[0].message}`);
    expect(lines[2]).toBe(`  (piano)        FOGLIO_MANCANTE  ${diagnostics[1].message}`);
    expect(lines[4]).toBe('Avvisi (1)');
    expect(lines[5]).toBe(`  Fasi!F21  TEMPISTICA_SCONOSCIUTA  ${diagnostics[2].message}`);
    expect(text).toContain('Totale: 2 errori, 1 avviso.');
  });

  it('says so when there is nothing to report', () => {
    expect(renderDiagnostics([])).toBe('Nessun problema trovato.\n');
  });
});

describe('checkJson', () => {
  const analysis = {
    piano: { obiettivi: [], impostazioni: defaultImpostazioni(), layout: 'registro', sheets: [] },
    verifica: 'intermedia',
    diagnostics,
    obiettivi: [],
    settori: [],
    ente: [],
  } as Analysis;

  it('has ok, and every diagnostic with severity, code, sheet, cell (null when absent) and message', () => {
    const json = checkJson('piano.xlsx', analysis);
    expect(json.ok).toBe(false);
    expect(json.verifica).toBe('intermedia');
    expect(json.counts).toEqual({ errors: 2, warnings: 1 });
    expect(json.diagnostics[0]).toEqual({
      severity: 'error', code: 'PESO_TOTALE', sheet: 'Obiettivi', cell: 'H12', message: diagnostics[0].message,
    });
    // The typed parameters are for the code, not for the JSON output.
    expect(json.diagnostics[0]).not.toHaveProperty('params');
    expect(json.diagnostics[1]).toMatchObject({ sheet: null, cell: null });
  });

  it('is ok with warnings only', () => {
    expect(checkJson('x', { ...analysis, diagnostics: [diagnostics[2]] }).ok).toBe(true);
  });
});

const ENTE = {
  year: 2025, score: 91.25, computedScore: 91.25, achievedPct: 87.5, onTimePct: 100, objectives: 5, ownObjectives: 3, sharedObjectives: 2,
  counts: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 3 },
};

describe('renderSummary', () => {
  const summary: Summary = {
    sectors: [
      {
        year: 2025, sector: 'FINANZIARIO', manager: 'Rag. Marco Ferraris', ownObjectives: 2, sharedObjectives: 2, weightTotal: 100,
        weightStatus: 'OK', achievedPct: 87.5, onTimePct: 100, score: 91.25, computedScore: 91.25, tuttiWeightTotal: null, counts: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 0 },
      },
      {
        year: 2025, sector: 'TECNICO', manager: null, ownObjectives: 3, sharedObjectives: 2, weightTotal: 95,
        weightStatus: 'mancano 5', achievedPct: null, onTimePct: null, score: null, computedScore: null, tuttiWeightTotal: null, counts: { raggiunti: 0, parziali: 0, nonRaggiunti: 0, daRilevare: 3 },
      },
    ],
    objectives: [
      {
        year: 2025, years: [2025], sector: 'FINANZIARIO', shared: false, number: 1, code: null, title: 'Tempi di pagamento', weight: 30,
        achievedPct: 87.5, onTimePct: null, score: 87.5, computedScore: 80, validatedScore: 87.5, classification: 'parzialmente_raggiunto', timing: 'non_misurabile',
        notAssessable: [],
      },
    ],
    entity: ENTE,
    entities: [ENTE],
    people: [{ name: 'Rossi Maria', category: 'D', year: 2025, score: 87.5, totalParticipation: 60, objectives: [{ sector: 'FINANZIARIO', number: 1, participation: 60, score: 87.5 }] }],
    settings: {},
  };

  it('prints a table per year with Italian numbers, weight status and the ente', () => {
    const text = renderSummary(summary);
    expect(text).toMatch(/^Anno 2025\nSettore +Responsabile +Propri +TUTTI +Pesi +Raggiunto +Tempi +Punteggio\n/);
    expect(text).toMatch(/FINANZIARIO +Rag\. Marco Ferraris +2 +2 +100 OK +87,5% +100% +91,3%/);
    expect(text).toMatch(/TECNICO +3 +2 +95 \(mancano 5\) +— +— +—/);
    expect(text).toContain("Punteggio dell'ente 2025: 91,3%");
    expect(text).toMatch(/2025 +FINANZIARIO +1 +Tempi di pagamento +30 +87,5% +— +87,5% \(calcolato 80%\) +parziale/);
    expect(text).toContain('Ente 2025: 5 obiettivi, ciascuno contato una volta (3 dei settori, 2 TUTTI); valore raggiunto 87,5%, rispetto tempi 100%');
    expect(text).toMatch(/Valutazione individuale \(parte obiettivi\)\n.*\n.*\n2025 +Rossi Maria +D +1 +60% +87,5%/);
  });
});

describe('renderSchedule', () => {
  it('shows months and deadlines the Italian way', () => {
    const text = renderSchedule('Da gennaio a marzo 2026', {
      kind: 'intervallo', months: ['2026-01', '2026-02', '2026-03'], deadlines: ['2026-03'], deadlineDate: null, note: null,
    });
    // The kind once, in words (not `intervallo (intervallo di mesi)`); a run of months as a span.
    expect(text).toBe('Testo: Da gennaio a marzo 2026\nTipo: intervallo di mesi\nMesi (3): Gen 2026 – Mar 2026\nScadenze: Mar 2026\n');
  });

  it('suggests Inizio/Fine for a text it cannot read', () => {
    const text = renderSchedule('Termine di legge', { kind: 'sconosciuta', months: [], deadlines: [], deadlineDate: null, note: null });
    expect(text).toContain('compila le colonne Inizio e Fine');
  });
});
