/**
 * The part of the File System Access API the page uses (Chrome, Edge): a file opened with a
 * handle can be read again from disk, so «Ricontrolla» sees the changes saved in Excel. Browsers
 * without it (Firefox, Safari) open files through a plain file input, which gives a one-time copy.
 */

/** A file the page may read again. */
export interface ReadableFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
}

interface PickerWindow {
  showOpenFilePicker?: (options?: unknown) => Promise<ReadableFileHandle[]>;
}

interface HandleItem {
  getAsFileSystemHandle?: () => Promise<(ReadableFileHandle & { kind?: string }) | null>;
}

export const WORKBOOK_TYPES = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-excel.sheet.macroEnabled.12': ['.xlsm'],
};

export function canPickWithHandle(): boolean {
  return typeof window !== 'undefined' && typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

/** Opens the system picker; null when the user cancels. */
export async function pickWithHandle(): Promise<{ file: File; handle: ReadableFileHandle } | null> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (!picker) return null;
  try {
    const [handle] = await picker({ types: [{ description: 'Cartella di lavoro Excel', accept: WORKBOOK_TYPES }], multiple: false });
    if (!handle) return null;
    return { file: await handle.getFile(), handle };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
}

/** The handle of a dropped file, where the browser gives one (Chrome, Edge); else null. */
export async function handleFromDrop(item: DataTransferItem | undefined): Promise<ReadableFileHandle | null> {
  const get = (item as (DataTransferItem & HandleItem) | undefined)?.getAsFileSystemHandle;
  if (!item || typeof get !== 'function') return null;
  try {
    const handle = await get.call(item);
    return handle && (handle.kind === undefined || handle.kind === 'file') ? handle : null;
  } catch {
    return null;
  }
}

/** An Italian line for a handle that can no longer be read. */
export function rereadFailure(name: string, err: unknown): string {
  const kind = err instanceof DOMException ? err.name : '';
  if (kind === 'NotFoundError') return `Il file «${name}» non c’è più dove era stato aperto (spostato, rinominato o eliminato): aprilo di nuovo con «Apri…».`;
  if (kind === 'NotAllowedError' || kind === 'SecurityError') return `Il browser non permette più di leggere «${name}»: aprilo di nuovo con «Apri…».`;
  if (kind === 'NotReadableError') return `Il file «${name}» non si può leggere adesso (forse Excel lo sta salvando): riprova fra qualche secondo.`;
  return `Il file «${name}» non si può rileggere: aprilo di nuovo con «Apri…».`;
}
