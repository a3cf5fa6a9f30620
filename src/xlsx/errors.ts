/**
 * Why a workbook could not be read, with the Italian sentence the user sees. Shared by the CLI
 * (exit status 2) and, later, the web page: both show `message` as it is.
 */
import { excelLockFileOf } from './sniff';

export type WorkbookReadFailure =
  | 'mancante'
  | 'cartella'
  /** A FIFO, a device (`/dev/zero`) or a socket: refused before reading. */
  | 'speciale'
  /** Excel's owner file `~$piano.xlsx`. */
  | 'blocco'
  /** A text file (a CSV…) named like a workbook. */
  | 'testo'
  | 'permesso'
  | 'vuoto'
  | 'troppo-grande'
  | 'xls'
  | 'ods'
  | 'protetto'
  | 'non-xlsx'
  | 'danneggiato'
  /** A zip with more entries than any workbook has (zip bomb guard, `zipLimits.ts`). */
  | 'troppi-elementi'
  /** Too many bytes once uncompressed (zip bomb guard, `zipLimits.ts`). */
  | 'troppo-decompresso';

/** Files above this size are refused before being read: ExcelJS keeps the whole workbook in memory. */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

function megabytes(bytes: number): string {
  return new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

export interface WorkbookReadDetails {
  /** Bytes (file size, or uncompressed size for `troppo-decompresso`), or the entry count for `troppi-elementi`. */
  size?: number;
  /** The limit `size` went over, when it is not `MAX_WORKBOOK_BYTES`. */
  limit?: number;
  cause?: unknown;
}

/** `5000` → `5.000`, grouped even below 10.000 (ICU does not group four digits in Italian by default). */
function count(n: number): string {
  return new Intl.NumberFormat('it-IT', { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(n);
}

function messageFor(reason: WorkbookReadFailure, name: string, size?: number, limit?: number): string {
  const f = `"${name}"`;
  switch (reason) {
    case 'mancante':
      return `Il file ${f} non esiste: controlla il nome e la cartella.`;
    case 'cartella':
      return `${f} è una cartella, non un file Excel: indica un file .xlsx.`;
    case 'speciale':
      return `${f} non è un file normale (è una pipe, un dispositivo o un socket): indica un file .xlsx salvato su disco.`;
    case 'blocco': {
      const original = excelLockFileOf(name) ?? name;
      return `Il file ${f} è il file temporaneo che Excel crea mentre ${original} è aperto: usa ${original}.`;
    }
    case 'testo':
      return `Il file ${f} è un file di testo (per esempio un CSV) e non è una cartella di lavoro Excel: aprilo in Excel e salvalo come "Cartella di lavoro di Excel (.xlsx)".`;
    case 'permesso':
      return `Il file ${f} non si può aprire: permesso negato. Controlla i permessi o chiudi il programma che lo blocca.`;
    case 'vuoto':
      return `Il file ${f} è vuoto (0 byte): non è una cartella di lavoro Excel.`;
    case 'troppo-grande':
      return `Il file ${f} è troppo grande (${megabytes(size ?? 0)} MB; il massimo è ${megabytes(MAX_WORKBOOK_BYTES)} MB).`;
    case 'xls':
      // Reading .xls works (legacy/); this is said only where a file must be written into.
      return `Il file ${f} è nel vecchio formato Excel 97-2003 (.xls): si può controllare, ma per generare i fogli aprilo in Excel, salvalo come "Cartella di lavoro di Excel (.xlsx)" e riprova.`;
    case 'ods':
      return `Il file ${f} è un foglio di calcolo OpenDocument (.ods): si può controllare, ma per generare i fogli salvalo in formato Excel (.xlsx) e riprova.`;
    case 'protetto':
      return `Il file ${f} è protetto da password: rimuovi la password in Excel (File › Informazioni › Proteggi cartella di lavoro) e riprova.`;
    case 'non-xlsx':
      return `Il file ${f} non è una cartella di lavoro Excel (.xlsx).`;
    case 'danneggiato':
      return `Il file ${f} è danneggiato e non si può leggere: prova ad aprirlo in Excel e a salvarlo di nuovo.`;
    case 'troppi-elementi':
      return `Il file ${f} contiene troppe parti (${count(size ?? 0)}; il massimo è ${count(limit ?? 0)}): non è una normale cartella di lavoro Excel e non viene letto.`;
    case 'troppo-decompresso':
      return `Il file ${f} contiene troppi dati una volta decompresso (${megabytes(size ?? 0)} MB; il massimo è ${megabytes(limit ?? 0)} MB): leggerlo esaurirebbe la memoria. Togli i fogli o le righe che non servono al piano e riprova.`;
  }
}

export class WorkbookReadError extends Error {
  readonly reason: WorkbookReadFailure;
  /** The file name as the user gave it. */
  readonly fileName: string;

  constructor(reason: WorkbookReadFailure, fileName: string, details?: WorkbookReadDetails) {
    super(messageFor(reason, fileName, details?.size, details?.limit));
    this.name = 'WorkbookReadError';
    this.reason = reason;
    this.fileName = fileName;
    if (details?.cause !== undefined) (this as { cause?: unknown }).cause = details.cause;
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}
