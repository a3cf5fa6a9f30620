/**
 * Opening a workbook file's bytes as a package: container checks (size, empty, `.xls`, `.ods`,
 * password-protected, not a zip), the zip-bomb limits, and the workbook part. The one entry both
 * the reader and the writer use.
 */
import { MAX_WORKBOOK_BYTES, WorkbookReadError } from '../errors';
import { excelLockFileOf, sniffContainer } from '../sniff';
import { readWorkbookInfo, type WorkbookInfo } from './workbook';
import { openZip, type ZipPackage } from './zip';

export interface OpenedWorkbook {
  pkg: ZipPackage;
  workbook: WorkbookInfo;
}

/** Throws the Italian `WorkbookReadError` for anything that is not an OOXML zip within the limits. */
export function checkXlsxContainer(bytes: Uint8Array, name: string): void {
  if (excelLockFileOf(name) !== null) throw new WorkbookReadError('blocco', name);
  if (bytes.length > MAX_WORKBOOK_BYTES) throw new WorkbookReadError('troppo-grande', name, { size: bytes.length });
  switch (sniffContainer(bytes)) {
    case 'vuoto':
      throw new WorkbookReadError('vuoto', name);
    case 'ods':
      throw new WorkbookReadError('ods', name);
    case 'ole-protetto':
      throw new WorkbookReadError('protetto', name);
    case 'ole':
      throw new WorkbookReadError('xls', name);
    case 'testo':
      throw new WorkbookReadError('testo', name);
    case 'sconosciuto':
      throw new WorkbookReadError('non-xlsx', name);
    case 'zip':
      return;
  }
}

/** `.xlsx`/`.xlsm` bytes → the package and its workbook part, nothing else inflated yet. */
export function openWorkbookPackage(bytes: Uint8Array, name: string): OpenedWorkbook {
  checkXlsxContainer(bytes, name);
  const pkg = openZip(bytes, name);
  return { pkg, workbook: readWorkbookInfo(pkg) };
}
