/**
 * Linking child rows to their objective: by Codice when both have one, else by (Anno, Settore,
 * N.). A child Anno that is one year of a multi-year objective's span matches it; a child without
 * Anno takes the only objective with that Settore and N., or the one of the plan year.
 */
import type { Chiave, Obiettivo } from '../model';
import { normalizeText } from '../values';
import { settoreKey, ufficioKeyPart } from './parse';

/**
 * The candidates of the child's ufficio. A child sheet without the Ufficio column (`undefined`)
 * still finds an objective when only one ufficio has that N.; with several it is ambiguous.
 */
function sameUfficio(candidates: Obiettivo[], k: Chiave): Obiettivo[] | 'ambiguous' {
  if (k.ufficio === undefined) {
    const uffici = new Set(candidates.map((o) => ufficioKeyPart(o.ufficio)));
    return uffici.size > 1 ? 'ambiguous' : candidates;
  }
  const want = ufficioKeyPart(k.ufficio);
  return candidates.filter((o) => ufficioKeyPart(o.ufficio) === want);
}

export type LinkResult = { obiettivo: Obiettivo } | { obiettivo: null; ambiguous: boolean };

export class ObiettiviIndex {
  private readonly byCodice = new Map<string, Obiettivo>();
  private readonly byKey = new Map<string, Obiettivo[]>();

  constructor(
    obiettivi: Obiettivo[],
    private readonly planYear: number | null,
  ) {
    for (const o of obiettivi) {
      if (o.codice !== null) {
        const c = normalizeText(o.codice);
        if (!this.byCodice.has(c)) this.byCodice.set(c, o);
      }
      if (o.numero !== null && o.settore !== '') {
        const k = `${settoreKey(o.settore)}|${o.numero}`;
        const list = this.byKey.get(k) ?? [];
        list.push(o);
        this.byKey.set(k, list);
      }
    }
  }

  find(k: Chiave): LinkResult {
    if (k.codice !== null) {
      const o = this.byCodice.get(normalizeText(k.codice));
      if (o) return { obiettivo: o };
    }
    if (k.settore === '' || k.numero === null) return { obiettivo: null, ambiguous: false };
    const candidates = sameUfficio(this.byKey.get(`${settoreKey(k.settore)}|${k.numero}`) ?? [], k);
    if (candidates === 'ambiguous') return { obiettivo: null, ambiguous: true };
    const covers = (o: Obiettivo, years: number[]) => o.anni.length === 0 || years.every((y) => o.anni.includes(y));
    let found: Obiettivo[];
    if (k.anni.length === 0) {
      if (candidates.length === 1) return { obiettivo: candidates[0] };
      const year = this.planYear;
      found = year !== null ? candidates.filter((o) => covers(o, [year])) : [];
      if (found.length === 0) return { obiettivo: null, ambiguous: candidates.length > 1 };
    } else {
      found = candidates.filter((o) => covers(o, k.anni));
    }
    // Prefer the objective whose years are exactly the child's: duplicates are reported already.
    const exact = found.find((o) => o.anni.length === k.anni.length && o.anni.every((y, i) => y === k.anni[i]));
    const o = exact ?? found[0];
    return o ? { obiettivo: o } : { obiettivo: null, ambiguous: false };
  }
}

/** The key as a clerk reads it, for messages. */
export function describeChiave(k: Chiave): string {
  const parts: string[] = [];
  if (k.anni.length > 0) parts.push(`Anno ${k.anni.length > 1 ? `${k.anni[0]}-${k.anni[k.anni.length - 1]}` : k.anni[0]}`);
  if (k.settore !== '') parts.push(`Settore "${k.settore}"`);
  if (k.ufficio) parts.push(`Ufficio "${k.ufficio}"`);
  if (k.numero !== null) parts.push(`N. ${k.numero}`);
  if (k.codice !== null) parts.push(`Codice "${k.codice}"`);
  return parts.length > 0 ? parts.join(', ') : 'nessun riferimento';
}
