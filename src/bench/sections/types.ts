/** What each benchmark section returns: its data, or why it could not run. */
export type Section<T> = { ok: true; data: T } | { ok: false; reason: string };

export interface BenchContext {
  /** Repository root (the folder with package.json). */
  root: string;
  /** Scratch folder for generated workbooks and builds. */
  tmp: string;
  /** `--quick`: fewer rounds and sizes, for a smoke run. */
  quick: boolean;
  /** The built task pane (`dist/` unless `--dist`). */
  dist: string;
  log: (line: string) => void;
}
