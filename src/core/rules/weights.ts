/** The check that each group's weights make 100 (docs/regole.md#pesi). */
import { diag, type Diagnostic } from '../diagnostics';
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

function explain(piano: Piano, g: Gruppo): string {
  const esclusi = piano.impostazioni.pesiTutti === 'esclusi';
  const sum = (ids: number[]) => formatNumberIt(roundFloat(ids.reduce((s, i) => s + pesoOf(piano, i), 0)));
  if (g.tutti) {
    return 'Con «Pesi TUTTI» = esclusi gli obiettivi TUTTI devono fare 100 tra loro: correggere la colonna Peso di questi obiettivi nel foglio Obiettivi.';
  }
  if (esclusi) {
    return 'Con «Pesi TUTTI» = esclusi gli obiettivi propri del settore devono fare 100 da soli: correggere la colonna Peso di questi obiettivi nel foglio Obiettivi.';
  }
  if (g.shared.length === 0) {
    return 'Gli obiettivi del settore devono fare 100: correggere la colonna Peso di questi obiettivi nel foglio Obiettivi.';
  }
  return `Gli obiettivi propri pesano ${sum(g.own)} e quelli TUTTI ${sum(g.shared)}: insieme devono fare 100. Correggere la colonna Peso degli obiettivi del settore (o di quelli TUTTI, che contano in ogni settore).`;
}

export function checkWeights(piano: Piano, grouping: Grouping, diagnostics: Diagnostic[]): Map<Gruppo, WeightCheck> {
  const checks = new Map<Gruppo, WeightCheck>();
  for (const g of grouping.groups) {
    const w = weightOf(piano, g);
    checks.set(g, w);
    if (w.status === 'OK') continue;
    const ids = [...g.own, ...g.shared];
    const unweighted = ids.filter((i) => piano.obiettivi[i].peso === null).length;
    const note =
      unweighted === 0
        ? ''
        : ` ${unweighted === 1 ? 'Un obiettivo senza peso valido non è contato' : `${unweighted} obiettivi senza peso valido non sono contati`}.`;
    const first = piano.obiettivi[ids[0]];
    diagnostics.push(
      diag(
        'error',
        'PESO_TOTALE',
        `${g.sector} ${g.year}: somma dei pesi ${formatNumberIt(w.total)} (${w.status}). ${explain(piano, g)}${note}`,
        first ? whereOf(first.source, ['peso']) : {},
      ),
    );
  }
  for (const { year, tutti } of grouping.tuttiOnlyYears) {
    const first = piano.obiettivi[tutti[0]];
    diagnostics.push(
      diag(
        'warning',
        'PESI_NON_VERIFICABILI',
        `${year}: ci sono obiettivi assegnati a tutti i settori ma nessun obiettivo di settore, quindi la somma dei pesi non si può verificare. Aggiungere gli obiettivi dei settori per il ${year} o controllare la colonna Anno.`,
        first ? whereOf(first.source, ['peso']) : {},
      ),
    );
  }
  return checks;
}
