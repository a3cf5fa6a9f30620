/** Hand-built analyses and a recording WorkbookHost for the pane's component tests. */
import { diagnose } from '../../src/core/diagnostics';
import type { WorkbookGrid } from '../../src/core/grid';
import { defaultImpostazioni, type Obiettivo } from '../../src/core/model';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plans/types';
import type { Analysis, MomentoVerifica, ObiettivoResult, SettoreResult } from '../../src/core/results';
import type { PegEngine } from '../../src/ui/engine';
import type { ApplyResult, Progress, SettingsMap, WorkbookHost } from '../../src/host/workbookHost';

const src = (row: number) => ({ sheet: 'Obiettivi', row, cells: {} });

function obiettivo(id: string, settore: string, numero: number, titolo: string, peso: number, extra: Partial<Obiettivo> = {}): Obiettivo {
  return {
    id, anni: [2025], annoTesto: '2025', settore, tutti: settore === 'TUTTI', responsabile: null, numero, codice: null,
    tipi: [], tipoTesto: null, titolo, descrizione: null, peso, dup: null, risorseUmane: null, risorseStrumentali: null,
    costi: null, risultatiAttesi: null, risultatiOttenuti: null, fasi: [], indicatori: [], personale: [], verifiche: [],
    source: src(numero + 2), ...extra,
  };
}

function result(id: string, score: number | null, extra: Partial<ObiettivoResult> = {}): ObiettivoResult {
  return {
    id, valoreRaggiunto: score, rispettoTempi: score === null ? null : 100, punteggio: score, punteggioCalcolato: score, punteggioValidato: null,
    classificazione: score === null ? 'da_rilevare' : score >= 90 ? 'raggiunto' : score >= 50 ? 'parzialmente_raggiunto' : 'non_raggiunto',
    tempi: 'nei_tempi', indicatori: [], schedules: [], ...extra,
  };
}

const fasce = (counts: number[]) => ({
  fasce: [
    { etichetta: '0–50', da: 0, a: 50, conteggio: counts[0] },
    { etichetta: '50–70', da: 50, a: 70, conteggio: counts[1] },
    { etichetta: '70–90', da: 70, a: 90, conteggio: counts[2] },
    { etichetta: '90–100', da: 90, a: 100, conteggio: counts[3] },
    { etichetta: '100', da: 100, a: null, conteggio: counts[4] },
  ],
});

function settore(sector: string, weightTotal: number, weightStatus: string, score: number | null, extra: Partial<SettoreResult> = {}): SettoreResult {
  return {
    anno: 2025, settore: sector, responsabile: null, obiettiviPropri: 2, obiettiviTutti: 1, sommaPesi: weightTotal, sommaPesiTutti: null, statoPesi: weightStatus,
    valoreRaggiunto: score, rispettoTempi: 100, punteggio: score, punteggioCalcolato: score, esiti: { raggiunti: 1, parziali: 1, nonRaggiunti: 0, daRilevare: 0 },
    sottoSoglia: [], distribuzione: fasce([0, 1, 0, 0, 1]), ...extra,
  };
}

