/** Browser-safe entry of the file adapter (no `fs`). Node-only helpers: `./node`. */
export { readWorkbookGrid, gridOfPackage, sheetOfReference } from './read';
export type { ReadWorkbookOptions, WorkbookBytes } from './read';
export { WorkbookReadError, isWorkbookReadError, MAX_WORKBOOK_BYTES } from './errors';
export type { WorkbookReadFailure } from './errors';
export { sniffContainer, excelLockFileOf } from './sniff';
export { isLegacyFormat } from './legacy/detect';
export { MAX_PARSED_BYTES, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES } from './zipLimits';
export type { Container } from './sniff';
