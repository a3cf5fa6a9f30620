/**
 * Importing a plan written in Word (or, later, any source that yields blocks): blocks → objectives
 * → the model, with Italian diagnostics. Pure: the document reader lives in src/xlsx/docx.
 */
import type { Diagnostic } from '../diagnostics';
import type { Piano } from '../model';
import type { DocBlock } from './blocks';
import { parseDocument, type ImportedDocument } from './parse';
import { summarizeImport, type ImportSummary } from './summary';
import { importedPiano } from './toPiano';

export type { DocBlock, DocCell, DocParagraph, DocRow, DocTable } from './blocks';
export type { ImportedDocument, ImportedObjective, ImportedPhase } from './parse';
export { summaryLines, type ImportGroup, type ImportSummary } from './summary';

export interface ImportResult {
  document: ImportedDocument;
  piano: Piano;
  summary: ImportSummary;
  /** The document's diagnostics (codes of the one catalogue, each with its `place`), in the document's order. */
  diagnostics: Diagnostic[];
}

export function importBlocks(blocks: DocBlock[]): ImportResult {
  const document = parseDocument(blocks);
  return { document, piano: importedPiano(document), summary: summarizeImport(document), diagnostics: document.diagnostics };
}
