/**
 * The WorkbookHost of the standalone page: a `.xlsx` held in the browser's memory, read and
 * written with the file adapter's package layer (the same editor as `peg build`). Nothing is sent
 * anywhere: generating makes new bytes that the page offers as a download.
 */
import type { WorkbookGrid } from '../core/grid';
import type { WorkbookPlan } from '../core/plans/types';
import type { ApplyResult, NewWorkbookResult, Progress, SettingsMap, SheetEntry, WorkbookHost } from '../host/workbookHost';
import { HostError } from '../host/workbookHost';
import { isWorkbookReadError, readWorkbookGrid } from '../xlsx';
import { readDocumentForHost } from '../xlsx/docx/host';
import { newWorkbookBytes } from '../xlsx/write/newWorkbook';
import { editPackage, rebuiltKinds } from '../xlsx/write/editPackage';
import { openWorkbookPackage, type OpenedWorkbook } from '../xlsx/package/open';
import { SETTINGS_KEY } from '../host/documentSettings';
import { writeDocumentSettings } from '../xlsx/write/documentSettings';
import { generatedFileName } from './fileNames';

function sameSettings(a: SettingsMap, b: SettingsMap): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

/** A workbook open in the page: its file name and its current bytes. */
export interface OpenWorkbook {
  name: string;
  bytes: Uint8Array;
}

export interface BrowserHostEvents {
  /** Shows a cell in the read-only preview (standalone stand-in for selecting it in Excel). */
  showCell(sheet: string, cell: string, grid: WorkbookGrid): void;
  /** The workbook has new bytes (after Genera): the page keeps them for «Scarica». */
  changed(doc: OpenWorkbook): void;
  /** Hands bytes to the user as a file. */
  download(fileName: string, bytes: Uint8Array): void;
  /**
   * Reads the opened file again from disk (a File System Access handle); absent when the browser
   * gave a one-time copy: then «Ricontrolla» is hidden, since it would only see the same bytes.
   */
  reread?: () => Promise<Uint8Array>;
}

/** The Italian message of a read failure (the adapter's messages already name the file). */
function readFailure(err: unknown): HostError {
  if (isWorkbookReadError(err)) return new HostError(err.message, { cause: err });
  if (err instanceof HostError) return err;
  return new HostError(`Il file non si può leggere: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}

/** Reads the workbook once, so a bad file is refused before the pane opens on it. */
export async function readOpenWorkbook(doc: OpenWorkbook): Promise<WorkbookGrid> {
  try {
    return await readWorkbookGrid(doc.bytes, { name: doc.name });
  } catch (err) {
    throw readFailure(err);
  }
}

/** What the page offers with or without a workbook open: a Word document read, a new workbook downloaded. */
export type DocumentHost = Required<Pick<WorkbookHost, 'kind' | 'readDocument' | 'createNewWorkbook'>>;

export function createDocumentHost(download: BrowserHostEvents['download']): DocumentHost {
  return {
    kind: 'standalone',
    readDocument: readDocumentForHost,
    createNewWorkbook: async (plan: WorkbookPlan, fileName: string): Promise<NewWorkbookResult> => {
      download(fileName, newWorkbookBytes(plan).bytes);
      return { message: `Il nuovo modello «${fileName}» è stato scaricato.` };
    },
  };
}

export function createBrowserHost(initial: OpenWorkbook, events: BrowserHostEvents, firstGrid?: WorkbookGrid): WorkbookHost {
  let doc = initial;
  let grid: WorkbookGrid | null = firstGrid ?? null;
  // The page's settings start from the add-in settings saved in the file (the same key the add-in
  // uses), so the page, the CLI and Excel read the same values; changes last for the session.
  let settings: SettingsMap | null = null;
  // What the file holds, to write the settings into the downloaded copy only when the page changed them.
  let fileSettings: SettingsMap = {};
  const sessionSettings = async (): Promise<SettingsMap> => {
    if (settings === null) {
      fileSettings = { ...((await currentGrid()).settings ?? {}) };
      settings = { ...fileSettings };
    }
    return settings;
  };

  const currentGrid = async (): Promise<WorkbookGrid> => {
    if (!grid) grid = await readOpenWorkbook(doc);
    return grid;
  };

  // The file as opened (or last re-read) from disk; after Genera `doc` is the generated copy,
  // held in memory only, and the disk is no longer where the pane's workbook lives.
  let sourceDoc = initial;
  const onSource = () => Boolean(events.reread) && doc === sourceDoc;

  return {
    ...createDocumentHost(events.download),
    get canRecheck() {
      return onSource();
    },
    readGrid: async () => {
      if (onSource() && events.reread) {
        doc = sourceDoc = { name: doc.name, bytes: await events.reread() };
      }
      grid = await readOpenWorkbook(doc);
      return { ...grid, settings: { ...(await sessionSettings()) } };
    },
    listSheets: async (): Promise<SheetEntry[]> => (await currentGrid()).sheets.map((s) => ({ name: s.name, generated: s.generated === true })),
    selectCell: async (sheet, cell) => {
      const g = await currentGrid();
      if (!g.sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase())) {
        throw new HostError(`Il foglio «${sheet}» non c’è nel file: ripeti il controllo.`);
      }
      events.showCell(sheet, cell, g);
    },
    applyPlan: async (plan: WorkbookPlan, onProgress?: (p: Progress) => void): Promise<ApplyResult> => {
      onProgress?.({ done: 0, total: 3, label: `Lettura di ${doc.name}…` });
      // The same package editor as `peg build`: the user's parts are copied as they are.
      let opened: OpenedWorkbook;
      try {
        opened = openWorkbookPackage(doc.bytes, doc.name);
      } catch (err) {
        throw readFailure(err);
      }
      onProgress?.({ done: 1, total: 3, label: 'Scrittura dei fogli…' });
      const edited = editPackage(opened, plan, { rebuilt: rebuiltKinds(plan) });
      const report = edited.report;
      onProgress?.({ done: 2, total: 3, label: 'Preparazione del file…' });
      const name = generatedFileName(doc.name);
      // Settings chosen in the page travel with the file, where the add-in keeps them, so the CLI,
      // the page and Excel read the same values (the Impostazioni sheet still wins over them).
      const chosen = await sessionSettings();
      const bytes = sameSettings(chosen, fileSettings) ? edited.bytes : writeDocumentSettings(edited.bytes, SETTINGS_KEY, chosen, name);
      fileSettings = { ...chosen };
      doc = { name, bytes };
      grid = null;
      events.changed(doc);
      events.download(name, bytes);
      onProgress?.({ done: 3, total: 3, label: 'Fatto' });
      const notes = [`Il file «${name}» è stato scaricato: il file originale non è stato modificato.`];
      for (const k of report.kept) notes.push(`Il foglio «${k.name}» ${k.reason === 'copia' ? 'è una copia di un foglio generato' : 'è stato rinominato'}: è dell’utente, lasciato intatto.`);
      for (const f of report.freeNames) notes.push(`Il foglio «${f.takenBy}» è dell’utente: il nuovo foglio si chiama «${f.name}».`);
      notes.push(...report.notes);
      return {
        created: report.created,
        replaced: report.replaced,
        removed: report.removed,
        columns: report.columns.map((c) => `${c.sheet}: ${c.header}`),
        note: notes.join(' '),
      };
    },
    loadSettings: async () => ({ ...(await sessionSettings()) }),
    saveSettings: async (next) => {
      settings = { ...next };
    },
  };
}
