/**
 * Importing a plan written in Word (or, later, any source that yields blocks): blocks → objectives
 * → the model, with Italian diagnostics. Pure: the document reader lives in src/xlsx/docx.
 */
import type { Piano } from '../model';
import type { DocBlock } from './blocks';
import type { ImportDiagnostic } from './diagnostics';
import { parseDocument, type ImportedDocument } from './parse';
import { summarizeImport, type ImportSummary } from './summary';
import { importedPiano, weightsNote } from './toPiano';

export type { DocBlock, DocCell, DocParagraph, DocRow, DocTable } from './blocks';
export type { ImportCode, ImportDiagnostic } from './diagnostics';
export type { ImportedDocument, ImportedObjective, ImportedPhase } from './parse';
export { summaryLines, type ImportGroup, type ImportSummary } from './summary';

export interface ImportResult {
  document: ImportedDocument;
  piano: Piano;
  summary: ImportSummary;
  /** The document's diagnostics, then the one note on the missing weights. */
  diagnostics: ImportDiagnostic[];
}

export function importBlocks(blocks: DocBlock[]): ImportResult {
  const document = parseDocument(blocks);
  const note = weightsNote(document);
  return {
    document,
    piano: importedPiano(document),
    summary: summarizeImport(document),
    diagnostics: note ? [...document.diagnostics, note] : document.diagnostics,
  };
}
