/** The pane's shared state, in its own module so that the tabs do not import the App that renders them. */
import type { WorkbookGrid } from '../core/grid';
import type { Analysis, MomentoVerifica } from '../core/results';

/** What the tabs share: the grid read last, the analyses made from it, and how to redo them. */
export interface PaneState {
  grid: WorkbookGrid | null;
  loading: boolean;
  /** Italian error of the last read or analysis, if any. */
  error: string | null;
  /** The plan check (no verifica): diagnostics, weights. */
  check: Analysis | null;
  verifica: MomentoVerifica;
  setVerifica(v: MomentoVerifica): void;
  /** Results at the chosen verifica. */
  results: Analysis | null;
  recheck(): Promise<void>;
}
