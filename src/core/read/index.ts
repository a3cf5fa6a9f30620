import type { Diagnostic } from '../diagnostics';
import type { WorkbookGrid } from '../grid';
import type { Piano } from '../model';

export interface ReadResult {
  piano: Piano;
  diagnostics: Diagnostic[];
}

/** Reads the canonical register layout (workbook.md) from a plain grid. Never throws. */
export function readRegister(_grid: WorkbookGrid): ReadResult {
  throw new Error('non ancora implementato');
}
