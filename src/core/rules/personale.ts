/** One person's participation over the objectives of a year must not exceed 100%. */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Personale, Piano } from '../model';
import { normalizeText, roundFloat } from '../values';
import { EPSILON } from './context';
import { yearsOf } from './groups';
import { whereOf } from './where';

interface Load {
  name: string;
  total: number;
  objectives: number;
  first: Personale;
}

export function checkPartecipazione(piano: Piano, diagnostics: Diagnostic[]): void {
  const byYear = new Map<number, Map<string, Load>>();
  for (const o of piano.obiettivi) {
    for (const year of yearsOf(o.anni, piano.impostazioni.anno)) {
      let people = byYear.get(year);
      if (!people) {
        people = new Map();
        byYear.set(year, people);
      }
      for (const p of o.personale) {
        const key = normalizeText(p.nominativo);
        if (!key || p.partecipazione === null || !Number.isFinite(p.partecipazione)) continue;
        const load = people.get(key);
        if (load) {
          load.total += p.partecipazione;
          load.objectives++;
        } else {
          people.set(key, { name: p.nominativo.trim(), total: p.partecipazione, objectives: 1, first: p });
        }
      }
    }
  }
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    for (const load of byYear.get(year)!.values()) {
      const total = roundFloat(load.total);
      if (total <= 100 + EPSILON) continue;
      diagnostics.push(
        diagnose(
          'PARTECIPAZIONE_OLTRE_100',
          { nominativo: load.name, anno: year, obiettivi: load.objectives, totale: total },
          whereOf(load.first.source, ['partecipazione']),
        ),
      );
    }
  }
}
