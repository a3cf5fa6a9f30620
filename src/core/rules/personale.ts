/** One person's participation over the objectives of a year must not exceed 100%. */
import { diagnose, type Diagnostic } from '../diagnostics';
import type { Personale, Piano } from '../model';
import type { ObiettivoResult, PersonaResult } from '../results';
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

/**
 * The objectives' part of each person's evaluation (docs/regole.md#parte-individuale): per person and
 * year, Σ(% partecipazione × punteggio) / Σ(% partecipazione) over the objectives with a punteggio.
 * People are matched by normalised name and shown as first written; sorted by year, then name.
 */
export function personeResults(piano: Piano, results: ObiettivoResult[]): PersonaResult[] {
  const byKey = new Map<string, PersonaResult>();
  piano.obiettivi.forEach((o, i) => {
    const r = results[i];
    for (const anno of yearsOf(o.anni, piano.impostazioni.anno)) {
      for (const p of o.personale) {
        const key = normalizeText(p.nominativo);
        if (!key || p.partecipazione === null || !Number.isFinite(p.partecipazione)) continue;
        let persona = byKey.get(`${anno}|${key}`);
        if (!persona) {
          persona = { nominativo: p.nominativo.trim(), categoria: p.categoria?.trim() || null, anno, punteggio: null, partecipazioneTotale: 0, obiettivi: [] };
          byKey.set(`${anno}|${key}`, persona);
        }
        if (!persona.categoria && p.categoria?.trim()) persona.categoria = p.categoria.trim();
        persona.partecipazioneTotale = roundFloat(persona.partecipazioneTotale + p.partecipazione);
        persona.obiettivi.push({ id: o.id, settore: o.settore.trim(), numero: o.numero, partecipazione: p.partecipazione, punteggio: r?.punteggio ?? null });
      }
    }
  });
  for (const persona of byKey.values()) {
    const scored = persona.obiettivi.filter((x) => x.punteggio !== null && x.partecipazione > 0);
    const total = scored.reduce((s, x) => s + x.partecipazione, 0);
    persona.punteggio = total > 0 ? roundFloat(scored.reduce((s, x) => s + x.partecipazione * (x.punteggio as number), 0) / total) : null;
  }
  return [...byKey.values()].sort((a, b) => a.anno - b.anno || a.nominativo.localeCompare(b.nominativo, 'it'));
}
