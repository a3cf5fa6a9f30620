/** Italian words the pane shows for the core's codes and states. */
import { CATALOGUE, type DiagnosticCode } from '../core/diagnostics';
import type { Classificazione, ClassificazioneTempi } from '../core/results';

/** The pane's title for a diagnostic code: the catalogue's label (one place for the words). */
export function codeLabel(code: DiagnosticCode | string): string {
  const entry = (CATALOGUE as Record<string, { label: string } | undefined>)[code];
  // A code from a newer core (a workbook analysed elsewhere) still gets a readable label.
  return entry?.label ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export const CLASSIFICAZIONE: Record<Classificazione, string> = {
  raggiunto: 'Raggiunto',
  parzialmente_raggiunto: 'Parzialmente raggiunto',
  non_raggiunto: 'Non raggiunto',
  da_rilevare: 'Da rilevare',
};

export const TEMPI: Record<ClassificazioneTempi, string> = {
  nei_tempi: 'Nei tempi',
  in_ritardo: 'In ritardo',
  non_misurabile: 'Tempi non misurabili',
};

/** `1 errore` / `3 errori`. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('it-IT')} ${n === 1 ? one : many}`;
}

export function listIt(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}
