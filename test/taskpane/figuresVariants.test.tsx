/**
 * @jest-environment jsdom
 *
 * The pane shows, for each SMVP variant, the figures worked out by hand in
 * test/build/figureVariants.ts (the same ones figures.lo.test.ts checks in summary --json, the
 * Riepilogo and the Schede): the register is written by openpyxl, read by the standalone page's
 * host (the real file reader) and analysed by the real engine; Risultati shows each settore's and
 * the ente's three percentages, the validated punteggi and the individual part.
 */
import './jsdomShims';
import '../import/jsdomText';
import { readFileSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { coreEngine } from '../../src/ui/engine';
import { createBrowserHost, readOpenWorkbook } from '../../src/standalone/browserHost';
import { VARIANTS, writeVariantWorkbook, type Figures } from '../build/figureVariants';
import { describeWith, hasOpenpyxl } from '../xlsx/foreignTools';

/** A 0–100 figure as the pane writes it: one decimal at most, comma, `%`; a dash for none. */
function pct(n: number | null): string {
  if (n === null) return '—';
  const r = Math.round(n * 10 + 1e-9) / 10;
  return `${String(r).replace('.', ',')}%`;
}

/** The value shown under a stat's label (Valore raggiunto, Rispetto tempi, Punteggio) in a card. */
function stat(card: HTMLElement, label: string): string {
  const caption = within(card).getAllByText(label, { exact: true })[0];
  return caption.nextElementSibling?.textContent ?? '';
}

function stats(card: HTMLElement): Record<string, string> {
  return { valore: stat(card, 'Valore raggiunto'), tempi: stat(card, 'Rispetto tempi'), punteggio: stat(card, 'Punteggio') };
}

const want = (f: Figures) => ({ valore: pct(f.achieved), tempi: pct(f.onTime), punteggio: pct(f.score) });

const TITLES = ['Trasparenza e anticorruzione', 'Tempestività dei pagamenti', 'Qualità del servizio tributi', 'Digitalizzazione degli atti'];
const SECTOR_OF = ['FINANZIARIO', 'FINANZIARIO', 'FINANZIARIO', 'SEGRETERIA'];

describeWith(hasOpenpyxl(), 'openpyxl (/usr/bin/python3)')('the pane’s Risultati for each SMVP variant agree with the hand-worked figures', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'peg-pane-figures-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const v of VARIANTS) {
    test(v.name, async () => {
      const file = writeVariantWorkbook(dir, v);
      const doc = { name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) };
      const grid = await readOpenWorkbook(doc);
      const host = createBrowserHost(doc, { showCell: () => {}, changed: () => {}, download: () => {} }, grid);
      render(<App host={host} engine={coreEngine} />);
      fireEvent.click(await screen.findByRole('tab', { name: 'Risultati' }));
      const e = v.expected;

      // Each settore's card: the three percentages.
      for (const [name, f] of [['FINANZIARIO', e.fin], ['SEGRETERIA', e.seg]] as const) {
        const card = (await screen.findByRole('heading', { name, level: 3 })).parentElement!;
        expect({ sector: name, ...stats(card) }).toEqual({ sector: name, ...want(f) });
      }

      // The ente: the three percentages, counted once; computed beside validated when they differ.
      const ente = await screen.findByRole('group', { name: 'Ente 2025' });
      expect({ ente: v.name, ...stats(ente) }).toEqual({ ente: v.name, ...want(e.ente) });
      const [rag, par, non, dar] = e.ente.counts;
      const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      expect(within(ente).getByText(/ciascuno contato una volta/).textContent).toBe(
        `4 obiettivi, ciascuno contato una volta (3 dei settori, 1 TUTTI): ${plural(rag, 'raggiunto', 'raggiunti')} · ${plural(par, 'parziale', 'parziali')} · ` +
          `${plural(non, 'non raggiunto', 'non raggiunti')} · ${dar} da rilevare`,
      );
      if (e.ente.computed !== undefined) {
        expect(within(ente).getByText(/^Calcolato /).textContent).toBe(`Calcolato ${pct(e.ente.computed)}, con i punteggi validati dal Nucleo ${pct(e.ente.score)}`);
      } else {
        expect(within(ente).queryByText(/^Calcolato /)).toBeNull();
      }
      expect(screen.getByText(/^Anno 2025 · ente /).textContent).toBe(`Anno 2025 · ente ${pct(e.ente.score)}`);

      // Each objective's punteggio in its settore's list; a validated one shows computed → validated.
      for (const sector of ['FINANZIARIO', 'SEGRETERIA']) {
        const card = screen.getByRole('heading', { name: sector, level: 3 }).parentElement!;
        fireEvent.click(within(card).getByRole('button', { name: /^Obiettivi \(\d+\)$/ }));
      }
      for (const [i, x] of e.objectives.entries()) {
        const card = screen.getByRole('heading', { name: SECTOR_OF[i], level: 3 }).parentElement!;
        const header = await within(card).findByRole('button', { name: new RegExp(`${TITLES[i]}`) });
        expect({ objective: TITLES[i], shown: header.textContent }).toEqual({ objective: TITLES[i], shown: expect.stringMatching(new RegExp(`${TITLES[i]}${pct(x.score)}$`)) });
        if (x.validated !== undefined && x.validated !== null) {
          fireEvent.click(header);
          expect(await within(card).findByText(`Calcolato ${pct(x.computed ?? null)} → validato dal Nucleo ${pct(x.validated)}`)).toBeTruthy();
        }
      }

      // Under «Pesi TUTTI = quota» the TUTTI objective makes a share of every settore's punteggio, so
      // every settore's list shows it (its pesi still make their own 100 in Pesi).
      if (v.impostazioni.some(([voce, valore]) => voce === 'Pesi TUTTI' && valore === 'quota')) {
        const card = screen.getByRole('heading', { name: 'SEGRETERIA', level: 3 }).parentElement!;
        const header = await within(card).findByRole('button', { name: new RegExp(TITLES[0]) });
        expect(header.textContent).toMatch(new RegExp(`${TITLES[0]}${pct(e.objectives[0].score)}$`));
      }

      // The individual part: each person with the punteggio that counts.
      if (e.people) {
        fireEvent.click(await screen.findByRole('button', { name: /Valutazione individuale \(parte obiettivi\) · 3 persone/ }));
        for (const [name, score] of Object.entries(e.people)) {
          const label = await screen.findByText((_t, el) => el?.tagName === 'SPAN' && el.textContent?.startsWith(name) === true && el.firstElementChild !== null && el.parentElement?.tagName === 'LI');
          expect({ person: name, shown: label.lastElementChild?.textContent }).toEqual({ person: name, shown: pct(score) });
        }
      }
    }, 60_000);
  }
});

