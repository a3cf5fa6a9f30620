/** How the read-only sheet preview shows a cell: roughly what Excel would display, in Italian. */
import { isCellError, type Cell } from '../core/grid';
import { formatDateIt, formatNumberIt, formatPctIt } from '../core/format';
import { excelSerialToDate, isDateFormat, isPercentFormat } from '../core/values';

const plainNumber = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 4, useGrouping: false });

export function cellText(cell: Cell | null | undefined): string {
  const v = cell?.v;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return formatDateIt(v);
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  if (typeof v === 'number') {
    if (isDateFormat(cell?.fmt)) return formatDateIt(excelSerialToDate(v));
    if (isPercentFormat(cell?.fmt)) return formatPctIt(v * 100);
    // Excel groups thousands only when the format says so (`#,##0`): in General a year stays `2025`.
    return /#,##/.test(cell?.fmt ?? '') ? formatNumberIt(v, 4) : plainNumber.format(v);
  }
  return v;
}
