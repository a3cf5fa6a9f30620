/**
 * THE table of differences allowed between the two writers (the file writer, src/xlsx/write, and
 * the Office.js writer, src/excel), shown in the README (section on the add-in). Every difference
 * the contract test finds must fall under one of these rows; anything else fails it.
 */
import type { Difference } from './compare';

export interface HostDifference {
  id: string;
  /** Italian, as in the README table. */
  cosa: string;
  perche: string;
  /** True when the difference `d` is this row's. */
  matches(d: Difference, ctx: { coveredByMerge(sheet: string, cell: string): boolean }): boolean;
}

const STYLE = new Set(['cell.bold', 'cell.italic', 'cell.fontColor', 'cell.fill', 'cell.hAlign', 'cell.vAlign', 'cell.wrap', 'cell.border']);

export const HOST_DIFFERENCES: HostDifference[] = [
  {
    id: 'testo-formato-@',
    cosa: 'Le celle di testo scritte dal componente hanno il formato Testo (@); nel file sono testo con formato Generale.',
    perche: 'In Excel un testo che comincia con =, +, - o @, o che sembra un numero o una data, diventerebbe formula, numero o data: il formato Testo lo tiene com’è. Nel file il tipo della cella basta.',
    matches: (d) => d.what === 'cell.fmt' && d.excel === '@' && d.file === undefined && typeof (d.excelCell?.v ?? '') === 'string',
  },
  {
    id: 'celle-unite-coperte',
    cosa: 'Le celle vuote coperte da un’unione (tutte tranne quella in alto a sinistra) hanno in Excel lo stile e il formato numerico dell’intera area; nel file solo i bordi del contorno.',
    perche: 'Excel applica stile e formato a un rettangolo in una sola chiamata; le celle coperte non si vedono, e l’aspetto dell’area unita è lo stesso.',
    matches: (d, ctx) =>
      ctx.coveredByMerge(d.sheet, d.where) && (STYLE.has(d.what) || (d.what === 'cell.fmt' && d.file === undefined && d.excelCell?.v === undefined && d.excelCell?.f === undefined)),
  },
];

/** The README's rows: `| cosa | perché |`. */
export function hostDifferencesMarkdown(): string {
  return ['| Differenza | Perché |', '|---|---|', ...HOST_DIFFERENCES.map((h) => `| ${h.cosa} | ${h.perche} |`)].join('\n');
}
