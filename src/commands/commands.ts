/**
 * Ribbon function commands. «Controlla piano» checks the workbook, selects the first cell with an
 * error and always tells the user the outcome (no errors, or how many and which cell is
 * selected) in a small dialog: a function command has no pane of its own. The dialog is this same
 * page opened with `?esito=`: it shows the text and a Chiudi button.
 */
import { analyze } from '../core/analyze';
import { createOfficeHost } from '../excel/officeHost';
import { hostErrorMessage } from '../host/workbookHost';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('it-IT')} ${n === 1 ? one : many}`;

/** The sentence the dialog shows. */
export function outcomeText(errors: number, warnings: number, first: { sheet: string; cell: string } | null): string {
  const also = warnings > 0 ? ` (e ${plural(warnings, 'avviso', 'avvisi')})` : '';
  if (errors === 0) return `Controllo completato: nessun errore nel piano${also}.`;
  const where = first ? ` È selezionata la cella ${first.cell} del foglio «${first.sheet}», dove si trova il primo.` : '';
  return `Controllo completato: il piano ha ${plural(errors, 'errore', 'errori')}${also}.${where} L’elenco completo è nella scheda Controllo del riquadro.`;
}

/** Opens this page as a dialog with the text; the dialog closes itself on Chiudi. */
function tell(text: string): Promise<void> {
  return new Promise((resolve) => {
    const url = `${location.origin}${location.pathname}?esito=${encodeURIComponent(text)}`;
    try {
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
        }
        resolve();
      });
    } catch {
      resolve(); // no dialog API: the selection still shows where the first error is
    }
  });
}

export async function controllaPiano(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = createOfficeHost();
    const analysis = analyze(await host.readGrid(), { verifica: null });
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    const warnings = analysis.diagnostics.length - errors.length;
    const firstError = errors.find((d) => d.sheet && d.cell);
    const first = firstError?.sheet && firstError.cell ? { sheet: firstError.sheet, cell: firstError.cell } : null;
    if (first) await host.selectCell(first.sheet, first.cell);
    await tell(outcomeText(errors.length, warnings, first));
  } catch (err) {
    await tell(`Controllo non riuscito. ${hostErrorMessage(err)}`);
  } finally {
    event.completed();
  }
}

/** The dialog: the text it was opened with and a button that asks the command to close it. */
function showOutcome(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  p.style.font = '14px "Segoe UI", sans-serif';
  const close = document.createElement('button');
  close.textContent = 'Chiudi';
  close.onclick = () => Office.context.ui.messageParent('chiudi');
  document.body.append(p, close);
  close.focus();
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    const esito = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('esito') : null;
    if (esito !== null) showOutcome(esito);
    else Office.actions.associate('controllaPiano', controllaPiano);
  });
}
