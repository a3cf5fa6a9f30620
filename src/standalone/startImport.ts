/**
 * Importa da Word… on the start panel, before any workbook is open: a clerk with only the Word
 * document gets the register as a download. The file adapter behind it is loaded when the
 * document is read, as for opening a workbook (it is heavy).
 */
import type { ImportHost } from '../ui/import/ImportaWordDialog';
import type { DocumentHost } from './browserHost';

export function startImportHost(load: () => Promise<DocumentHost>): ImportHost {
  return {
    kind: 'standalone',
    readDocument: async (bytes, fileName) => (await load()).readDocument(bytes, fileName),
    createNewWorkbook: async (plan, fileName) => (await load()).createNewWorkbook(plan, fileName),
  };
}
