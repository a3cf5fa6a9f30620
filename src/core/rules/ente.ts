/**
 * The ente's row of each year (docs/regole.md#settore-ed-ente): each objective once (a TUTTI objective
 * is one objective of the ente, not one per settore), and punteggio, valore raggiunto and rispetto
 * tempi combined from the settori as `Punteggio ente` says.
 */
import type { Piano } from '../model';
import type { EnteResult, ObiettivoResult, SettoreResult } from '../results';
import { normalizeText, roundFloat } from '../values';
import { distribuzione } from './distribution';
import type { Grouping } from './groups';
import type { MetodoEnte } from './smvp';

type Esiti = EnteResult['esiti'];

function esitiOf(results: ObiettivoResult[]): Esiti {
  const esiti: Esiti = { raggiunti: 0, parziali: 0, nonRaggiunti: 0, daRilevare: 0 };
  for (const r of results) {
    if (r.classificazione === 'raggiunto') esiti.raggiunti++;
    else if (r.classificazione === 'parzialmente_raggiunto') esiti.parziali++;
    else if (r.classificazione === 'non_raggiunto') esiti.nonRaggiunti++;
    else esiti.daRilevare++;
  }
  return esiti;
}

/** Distinct people (normalised names) on the objectives of a group: the `per personale` weight. */
function peopleOf(piano: Piano, ids: number[]): number {
  const names = new Set<string>();
  for (const i of ids) {
    for (const p of piano.obiettivi[i].personale) {
      const key = normalizeText(p.nominativo);
      if (key) names.add(key);
    }
  }
  return names.size;
}

/** Σ(w × v) / Σ(w) over the settori with a value and a positive weight; null when none. */
function combine(items: { w: number; v: number | null }[]): number | null {
  const counted = items.filter((i): i is { w: number; v: number } => i.v !== null && i.w > 0);
  const total = counted.reduce((s, i) => s + i.w, 0);
  if (total <= 0) return null;
  return roundFloat(counted.reduce((s, i) => s + i.w * i.v, 0) / total);
}

export interface EnteInput {
  piano: Piano;
  grouping: Grouping;
  /** One per `grouping.groups`, same order. */
  settori: SettoreResult[];
  /** Same order as `piano.obiettivi`. */
  obiettivi: ObiettivoResult[];
  metodo: MetodoEnte;
  /**
   * True when the TUTTI group row is a share inside every settore (`Pesi TUTTI = quota`): then it
   * is not a settore of its own in the ente's mean.
   */
  tuttiInsideSettori: boolean;
}

export function enteResults(input: EnteInput): EnteResult[] {
  const { piano, grouping, settori, obiettivi, metodo } = input;
  return grouping.years.map((anno) => {
    // Each objective of the year once, whichever groups count it.
    const ids = new Set<number>();
    grouping.groups.forEach((g) => {
      if (g.year === anno) for (const i of [...g.own, ...g.shared]) ids.add(i);
    });
    for (const t of grouping.tuttiOnlyYears) if (t.year === anno) for (const i of t.tutti) ids.add(i);
    const list = [...ids].sort((a, b) => a - b);
    const results = list.map((i) => obiettivi[i]).filter((r): r is ObiettivoResult => r !== undefined);
    const tutti = list.filter((i) => piano.obiettivi[i].tutti).length;

    // Under `quota` the TUTTI objectives are a share of every settore: counted in each one's weight.
    const tuttiOfYear = input.tuttiInsideSettori ? list.filter((i) => piano.obiettivi[i].tutti) : [];
    const rows = grouping.groups
      .map((g, k) => ({ g, s: settori[k] }))
      .filter(({ g, s }) => g.year === anno && s !== undefined && !(g.tutti && input.tuttiInsideSettori));
    // The settore's weight in the ente's figures, one for all three (they are "computed like the punteggio").
    const weights = rows.map(({ g }) => {
      const counted = [...g.own, ...g.shared, ...tuttiOfYear];
      if (metodo === 'per numero di obiettivi') return counted.filter((i) => (obiettivi[i]?.punteggio ?? null) !== null).length;
      if (metodo === 'per personale') return peopleOf(piano, counted);
      return 1;
    });
    const by = (pick: (x: SettoreResult) => number | null) => combine(rows.map((row, k) => ({ w: weights[k], v: pick(row.s) })));
    return {
      anno,
      punteggio: by((s) => s.punteggio),
      punteggioCalcolato: by((s) => s.punteggioCalcolato),
      valoreRaggiunto: by((s) => s.valoreRaggiunto),
      rispettoTempi: by((s) => s.rispettoTempi),
      obiettivi: list.length,
      obiettiviPropri: list.length - tutti,
      obiettiviTutti: tutti,
      esiti: esitiOf(results),
      distribuzione: distribuzione(results.filter((r) => r.punteggio !== null).map((r) => r.punteggio as number)),
    };
  });
}
