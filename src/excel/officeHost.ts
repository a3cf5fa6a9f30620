/** The WorkbookHost inside Excel, over Office.js. */
import type { WorkbookPlan } from '../core/plans/types';
import { generatedSheets } from '../core/plans/markers';
import type { ApplyResult, NewWorkbookResult, PlanBasis, Progress, SettingsMap, SheetEntry, WorkbookHost } from '../host/workbookHost';
import { HostError } from '../host/workbookHost';
import { toHostError } from './errors';
import { generateWorkbook } from './generate';
import { officeRun, type RunExcel } from './run';
import { deadline } from './sync';
import { loadSettingsFrom, saveSettingsTo, type SettingsStore } from './settings';
import { officeSupports, type Supports } from './support';
import { readWorkbookGrid } from './readGrid';
import type { WorkbookGrid } from '../core/grid';

export interface OfficeHostDeps {
  run?: RunExcel;
  supports?: Supports;
  settings?: SettingsStore;
  /** Turns a plan into xlsx bytes for a new workbook (lazy-loaded, it is heavy); absent: not offered. */
  toXlsx?: (plan: WorkbookPlan) => Promise<Uint8Array>;
  /** Excel.createWorkbook, injectable for tests. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** True when the document is open read-only; default: Office.context.document.mode. */
  readOnly?: () => boolean;
  /** Estimated bytes per write request (tests make it small to get many batches). */
  requestBudget?: number;
}

function officeReadOnly(): boolean {
  try {
    return Office.context.document.mode === Office.DocumentMode.ReadOnly;
  } catch {
    return false;
  }
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function createOfficeHost(deps: OfficeHostDeps = {}): WorkbookHost {
  const run = deps.run ?? officeRun;
  const supports = deps.supports ?? officeSupports;
  const store = (): SettingsStore => deps.settings ?? Office.context.document.settings;
  // Settings that cannot be read must not stop a check: the defaults apply.
  const settingsOrNone = (): SettingsMap => {
    try {
      return loadSettingsFrom(store());
    } catch {
      return {};
    }
  };
  const guard = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      throw toHostError(err, what);
    }
  };

  return {
    kind: 'excel',
    readGrid: (): Promise<WorkbookGrid> => guard('Lettura della cartella di lavoro non riuscita', () => readWorkbookGrid(run, supports, settingsOrNone())),
    listSheets: (): Promise<SheetEntry[]> =>
      guard('Elenco dei fogli non disponibile', () =>
        run(async (ctx) => {
          const sheets = ctx.workbook.worksheets;
          sheets.load('items/name');
          const names = ctx.workbook.names;
          names.load('items/name,items/formula');
          await deadline(ctx.sync());
          const sheetNames = sheets.items.map((ws) => ws.name);
          const gen = generatedSheets(sheetNames, names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? '') })));
          return sheetNames.map((name) => ({ name, generated: gen.has(name.toLowerCase()) }));
        }),
      ),
    selectCell: (sheet: string, cell: string): Promise<void> =>
      guard(`Impossibile selezionare ${sheet}!${cell}`, () =>
        run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
          await deadline(context.sync());
          if (ws.isNullObject) throw new HostError(`Il foglio «${sheet}» non esiste più: ripeti il controllo.`);
          ws.activate();
          ws.getRange(cell).select();
          await deadline(context.sync());
        }),
      ),
    applyPlan: (plan: WorkbookPlan, onProgress?: (p: Progress) => void, basis?: PlanBasis): Promise<ApplyResult> =>
      guard('Scrittura dei fogli non riuscita', () =>
        generateWorkbook(run, supports, plan, {
          onProgress,
          basis,
          settings: settingsOrNone(),
          readOnly: (deps.readOnly ?? officeReadOnly)(),
          budget: deps.requestBudget,
        }),
      ),
    loadSettings: async (): Promise<SettingsMap> => loadSettingsFrom(store()),
    saveSettings: (settings: SettingsMap): Promise<void> => guard('Salvataggio delle impostazioni non riuscito', () => saveSettingsTo(store(), settings)),
    // The Word reader (and the zip and XML libraries under it) loads with the import's dialog, not with the pane.
    readDocument: (bytes, fileName) => import(/* webpackChunkName: "importa-word" */ '../xlsx/docx/host').then((m) => m.readDocumentForHost(bytes, fileName)),
    createNewWorkbook: (plan: WorkbookPlan): Promise<NewWorkbookResult> =>
      guard('Creazione del nuovo modello non riuscita', async () => {
        if (!deps.toXlsx || !supports('ExcelApi', '1.8')) {
          throw new HostError('Questa versione di Excel non può aprire un nuovo modello dal riquadro: usa il comando «peg template» o la pagina web del componente.');
        }
        const bytes = await deps.toXlsx(plan);
        const create = deps.createWorkbook ?? ((b64: string) => Excel.createWorkbook(b64));
        await create(toBase64(bytes));
        return { message: 'Il nuovo modello è stato aperto in una nuova cartella di lavoro.' };
      }),
  };
}