export function sampleAnalysis(verifica: MomentoVerifica | null = null): Analysis {
  const ind = { gruppo: 'Quantità' as const, descrizione: 'Giorni medi di pagamento', atteso: { v: 30 }, direzione: 'decrescente' as const, raggiuntoIntermedio: null, raggiunto: { v: 33 }, peso: null, source: { sheet: 'Indicatori', row: 2, cells: {} } };
  const obiettivi = [
    obiettivo('T1', 'TUTTI', 1, 'Trasparenza e anticorruzione', 40),
    obiettivo('F1', 'FINANZIARIO', 1, 'Rendiconto nei termini', 30, { responsabile: 'Maria Rossi' }),
    obiettivo('F2', 'FINANZIARIO', 2, 'Tempi di pagamento', 25, { responsabile: 'Maria Rossi', indicatori: [ind] }),
    obiettivo('D1', 'DEMOGRAFICO', 1, 'Carta d’identità elettronica', 60),
  ];
  return {
    piano: { obiettivi, impostazioni: defaultImpostazioni(), layout: 'registro', sheets: [] },
    verifica,
    diagnostics: [
      diagnose(
        'PESO_TOTALE',
        { settore: 'FINANZIARIO', anno: 2025, totale: 95, stato: 'mancano 5', regola: 'inclusi', propri: 55, tutti: 40, senzaPeso: 0 },
        { sheet: 'Obiettivi', cell: 'G4' },
      ),
      diagnose(
        'ATTESO_MANCANTE',
        { indicatore: 'Indicatore 1 dell\'obiettivo FINANZIARIO 2025 n. 1', dettaglio: 'manca il valore nella colonna Atteso', rimedio: 'Scrivere il traguardo.' },
        { sheet: 'Indicatori', cell: 'F7' },
      ),
      diagnose('TEMPISTICA_SCONOSCIUTA', { fase: 'Fase 2 «Lavori»', tempistica: 'Termine di legge' }, { sheet: 'Fasi', cell: 'F8' }),
      diagnose('TEMPISTICA_SCONOSCIUTA', { fase: 'Fase 3 «Gara»', tempistica: 'In base alla data di indizione' }, { sheet: 'Fasi', cell: 'F9' }),
      diagnose('PESI_NON_VERIFICABILI', { anno: 2024 }),
    ],
    obiettivi: [
      result('T1', 100),
      result('F1', 100),
      result('F2', verifica === 'intermedia' ? 40 : 90, {
        indicatori: [{ index: 0, fromFase: false, kind: 'numero', tempo: false, grado: 90, scostamento: 3, scostamentoUnita: '', stato: 'misurato' }],
      }),
      result('D1', null),
    ],
    settori: [
      settore('FINANZIARIO', 95, 'mancano 5', verifica === 'intermedia' ? 71.58 : 97.37, { responsabile: 'Maria Rossi', sottoSoglia: verifica === 'intermedia' ? ['F2'] : [] }),
      settore('DEMOGRAFICO', 100, 'OK', 100, { responsabile: 'Anna Verdi', obiettiviPropri: 1 }),
    ],
    ente: [{
      anno: 2025, punteggio: verifica === 'intermedia' ? 85.79 : 98.68, punteggioCalcolato: verifica === 'intermedia' ? 85.79 : 98.68, valoreRaggiunto: null, rispettoTempi: null,
      obiettivi: 4, obiettiviPropri: 3, obiettiviTutti: 1, esiti: { raggiunti: 3, parziali: 0, nonRaggiunti: 0, daRilevare: 1 }, distribuzione: fasce([0, 0, 0, 1, 2]),
    }],
  };
}

export function planWith(sheets: Partial<SheetPlan>[], extra: Partial<WorkbookPlan> = {}): WorkbookPlan {
  return {
    sheets: sheets.map((s) => ({
      name: 'Foglio', kind: 'riepilogo', replaces: null, cells: [], styles: {}, merges: [], columnWidths: [], rowHeights: [],
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: true }, validations: [], conditionalFormats: [], ...s,
    })),
    columnWrites: [],
    removeSheets: [],
    ...extra,
  };
}

export const GRID: WorkbookGrid = { sheets: [{ name: 'Obiettivi', rows: [] }] };

/** An engine that returns the hand-built analysis and a fixed plan; records its calls. */
export function fakeEngine(plan: WorkbookPlan = planWith([{ name: 'Riepilogo' }])) {
  const calls = { analyze: [] as (MomentoVerifica | null)[], planBuild: [] as unknown[] };
  const engine: PegEngine = {
    analyze: (_grid, verifica) => {
      calls.analyze.push(verifica);
      return sampleAnalysis(verifica);
    },
    layoutText: () => 'Formato rilevato: registro (foglio «Obiettivi»)',
    planBuild: (_a, _g, opts) => {
      calls.planBuild.push(opts);
      return plan;
    },
    planTemplate: () => planWith([{ name: 'Obiettivi', kind: 'registro', marker: false }]),
  };
  return { engine, calls };
}

/** A WorkbookHost that records what the pane asks of it. */
export function fakeHost(overrides: Partial<WorkbookHost> = {}) {
  const calls = { readGrid: 0, selectCell: [] as string[], applyPlan: [] as WorkbookPlan[], saveSettings: [] as SettingsMap[], createNewWorkbook: [] as string[] };
  let progress: ((p: Progress) => void) | undefined;
  let settings: SettingsMap = {};
  const host: WorkbookHost = {
    kind: 'excel',
    readGrid: async () => {
      calls.readGrid++;
      return GRID;
    },
    listSheets: async () => [],
    selectCell: async (sheet, cell) => {
      calls.selectCell.push(`${sheet}!${cell}`);
    },
    applyPlan: async (plan, onProgress): Promise<ApplyResult> => {
      calls.applyPlan.push(plan);
      progress = onProgress;
      onProgress?.({ done: 1, total: 2, label: 'Scrittura di Riepilogo…' });
      return { created: plan.sheets.filter((s) => !s.replaces).map((s) => s.name), replaced: plan.sheets.filter((s) => s.replaces).map((s) => s.name), removed: plan.removeSheets, columns: [] };
    },
    loadSettings: async () => settings,
    saveSettings: async (s) => {
      calls.saveSettings.push(s);
      settings = s;
    },
    createNewWorkbook: async (_plan, name) => {
      calls.createNewWorkbook.push(name);
      return { message: 'Il nuovo modello è stato aperto in una nuova cartella di lavoro.' };
    },
    ...overrides,
  };
  return { host, calls, progress: () => progress };
}
