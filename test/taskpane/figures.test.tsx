/**
 * @jest-environment jsdom
 *
 * The pane shows the figures a Nucleo signs as the rules compute them: the ente counted once, the
 * validated punteggio beside the computed one, how a punteggio is reached, the individual part;
 * Pesi lists what makes a wrong total with its cells; Impostazioni says where each value comes from.
 * The plan is the one of test/rules/smvp.test.ts, its figures worked out by hand there and here.
 */
import './jsdomShims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Impostazioni } from '../../src/core/model';
import type { Analysis, MomentoVerifica } from '../../src/core/results';
import { evaluate } from '../../src/core/rules';
import { App } from '../../src/ui/App';
import { day, obiettivo, persona, piano } from '../rules/builders';
import { fakeEngine, fakeHost } from './fixtures';

function plan(imp: Partial<Impostazioni>) {
  const obiettivi = [
    obiettivo({ settore: 'TUTTI', numero: 1, anni: [2025], peso: 40, titolo: 'Trasparenza', indicatori: [{ atteso: 100, raggiunto: 80 }, { gruppo: 'Tempo', descrizione: 'Pubblicazione entro il', atteso: day(2025, 6, 30), raggiunto: day(2025, 7, 10) }], personale: [persona('Rossi Maria', 20), persona('Verdi Luca', 30)] }),
    obiettivo({ settore: 'FINANZIARIO', numero: 1, anni: [2025], peso: 30, titolo: 'Pagamenti', indicatori: [{ atteso: 100, raggiunto: 95 }, { gruppo: 'Tempo', descrizione: 'Giorni di pagamento', atteso: 30, direzione: 'decrescente', raggiunto: 33 }], personale: [persona('Rossi Maria', 50)] }),
    obiettivo({ settore: 'FINANZIARIO', numero: 2, anni: [2025], peso: 25, titolo: 'Tributi', indicatori: [{ gruppo: 'Qualità', atteso: 'Buono', raggiunto: 'Discreto' }], personale: [persona('Rossi Maria', 30)], validato: 90, notaNucleo: 'Ritardo del fornitore' }),
    obiettivo({ settore: 'SEGRETERIA', numero: 1, anni: [2025], peso: 60, titolo: 'Atti digitali', indicatori: [{ atteso: 10, raggiunto: 4 }, { atteso: 20, raggiunto: 19 }], personale: [persona('Verdi Luca', 70), persona('Bianchi Anna', 100)] }),
  ];
  return piano(obiettivi, { anno: 2025, ...imp });
}

function engineFor(imp: Partial<Impostazioni> = {}) {
  const e = fakeEngine();
  e.engine.analyze = (_grid, verifica: MomentoVerifica | null): Analysis => {
    const p = plan(imp);
    const ev = evaluate(p, { verifica });
    return { piano: p, verifica, ...ev };
  };
  return e;
}

function setup(tab: 'risultati' | 'pesi' | 'impostazioni', imp: Partial<Impostazioni> = {}) {
  const host = fakeHost();
  render(<App host={host.host} engine={engineFor(imp).engine} initialTab={tab} />);
  return host;
}

