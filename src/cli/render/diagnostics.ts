/** `peg check` for people: errors, then warnings, one per line with sheet!cell and code. */
import type { Diagnostic } from '../../core/diagnostics';

export function location(d: Diagnostic): string {
  if (d.sheet && d.cell) return `${d.sheet}!${d.cell}`;
  return d.sheet ?? '(piano)';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function countLine(errors: number, warnings: number): string {
  return `${plural(errors, 'errore', 'errori')}, ${plural(warnings, 'avviso', 'avvisi')}`;
}

function group(title: string, list: Diagnostic[]): string {
  if (list.length === 0) return '';
  const locWidth = Math.max(...list.map((d) => location(d).length));
  const codeWidth = Math.max(...list.map((d) => d.code.length));
  const lines = list.map((d) => `  ${location(d).padEnd(locWidth)}  ${d.code.padEnd(codeWidth)}  ${d.message}`);
  return `${title} (${list.length})\n${lines.join('\n')}\n\n`;
}

export function renderDiagnostics(list: Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error');
  const warnings = list.filter((d) => d.severity === 'warning');
  if (list.length === 0) return 'Nessun problema trovato.\n';
  return group('Errori', errors) + group('Avvisi', warnings) + `Totale: ${countLine(errors.length, warnings.length)}.\n`;
}
