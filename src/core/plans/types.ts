/**
 * Sheet plans: a pure description of what to write, made by the core from the model and applied
 * alike by the file adapter (ExcelJS) and the Excel adapter (Office.js). Rows and columns are
 * 0-based (row 0, col 0 is A1).
 */

/**
 * A value to write. `text` is always written as text, whatever it starts with (`=`, `+`, `-`, `@`):
 * adapters must never let it become a formula. Only `formula` values are formulas.
 */
export type PlanValue =
  | { t: 'text'; v: string }
  | { t: 'number'; v: number }
  /** A calendar date, `YYYY-MM-DD`. */
  | { t: 'date'; v: string }
  | { t: 'bool'; v: boolean }
  /**
   * A formula in Excel's English, A1 notation, with the leading `=` (`=SUMIFS(...)`), and the
   * result the core computed, which file adapters store as the cached value.
   */
  | { t: 'formula'; f: string; result?: number | string | null };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** `RRGGBB`. */
  fontColor?: string;
  /** Solid fill, `RRGGBB`. */
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: 'thin' | 'medium';
  numberFormat?: string;
}

export interface PlanCell {
  row: number;
  col: number;
  value?: PlanValue;
  /** Key into `SheetPlan.styles`: styles are shared, not per cell. */
  style?: string;
}

export interface PlanRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface StyleRange {
  range: PlanRange;
  /** Key into `SheetPlan.styles`. */
  style: string;
}

export interface ConditionalRule {
  /** `expression`: an Excel formula relative to the range's top-left cell, true → style applies. */
  type: 'expression';
  formula: string;
  style: string;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Fit to one page wide (and as many pages tall as needed). */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  titleRows?: { from: number; to: number };
  /** Manual page breaks: a break is placed after each of these rows (0-based). */
  rowBreaks?: number[];
  /** The printed area, when not the whole used range. */
  area?: PlanRange;
}

/** `registro`: a canonical register sheet (nuovo modello, conversions): user data, never marked. */
export type GeneratedKind = 'cronoprogramma' | 'riepilogo' | 'schede' | 'individuale' | 'registro';

/** An Excel table over a register sheet's header and data rows. */
export interface PlanTable {
  /** Workbook-unique table name (`tblObiettivi`). */
  name: string;
  /** Header row and columns (0-based); the data rows run from headerRow + 1 to lastRow. */
  headerRow: number;
  lastRow: number;
  c1: number;
  c2: number;
  /** Built-in style name, e.g. `TableStyleMedium2`. */
  style?: string;
}

export interface SheetPlan {
  /** The sheet's final name, already valid and unique (see `sheetNames.ts`). */
  name: string;
  kind: GeneratedKind;
  /** Name of the generated sheet this plan replaces (same name), or null for a new sheet. */
  replaces: string | null;
  cells: PlanCell[];
  /**
   * Style rectangles (a merged area's border must be drawn on every cell it covers): each covered
   * cell gets the style, as if listed in `cells` with no value BEFORE every entry of `cells` — a
   * cell in `cells` at the same position replaces it (value and style). One rectangle instead of
   * one PlanCell per covered cell: most cells of the schede exist only for these borders.
   * Writers expand them (see `expandStyleRanges`); optional for plans built by hand.
   */
  styleRanges?: StyleRange[];
  styles: Record<string, CellStyle>;
  merges: PlanRange[];
  /** Column widths in characters. */
  columnWidths: { col: number; width: number }[];
  /** Row heights in points. */
  rowHeights: { row: number; height: number }[];
  freeze?: { rows: number; cols: number };
  print: PrintSetup;
  validations: { range: PlanRange; list: string[] }[];
  conditionalFormats: { range: PlanRange; rules: ConditionalRule[] }[];
  tabColor?: string;
  /** An Excel table over the sheet's data (register sheets). Cells still come from `cells`. */
  table?: PlanTable;
  /** False for sheets that must not carry the generated-sheet marker (register sheets); default true. */
  marker?: boolean;
  /**
   * Set on each sheet of a generated sheet split to stay within Excel's 1,023 page breaks:
   * the name it would have had whole, and this sheet's place among the pieces (0-based).
   */
  pieceOf?: { name: string; index: number; count: number };
}

/** Computed values written into a user's register sheet (the columns the tool owns). */
export interface ColumnWrite {
  sheet: string;
  /** 0-based column; header written at `headerRow` only when the column is appended. */
  col: number;
  headerRow: number;
  header: string;
  appended: boolean;
  numberFormat?: string;
  /** `numberFormat` on a cell overrides the column's (a scostamento in giorni, in punti %…). */
  cells: { row: number; value: PlanValue | null; numberFormat?: string }[];
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  columnWrites: ColumnWrite[];
  /** Generated sheets (bearing the marker) no longer wanted by this build: removed. */
  removeSheets: string[];
}

/**
 * Generated sheets are marked by a workbook-level defined name `_PEG_GEN_<n>` whose reference
 * points at the sheet's A1 (hidden where the library allows). Renaming the sheet keeps the marker.
 */
export const GENERATED_NAME_PREFIX = '_PEG_GEN_';

/** `personale`: the Valutazione individuale sheets (only when some objective lists Personale). */
export type BuildPart = 'colonne' | 'cronoprogramma' | 'riepilogo' | 'schede' | 'personale';
export const BUILD_PARTS: BuildPart[] = ['colonne', 'cronoprogramma', 'riepilogo', 'schede', 'personale'];
