/** @jest-environment jsdom */
import './jsdomShims';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { HostError, PartialWriteError } from '../../src/host/workbookHost';
import { fakeEngine, fakeHost, planWith } from './fixtures';

function setup(opts: { tab?: Parameters<typeof App>[0]['initialTab']; host?: ReturnType<typeof fakeHost>; engine?: ReturnType<typeof fakeEngine> } = {}) {
  const host = opts.host ?? fakeHost();
  const engine = opts.engine ?? fakeEngine();
  render(<App host={host.host} engine={engine.engine} initialTab={opts.tab} />);
  return { host, engine };
}

describe('Controllo', () => {
  it('checks on open and shows errors and warnings grouped and counted', async () => {
    const { host } = setup();
    expect(await screen.findByText('2 errori, 3 avvisi.', { exact: false })).toBeTruthy();
    expect(host.calls.readGrid).toBe(1);
    expect(screen.getByText('Somma dei pesi diversa da 100')).toBeTruthy();
    const group = screen.getByText('Tempistica non riconosciuta').closest('button')!;
    expect(within(group).getByText('2')).toBeTruthy();
    expect(screen.getByText('Formato rilevato: registro (foglio «Obiettivi»)')).toBeTruthy();
  });

  it('clicking a diagnostic selects its cell in Excel', async () => {
    const { host } = setup();
    fireEvent.click(await screen.findByRole('button', { name: /^Obiettivi!G4 FINANZIARIO 2025/ }));
    await waitFor(() => expect(host.calls.selectCell).toEqual(['Obiettivi!G4']));
  });

  it('a diagnostic without a cell is not a button', async () => {
    setup();
    fireEvent.click(await screen.findByText('Pesi non verificabili'));
    const text = await screen.findByText(/assegnati a tutti i settori/);
    expect(text.closest('button')).toBeNull();
  });

  it('Ricontrolla reads the workbook again', async () => {
    const { host } = setup();
    await screen.findByText('2 errori, 3 avvisi.', { exact: false });
    fireEvent.click(screen.getByRole('button', { name: 'Ricontrolla' }));
    await waitFor(() => expect(host.calls.readGrid).toBe(2));
  });

  it('a host error is shown in Italian with a retry', async () => {
    const h = fakeHost({ readGrid: async () => { throw new HostError('Lettura della cartella di lavoro non riuscita: Stai modificando una cella.'); } });
    setup({ host: h });
    expect(await screen.findByText('Lettura della cartella di lavoro non riuscita: Stai modificando una cella.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeTruthy();
  });

  it('an analysis that throws is a message, not a crash', async () => {
    const e = fakeEngine();
    e.engine.analyze = () => { throw new Error('non ancora implementato'); };
    setup({ engine: e });
    expect(await screen.findByText('Il controllo non è riuscito: non ancora implementato')).toBeTruthy();
  });
});

describe('Pesi', () => {
  it('shows per settore the total, the status and the TUTTI part', async () => {
    setup({ tab: 'pesi' });
    const fin = await screen.findByRole('group', { name: /FINANZIARIO 2025: somma dei pesi 95, mancano 5/ });
    expect(within(fin).getByText('mancano 5')).toBeTruthy();
    expect(within(fin).getByText(/2 obiettivi propri \(55\) \+ 1 TUTTI \(40\)/)).toBeTruthy();
    const dem = screen.getByRole('group', { name: /DEMOGRAFICO 2025/ });
    expect(within(dem).getByText('OK')).toBeTruthy();
    expect(screen.getByText(/Anno 2025 · 1 settore da correggere/)).toBeTruthy();
  });
});

describe('Risultati', () => {
  it('shows settore results in Italian formats and switches verifica', async () => {
    const { engine } = setup({ tab: 'risultati' });
    expect(await screen.findAllByText('97,4%')).toHaveLength(2); // valore raggiunto and punteggio
    expect(screen.getByText('Anno 2025 · ente 98,7%')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Intermedia' }));
    expect(await screen.findAllByText('71,6%')).toHaveLength(2);
    expect(engine.calls.analyze).toContain('intermedia');
    expect(screen.getByText(/Sotto la soglia del 90%/)).toBeTruthy();
    expect(screen.getByText('2. Tempi di pagamento — 40%')).toBeTruthy();
  });

  it('opens an objective to show its indicators', async () => {
    setup({ tab: 'risultati' });
    const fin = (await screen.findAllByRole('button', { name: /Obiettivi \(3\)/ }))[0];
    fireEvent.click(fin);
    fireEvent.click(await screen.findByRole('button', { name: /2\. Tempi di pagamento/ }));
    expect(await screen.findByText('Giorni medi di pagamento')).toBeTruthy();
    expect(screen.getByText('90%, scostamento +3')).toBeTruthy();
  });
});

// jsdom: Fluent's focus trap leaves aria-hidden on the dialog surface itself (it never finishes
// opening without layout), so buttons inside the dialog are queried with `hidden: true`.
describe('Genera', () => {
  it('asks for confirmation listing exactly the sheets, then applies with progress and a result', async () => {
    const plan = planWith([{ name: 'Riepilogo', replaces: 'Riepilogo' }, { name: 'Cronoprogramma 2025' }], {
      removeSheets: ['Schede 2024'],
      columnWrites: [{ sheet: 'Obiettivi', col: 7, headerRow: 1, header: 'Valore raggiunto %', appended: true, cells: [] }],
    });
    const { host, engine } = setup({ tab: 'genera', engine: fakeEngine(plan) });
    await screen.findByText(/Il piano ha 2 errori/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Schede obiettivo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Genera…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Fogli che saranno creati').nextSibling!.textContent).toBe('Cronoprogramma 2025');
    expect(within(dialog).getByText('Fogli generati in precedenza che saranno sostituiti').nextSibling!.textContent).toBe('Riepilogo');
    expect(within(dialog).getByText('Fogli generati in precedenza che saranno eliminati').nextSibling!.textContent).toBe('Schede 2024');
    expect(within(dialog).getByText('Obiettivi: Valore raggiunto % (nuova colonna)')).toBeTruthy();
    // The Cronoprogramma setting's default, as in the CLI.
    expect(engine.calls.planBuild).toEqual([{ parts: ['colonne', 'cronoprogramma', 'riepilogo', 'personale'], cronoprogramma: 'blocchi' }]);
    expect(host.calls.applyPlan).toHaveLength(0);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Genera', hidden: true }));
    });
    expect(host.calls.applyPlan).toEqual([plan]);
    expect(await screen.findByText('Fatto: creato 1 foglio (Cronoprogramma 2025); sostituito 1 foglio (Riepilogo); eliminato 1 foglio non più necessario (Schede 2024).')).toBeTruthy();
  });

  it('Annulla writes nothing', async () => {
    const { host } = setup({ tab: 'genera' });
    await screen.findByText(/Il piano ha 2 errori/);
    fireEvent.click(screen.getByRole('button', { name: 'Genera…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Annulla', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(host.calls.applyPlan).toHaveLength(0);
  });

  it('shows the progress bar while writing', async () => {
    let release!: () => void;
    const h = fakeHost();
    const apply = h.host.applyPlan;
    h.host.applyPlan = async (plan, onProgress) => {
      onProgress?.({ done: 1, total: 3, label: 'Scrittura di Schede 2025…' });
      await new Promise<void>((r) => (release = r));
      return apply(plan);
    };
    setup({ tab: 'genera', host: h });
    await screen.findByText(/Il piano ha 2 errori/);
    fireEvent.click(screen.getByRole('button', { name: 'Genera…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Genera', hidden: true }));
    expect(await screen.findByText('Scrittura di Schede 2025…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await act(async () => release());
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('an Office error while writing is shown as it came', async () => {
    const h = fakeHost({ applyPlan: async () => { throw new HostError('Esiste già un foglio «Riepilogo» inserito dall\'utente: non viene sovrascritto.'); } });
    setup({ tab: 'genera', host: h });
    await screen.findByText(/Il piano ha 2 errori/);
    fireEvent.click(screen.getByRole('button', { name: 'Genera…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Genera', hidden: true }));
    expect(await screen.findByText(/non viene sovrascritto/)).toBeTruthy();
  });

  it('a write stopped halfway: the message names the sheets, the details are shown, the workbook is read again', async () => {
    let basisGiven = false;
    const h = fakeHost({
      applyPlan: async (_plan, _progress, basis) => {
        basisGiven = basis !== undefined && basis.grid.sheets.length > 0;
        throw new PartialWriteError('Scrittura interrotta: errore interno. Scritti in parte: «Schede 2025».', ['Riepilogo'], ['Schede 2025'], { details: 'codice GeneralException; posizione Range.merge' });
      },
    });
    setup({ tab: 'genera', host: h });
    await screen.findByText(/Il piano ha 2 errori/);
    const readsBefore = h.calls.readGrid;
    fireEvent.click(screen.getByRole('button', { name: 'Genera…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Genera', hidden: true }));
    expect(await screen.findByText(/Scritti in parte: «Schede 2025»/)).toBeTruthy();
    expect(screen.getByText(/Dettagli: codice GeneralException; posizione Range.merge/)).toBeTruthy();
    expect(basisGiven).toBe(true); // the pane passes the grid its plan was made from
    await waitFor(() => expect(h.calls.readGrid).toBe(readsBefore + 1));
  });

  it('nuovo modello goes through the host', async () => {
    const { host } = setup({ tab: 'genera' });
    await screen.findByText(/Il piano ha 2 errori/);
    fireEvent.click(screen.getByRole('button', { name: 'Crea nuovo modello' }));
    expect(await screen.findByText('Il nuovo modello è stato aperto in una nuova cartella di lavoro.')).toBeTruthy();
    expect(host.calls.createNewWorkbook).toEqual([`Piano della performance ${new Date().getFullYear()}.xlsx`]);
  });
});

describe('Impostazioni', () => {
  it('validates in Italian and saves in the workbook, then checks again', async () => {
    const { host } = setup({ tab: 'impostazioni' });
    const soglia = await screen.findByRole('textbox', { name: /Soglia raggiungimento %/ });
    fireEvent.change(soglia, { target: { value: '120' } });
    // The reason the reader's warning would give (one definition of the setting).
    expect(await screen.findByText('Scrivi un numero da 0 a 100, es. 90.')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Salva impostazioni' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(soglia, { target: { value: '80' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Esclusi:/ }));
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    expect(await screen.findByText('Impostazioni salvate nella cartella di lavoro.')).toBeTruthy();
    expect(host.calls.saveSettings).toEqual([{ 'Soglia raggiungimento %': '80', 'Pesi TUTTI': 'esclusi' }]);
    expect(host.calls.readGrid).toBe(2);
  });

  it('keeps saved keys the form does not show', async () => {
    const h = fakeHost();
    await h.host.saveSettings({ 'Mappa colonne': '{"obiettivi":{}}' });
    h.calls.saveSettings.length = 0;
    setup({ tab: 'impostazioni', host: h });
    fireEvent.change(await screen.findByRole('textbox', { name: /^Ente/ }), { target: { value: 'Comune di Valdora' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await waitFor(() => expect(h.calls.saveSettings).toEqual([{ 'Mappa colonne': '{"obiettivi":{}}', Ente: 'Comune di Valdora' }]));
  });
});

describe('every tab', () => {
  it.each(['controllo', 'pesi', 'risultati', 'genera', 'impostazioni'] as const)('%s renders with an analysis and is reachable from the tab list', async (tab) => {
    setup({ tab });
    const tabButton = screen.getByRole('tab', { name: tab.charAt(0).toUpperCase() + tab.slice(1) });
    expect(tabButton.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(`tab-${tab}`);
    await waitFor(() => expect(screen.queryByText('Lettura della cartella di lavoro…')).toBeNull());
  });
});
