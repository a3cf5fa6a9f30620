import { sortDiagnostics } from './diagnostics';
import type { WorkbookGrid } from './grid';
import type { Analysis, MomentoVerifica } from './results';
import { evaluate } from './rules';
import { readWorkbook } from './schede/merge';

export { readWorkbook } from './schede/merge';

export interface AnalyzeOptions {
  /** Which measured value the rules use; null: the finale column, and no RAGGIUNTO_MANCANTE. */
  verifica?: MomentoVerifica | null;
}

/** The whole core in one call: grid → model (register, schede or both) → rules. */
export function analyze(grid: WorkbookGrid, opts: AnalyzeOptions = {}): Analysis & { layout: NonNullable<Analysis['layout']> } {
  const read = readWorkbook(grid);
  const verifica = opts.verifica ?? null;
  const evaluation = evaluate(read.piano, { verifica });
  return {
    piano: read.piano,
    verifica,
    diagnostics: sortDiagnostics([...read.diagnostics, ...evaluation.diagnostics]),
    obiettivi: evaluation.obiettivi,
    settori: evaluation.settori,
    ente: evaluation.ente,
    persone: evaluation.persone,
    regole: evaluation.regole,
    layout: read.layout,
  };
}
