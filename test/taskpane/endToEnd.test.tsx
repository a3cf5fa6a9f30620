/** @jest-environment jsdom */
/** The pane with the real core on the demo plan (kept apart: it depends on the whole core). */
import './jsdomShims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { coreEngine } from '../../src/ui/engine';
import { demoGrid } from '../../src/ui/preview/demoGrid';
import { fakeHost } from './fixtures';

function setup(tab?: Parameters<typeof App>[0]['initialTab']) {
  const h = fakeHost({ readGrid: async () => demoGrid() });
  render(<App host={h.host} engine={coreEngine} initialTab={tab} />);
  return h;
}

it('Controllo shows the real diagnostics and selects the cell', async () => {
  const h = setup();
  expect(await screen.findByText(/1 errore, 1 avviso/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /^Obiettivi!G7 TECNICO 2025: somma dei pesi 95/ }));
  await waitFor(() => expect(h.calls.selectCell).toEqual(['Obiettivi!G7']));
});

it('Pesi and Risultati show the core’s numbers', async () => {
  setup('pesi');
  const tecnico = await screen.findByRole('group', { name: /TECNICO 2025: somma dei pesi 95, mancano 5/ });
  expect(within(tecnico).getByText(/2 obiettivi propri \(55\) \+ 2 TUTTI \(40\)/)).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: 'Risultati' }));
  expect(await screen.findByText('Anno 2025 · ente 85,6%')).toBeTruthy();
});

it('Genera lists the sheets planBuild makes', async () => {
  const h = setup('genera');
  await screen.findByText(/Il piano ha 1 errore/);
  fireEvent.click(screen.getByRole('button', { name: 'Genera…' }));
  const dialog = await screen.findByRole('dialog', { hidden: true }); // see App.test.tsx on aria-hidden in jsdom
  const created = within(dialog).getByText('Fogli che saranno creati').nextSibling as HTMLElement;
  // The Cronoprogramma setting's default (`blocchi`, as in the CLI): one sheet for the year.
  expect([...created.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Riepilogo', 'Cronoprogramma 2025', 'Schede 2025']);
  expect(h.calls.applyPlan).toHaveLength(0);
});
