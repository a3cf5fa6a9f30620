/** The check that each group's weights make 100 (docs/regole.md#pesi). */
import { diagnose, type Diagnostic, type RegolaPesi } from '../diagnostics';
import type { Piano } from '../model';
import { formatNumberIt } from '../format';
import { roundFloat } from '../values';
import { EPSILON } from './context';
import type { Grouping, Gruppo } from './groups';
import { whereOf } from './where';

export interface WeightCheck {
  total: number;
  /** `OK`, `mancano 5`, `eccede di 2,5`. */
  status: string;
}

function pesoOf(piano: Piano, i: number): number {
  const p = piano.obiettivi[i].peso;
  return p !== null && Number.isFinite(p) ? p : 0;
}

export function weightOf(piano: Piano, g: Gruppo): WeightCheck {
  const total = roundFloat([...g.own, ...g.shared].reduce((s, i) => s + pesoOf(piano, i), 0));
  const diff = roundFloat(100 - total);
  if (Math.abs(diff) <= EPSILON) return { total, status: 'OK' };
  return { total, status: diff > 0 ? `mancano ${formatNumberIt(diff)}` : `eccede di ${formatNumberIt(-diff)}` };
}

/** Which rule the group's 100 follows (docs/regole.md#pesi): decides the advice of PESO_TOTALE. */
function regolaOf(piano: Piano, g: Gruppo): RegolaPesi {
  if (g.tutti) return 'tutti';
  if (piano.impostazioni.pesiTutti !== 'inclusi') return 'propri';
  return g.shared.length === 0 ? 'settore' : 'inclusi';
}

export function checkWeights(piano: Piano, grouping: Grouping, diagnostics: Diagnostic[]): Map<Gruppo, WeightCheck> {
  const checks = new Map<Gruppo, WeightCheck>();
  for (const g of grouping.groups) {
    const w = weightOf(piano, g);
    checks.set(g, w);
    if (w.status === 'OK') continue;
    const ids = [...g.own, ...g.shared];
    const senzaPeso = ids.filter((i) => piano.obiettivi[i].peso === null).length;
    const sum = (list: number[]) => roundFloat(list.reduce((s, i) => s + pesoOf(piano, i), 0));
    const first = piano.obiettivi[ids[0]];
    diagnostics.push(
      diagnose(
        'PESO_TOTALE',
        { settore: g.sector, anno: g.year, totale: w.total, stato: w.status, regola: regolaOf(piano, g), propri: sum(g.own), tutti: sum(g.shared), senzaPeso },
        first ? whereOf(first.source, ['peso']) : {},
      ),
    );
  }
  for (const { year, tutti } of grouping.tuttiOnlyYears) {
    const first = piano.obiettivi[tutti[0]];
    diagnostics.push(
      diagnose('PESI_NON_VERIFICABILI', { anno: year }, first ? whereOf(first.source, ['peso']) : {}),
    );
  }
  return checks;
}
