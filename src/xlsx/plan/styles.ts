/** Plan styles → ExcelJS styles. One object per style key, shared by its cells and never mutated. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../core/plans/types';

const argb = (hex: string) => ({ argb: `FF${hex.toUpperCase()}` });

export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = { name: 'Calibri', size: s.fontSize ?? 10 };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontColor) font.color = argb(s.fontColor);
  style.font = font;
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(s.fill) };
  if (s.hAlign || s.vAlign || s.wrap) {
    style.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) {
    const side = { style: s.border, color: argb('808080') } as ExcelJS.Border;
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

/** A conditional-format style (differential: fill as background, font colour). */
export function toConditionalStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: argb(s.fill) };
  if (s.fontColor || s.bold) style.font = { ...(s.fontColor ? { color: argb(s.fontColor) } : {}), ...(s.bold ? { bold: true } : {}) };
  return style;
}
