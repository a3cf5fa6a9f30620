/**
 * Valutazione individuale and the sheets a Nucleo signs: what they state, one cell per position,
 * and number formats that render in an Italian Excel without a dangling separator.
 */
import { planBuild } from '../../src/core/plans/build';
import { planIndividuale } from '../../src/core/plans/individuale';
import type { SheetPlan } from '../../src/core/plans/types';
import { evaluate } from '../../src/core/rules';
import { analysis, indicatore, obiettivo } from './builders';

const src = (row: number) => ({ sheet: 'Personale', row, cells: {} });

function sample() {
  const t = obiettivo({ settore: 'TUTTI', numero: 1, peso: 40, titolo: 'Trasparenza', indicatori: [indicatore({ atteso: { v: 100 }, raggiunto: { v: 80 } })], personale: [
    { categoria: 'D', nominativo: 'Rossi Maria', partecipazione: 40, source: src(2) },
  ] });
  const f = obiettivo({ settore: 'FINANZIARIO', numero: 1, peso: 60, titolo: 'Pagamenti', indicatori: [indicatore({ atteso: { v: 100 }, raggiunto: { v: 100 } })], personale: [
    { categoria: 'D', nominativo: ' rossi  maria', partecipazione: 60, source: src(3) },
    { categoria: 'C', nominativo: 'Verdi Luca', partecipazione: 100, source: src(4) },
  ] });
  const f2 = obiettivo({ settore: 'FINANZIARIO', numero: 2, peso: 0, titolo: 'Da misurare', indicatori: [indicatore({ atteso: { v: 100 }, raggiunto: null })], personale: [
    { categoria: 'B', nominativo: 'Neri Ugo', partecipazione: 50, source: src(5) },
  ] });
  const a = analysis([t, f, f2]);
  const ev = evaluate(a.piano, { verifica: null });
  Object.assign(a, { obiettivi: ev.obiettivi, settori: ev.settori, ente: ev.ente, persone: ev.persone, regole: ev.regole });
  return a;
}

const texts = (p: SheetPlan) => p.cells.flatMap((c) => (c.value?.t === 'text' ? [c.value.v] : []));
const at = (p: SheetPlan, row: number, col: number) => p.cells.find((c) => c.row === row && c.col === col)?.value;

describe('Valutazione individuale', () => {
  const [p] = planIndividuale(sample(), { generatoIl: new Date(Date.UTC(2026, 0, 15)) });

  test('one sheet for the year, stating the verifica and the generation date', () => {
    expect(p.name).toBe('Valutazione individuale 2021');
    expect(p.kind).toBe('individuale');
    expect(texts(p)).toContain('Verifica finale al 31/12/2021 — generato il 15/01/2026');
  });

  test('each person once (names compared normalised) with the individual punteggio', () => {
    const row = (name: string) => p.cells.find((c) => c.col === 0 && c.value?.t === 'text' && c.value.v === name)!.row;
    // Rossi: (40 × 80 + 60 × 100) / 100 = 92; Verdi 100; Neri: nothing measured.
    expect(at(p, row('Rossi Maria'), 7)).toEqual({ t: 'number', v: 0.92 });
    expect(at(p, row('Verdi Luca'), 7)).toEqual({ t: 'number', v: 1 });
    expect(at(p, row('Neri Ugo'), 7)).toBeUndefined();
    expect(texts(p).filter((t) => /rossi/i.test(t))).toHaveLength(1);
    // Rossi's two objectives under the person's row, TUTTI labelled.
    expect(at(p, row('Rossi Maria') + 1, 2)).toEqual({ t: 'text', v: 'TUTTI (tutti i settori)' });
    expect(at(p, row('Rossi Maria') + 2, 5)).toEqual({ t: 'number', v: 0.6 });
  });

  test('the distribution by band: one person at 100 and over, one in 90–100, one to measure', () => {
    const count = (label: string) => {
      const r = p.cells.find((c) => c.value?.t === 'text' && c.value.v === label)!.row;
      return at(p, r, 5);
    };
    expect(count('Punteggio da 90 a meno di 100')).toEqual({ t: 'number', v: 1 });
    expect(count('Punteggio 100 e oltre')).toEqual({ t: 'number', v: 1 });
    expect(count('Punteggio meno di 50')).toEqual({ t: 'number', v: 0 });
    expect(count('Da rilevare')).toEqual({ t: 'number', v: 1 });
  });

  test('ends with the block the Nucleo signs', () => {
    expect(texts(p)).toEqual(expect.arrayContaining(['Il Nucleo di Valutazione', 'Presidente', 'Componente']));
  });

  test('no sheet when nobody is listed in Personale', () => {
    const a = sample();
    a.persone = [];
    expect(planIndividuale(a)).toEqual([]);
  });
});

describe('the generated sheets a Nucleo signs', () => {
  const a = sample();
  const { plan } = planBuild(a, { sheets: [] }, { only: ['riepilogo', 'schede', 'personale'] });

  test('one cell per position: a second write would leave the first style in place', () => {
    for (const s of plan.sheets) {
      const seen = new Set<string>();
      for (const c of s.cells) {
        const key = `${c.row}:${c.col}`;
        expect({ sheet: s.name, key, dup: seen.has(key) }).toEqual({ sheet: s.name, key, dup: false });
        seen.add(key);
      }
    }
  });

  test('every number format renders in an Italian Excel without a dangling separator', () => {
    for (const s of plan.sheets) {
      for (const [name, style] of Object.entries(s.styles)) {
        const f = style.numberFormat;
        if (!f) continue;
        // `0.##`, `#.#` and the like show `100,` for whole numbers.
        expect({ sheet: s.name, name, f, dangling: /[0#]\.#/.test(f) }).toEqual({ sheet: s.name, name, f, dangling: false });
      }
    }
    expect(plan.sheets.map((s) => s.kind).sort()).toEqual(['individuale', 'riepilogo', 'schede']);
  });
});