describe('Risultati', () => {
  it('the ente row: 4 objectives counted once, the three percentages, computed beside validated', async () => {
    setup('risultati');
    const ente = await screen.findByRole('group', { name: 'Ente 2025' });
    // FINANZIARIO (40×40 + 30×92,5 + 25×90) / 95 = 69,74 (computed with 75: 65,79); SEGRETERIA 56,5.
    // Ente (69,74 + 56,5) / 2 = 63,1; computed (65,79 + 56,5) / 2 = 61,1.
    expect(within(ente).getByText('63,1%')).toBeTruthy();
    expect(within(ente).getByText('Calcolato 61,1%, con i punteggi validati dal Nucleo 63,1%')).toBeTruthy();
    expect(within(ente).getByText(/4 obiettivi, ciascuno contato una volta \(3 dei settori, 1 TUTTI\)/)).toBeTruthy();
  });

  it('an objective shows computed → validated and explains its punteggio on demand', async () => {
    setup('risultati');
    fireEvent.click((await screen.findAllByRole('button', { name: /Obiettivi \(3\)/ }))[0]);
    // TUTTI objectives are labelled as such in the lists.
    expect(await screen.findByRole('button', { name: /TUTTI · 1\. Trasparenza/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^2\. Tributi/ }));
    expect(await screen.findByText('Calcolato 75% → validato dal Nucleo 90%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Come è calcolato il punteggio' }));
    expect(await screen.findByText(/Calcolato 75%, validato dal Nucleo 90%: conta il validato\. Nota: Ritardo del fornitore/)).toBeTruthy();
    expect(screen.getByText(/Regola: il punteggio è la media dei gradi degli indicatori/)).toBeTruthy();
  });

  it('with bands on indicators, each G shows its banded value', async () => {
    setup('risultati', { fasce: [
      { da: null, daIncluso: false, a: 50, aIncluso: false, valore: 0 },
      { da: 50, daIncluso: true, a: 90, aIncluso: false, valore: 'proporzionale' },
      { da: 90, daIncluso: true, a: null, aIncluso: false, valore: 100 },
    ] });
    fireEvent.click((await screen.findAllByRole('button', { name: /Obiettivi \(3\)/ }))[0]);
    fireEvent.click(await screen.findByRole('button', { name: /^1\. Pagamenti/ }));
    // Days: 100 × (60 − 33) / 30 = 90 → 100 with «da 90 = 100»; 95 → 100.
    expect(await screen.findByText('90% → 100% con le fasce, scostamento +3')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Come è calcolato il punteggio' })[0]);
    expect(await screen.findByText(/Fasce applicate a ogni indicatore prima delle medie: sotto 50 = 0; da 50 a meno di 90 = proporzionale; da 90 = 100\./)).toBeTruthy();
  });

  it('the individual part: each person with the punteggio that counts', async () => {
    setup('risultati');
    fireEvent.click(await screen.findByRole('button', { name: /Valutazione individuale \(parte obiettivi\) · 3 persone/ }));
    // Rossi: (20×40 + 50×92,5 + 30×90) / 100 = 81,25; Verdi: (30×40 + 70×67,5) / 100 = 59,25; Bianchi 67,5.
    expect(await screen.findByText('81,3%')).toBeTruthy();
    expect(screen.getByText('59,3%')).toBeTruthy();
    expect(screen.getByText('67,5%')).toBeTruthy();
  });
});

describe('Pesi', () => {
  it('a settore that does not make 100 lists its objectives, own and TUTTI, each linking to its Peso cell', async () => {
    const host = setup('pesi');
    const fin = await screen.findByRole('group', { name: /FINANZIARIO 2025: somma dei pesi 95, mancano 5/ });
    const list = within(fin).getByRole('list', { name: 'Obiettivi che fanno la somma di FINANZIARIO' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^TUTTI · 1\. Trasparenza40 · Obiettivi!E\d+$/),
      expect.stringMatching(/^1\. Pagamenti30 · Obiettivi!E\d+$/),
      expect.stringMatching(/^2\. Tributi25 · Obiettivi!E\d+$/),
    ]);
    fireEvent.click(within(list).getByRole('button', { name: /^25 · Obiettivi!E\d+: vai alla cella del peso$/ }));
    await waitFor(() => expect(host.calls.selectCell).toEqual([expect.stringMatching(/^Obiettivi!E\d+$/)]));
    // A settore that makes 100 lists nothing.
    expect(within(screen.getByRole('group', { name: /SEGRETERIA 2025/ })).queryByRole('list')).toBeNull();
  });
});

describe('Impostazioni', () => {
  const fromSheet = { fonti: { soglia: { kind: 'foglio' as const, sheet: 'Impostazioni', cell: 'B4' } }, soglia: 85 };

  it('says where each value comes from and links a sheet value to its cell', async () => {
    const host = setup('impostazioni', fromSheet);
    const link = await screen.findByRole('button', { name: 'foglio Impostazioni, cella B4' });
    expect(link.closest('span')!.textContent).toBe('In uso: 85, scritto nel foglio Impostazioni, cella B4: prevale su quanto salvato qui; per cambiarlo, modifica quella cella.');
    expect(screen.getByText('In uso: inclusi (valore predefinito)')).toBeTruthy();
    fireEvent.click(link);
    await waitFor(() => expect(host.calls.selectCell).toEqual(['Impostazioni!B4']));
  });

  it('saving a field the sheet overrides says so instead of "applicate"', async () => {
    setup('impostazioni', fromSheet);
    fireEvent.change(await screen.findByRole('textbox', { name: /Soglia raggiungimento %/ }), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    expect(await screen.findByText(/Impostazioni salvate, ma «Soglia raggiungimento %» \(foglio Impostazioni, cella B4\) è scritta nel foglio «Impostazioni», che prevale/)).toBeTruthy();
  });
});
