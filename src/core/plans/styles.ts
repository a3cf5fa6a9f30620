/** The palette shared by generated sheets: one place, so the three kinds look like one product. */
import type { CellStyle } from './types';

export const COLORS = {
  title: '1F3864',
  header: 'D9E2F3',
  block: '2F5496',
  objective: 'F2F2F2',
  month: '8EA9DB',
  ok: 'C6EFCE',
  okText: '006100',
  bad: 'FFC7CE',
  badText: '9C0006',
  warn: 'FFEB9C',
  label: 'EDEDED',
} as const;

const BASE_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: COLORS.title },
  subtitle: { italic: true, fontSize: 9, fontColor: '595959' },
  header: { bold: true, fill: COLORS.header, border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true },
  headerLeft: { bold: true, fill: COLORS.header, border: 'thin', hAlign: 'left', vAlign: 'middle', wrap: true },
  block: { bold: true, fill: COLORS.block, fontColor: 'FFFFFF', border: 'thin', vAlign: 'middle' },
  label: { bold: true, fill: COLORS.label, border: 'thin', vAlign: 'top', wrap: true },
  cell: { border: 'thin', vAlign: 'top', wrap: true },
  cellCenter: { border: 'thin', vAlign: 'top', hAlign: 'center', wrap: true },
  // General, not `0.##` (which an Italian Excel shows as `100,`): `100`, `12,5`.
  number: { border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: 'General' },
  int: { border: 'thin', vAlign: 'top', hAlign: 'center', numberFormat: '0' },
  pct: { border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: '0.0%' },
  score: { border: 'thin', vAlign: 'top', hAlign: 'right', numberFormat: '0.00' },
  ok: { fill: COLORS.ok, fontColor: COLORS.okText },
  bad: { fill: COLORS.bad, fontColor: COLORS.badText },
  warnFill: { fill: COLORS.warn },
};

/** Base styles plus the given extras (extras win). */
export function withStyles(extra: Record<string, CellStyle> = {}): Record<string, CellStyle> {
  return { ...BASE_STYLES, ...extra };
}
