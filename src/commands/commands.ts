/**
 * Ribbon function commands. «Controlla piano» checks the workbook and selects the first cell
 * with an error, so a clerk can fix the plan without opening the pane.
 */
import { analyze } from '../core/analyze';
import { createOfficeHost } from '../excel/officeHost';

export async function controllaPiano(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = createOfficeHost();
    const analysis = analyze(await host.readGrid(), { verifica: null });
    const first = analysis.diagnostics.find((d) => d.sheet && d.cell);
    if (first?.sheet && first.cell) await host.selectCell(first.sheet, first.cell);
  } catch {
    // A function command has no UI to show the message in: the pane's Controllo tab does.
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('controllaPiano', controllaPiano);
  });
}
