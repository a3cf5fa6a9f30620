/**
 * One answer to "which objectives count for (year, settore)": the rules' weight total, the
 * Riepilogo's formula and the pane's lists all read it from plans/selection.ts.
 */
import { countedObjectives, objectivesCountedIn, objectivesOfYear, planYears } from '../../src/core/plans/selection';
import { evaluate } from '../../src/core/rules';
import { objectivesOf, weightParts } from '../../src/ui/objectives';
import { analysis, obiettivo } from './builders';

// Plan year 2021 (the builders' Impostazioni). FIN 1 has no Anno: it counts in the plan year.
const plan = [
  obiettivo({ settore: 'FINANZIARIO', numero: 1, anni: [], peso: 30 }),
  obiettivo({ settore: 'FINANZIARIO', numero: 2, anni: [2021, 2022], peso: 30 }),
  obiettivo({ settore: 'TUTTI', numero: 1, anni: [2021], peso: 40 }),
  obiettivo({ settore: 'TECNICO', numero: 1, anni: [2022], peso: 100 }),
  obiettivo({ settore: 'Finanziario ', numero: 3, anni: [2022], peso: 70 }),
];

describe('objectivesCountedIn', () => {
  it('counts an objective without Anno in the plan year, a multi-year one in each year, TUTTI inside each settore', () => {
    const a = analysis(plan);
    expect(objectivesCountedIn(a.piano, 2021, 'FINANZIARIO')).toEqual([0, 1, 2]);
    // Settore names compare without case and spaces; TUTTI has no objective in 2022.
    expect(objectivesCountedIn(a.piano, 2022, 'finanziario')).toEqual([1, 4]);
    expect(objectivesCountedIn(a.piano, 2022, 'TECNICO')).toEqual([3]);
    expect(objectivesCountedIn(a.piano, 2021, 'TECNICO')).toEqual([]);
    expect(planYears(a.piano)).toEqual([2021, 2022]);
    expect(objectivesOfYear(a, 2021).map((x) => x.obiettivo.numero)).toEqual([1, 2, 1]);
  });

  it('with Pesi TUTTI = esclusi, TUTTI objectives make their own group', () => {
    const a = analysis(plan, { impostazioni: { pesiTutti: 'esclusi' } });
    expect(objectivesCountedIn(a.piano, 2021, 'FINANZIARIO')).toEqual([0, 1]);
    expect(objectivesCountedIn(a.piano, 2021, 'TUTTI')).toEqual([2]);
  });

  it('the rules, the Riepilogo and the pane agree on every settore', () => {
    for (const pesiTutti of ['inclusi', 'esclusi'] as const) {
      const a = analysis(plan, { impostazioni: { pesiTutti } });
      const ev = evaluate(a.piano, { verifica: null });
      a.settori = ev.settori;
      for (const s of ev.settori) {
        const sum = (list: { peso: number | null }[]) => list.reduce((t, o) => t + (o.peso ?? 0), 0);
        expect(sum(countedObjectives(a, s))).toBe(s.sommaPesi);
        expect(objectivesOf(a, s).map((x) => x.obiettivo)).toEqual(countedObjectives(a, s));
        const parts = weightParts(a, s);
        expect(parts.own + parts.tutti).toBe(s.sommaPesi);
      }
    }
  });
});
