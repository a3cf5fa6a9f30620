/** Settore and ente results (docs/regole.md#settore-ed-ente). */
import type { Piano } from '../model';
import type { ObiettivoResult, SettoreResult } from '../results';
import { normalizeText, roundFloat } from '../values';
import { distribuzione } from './distribution';
import type { Grouping, Gruppo } from './groups';
import { type WeightCheck, weightOf } from './weights';

/**
 * Σ(peso × v) / Σ(peso) over the items with a value. When every counted weight is 0 or missing,
 * the plain mean: a plan without pesi still gets a punteggio.
 */
function weightedMean(items: { peso: number | null; v: number | null }[]): number | null {
  const withValue = items.filter((i): i is { peso: number | null; v: number } => i.v !== null);
  if (withValue.length === 0) return null;
  const w = (p: number | null) => (p !== null && Number.isFinite(p) && p > 0 ? p : 0);
  const total = withValue.reduce((s, i) => s + w(i.peso), 0);
  if (total > 0) return roundFloat(withValue.reduce((s, i) => s + w(i.peso) * i.v, 0) / total);
  return roundFloat(withValue.reduce((s, i) => s + i.v, 0) / withValue.length);
}

/** The responsabile written most often (compared normalised, shown as first written); ties: first. */
function mostFrequent(names: (string | null)[]): string | null {
  const counts = new Map<string, { name: string; n: number }>();
  for (const raw of names) {
    const name = raw?.trim() ?? '';
    if (!name) continue;
    const key = normalizeText(name);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { name, n: 1 });
  }
  let best: { name: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.name ?? null;
}

/** `Pesi TUTTI = quota`: the TUTTI objectives of the settore's year, their share and their pesi. */
interface QuotaTutti {
  ids: number[];
  /** The TUTTI share, 0–100. */
  quota: number;
  sum: number;
}

/**
 * q × TUTTI part + (1 − q) × own part, each the peso-weighted mean of its objectives; when one
 * part has no value, the other alone (docs/regole.md#quota-tutti).
 */
function shareMean(own: number | null, tutti: number | null, quota: number): number | null {
  if (own === null) return tutti;
  if (tutti === null) return own;
  return roundFloat((quota / 100) * tutti + (1 - quota / 100) * own);
}

function settoreResult(piano: Piano, g: Gruppo, w: WeightCheck, results: ObiettivoResult[], quota: QuotaTutti | null): SettoreResult {
  // In plan order, so that lists (sottoSoglia) read like the Obiettivi sheet.
  const ids = [...g.own, ...g.shared, ...(quota?.ids ?? [])].sort((a, b) => a - b);
  const items = ids.map((i) => ({ o: piano.obiettivi[i], r: results[i] }));
  const meanOf = (list: number[], pick: (r: ObiettivoResult) => number | null) =>
    weightedMean(list.map((i) => ({ peso: piano.obiettivi[i].peso, v: pick(results[i]) })));
  const by = (pick: (r: ObiettivoResult) => number | null) =>
    quota ? shareMean(meanOf([...g.own, ...g.shared], pick), meanOf(quota.ids, pick), quota.quota) : meanOf(ids, pick);
  const counts = { raggiunti: 0, parziali: 0, nonRaggiunti: 0, daRilevare: 0 };
  for (const { r } of items) {
    if (r.classificazione === 'raggiunto') counts.raggiunti++;
    else if (r.classificazione === 'parzialmente_raggiunto') counts.parziali++;
    else if (r.classificazione === 'non_raggiunto') counts.nonRaggiunti++;
    else counts.daRilevare++;
  }
  const scored = items.filter(({ r }) => r.punteggio !== null);
  return {
    anno: g.year,
    settore: g.sector,
    responsabile: mostFrequent((g.tutti ? g.shared : g.own).map((i) => piano.obiettivi[i].responsabile)),
    obiettiviPropri: g.own.length,
    obiettiviTutti: g.shared.length + (quota?.ids.length ?? 0),
    sommaPesi: w.total,
    sommaPesiTutti: quota ? quota.sum : null,
    statoPesi: w.status,
    valoreRaggiunto: by((r) => r.valoreRaggiunto),
    rispettoTempi: by((r) => r.rispettoTempi),
    punteggio: by((r) => r.punteggio),
    punteggioCalcolato: by((r) => r.punteggioCalcolato),
    esiti: counts,
    sottoSoglia: scored.filter(({ r }) => (r.punteggio ?? 0) < piano.impostazioni.soglia).map(({ r }) => r.id),
    distribuzione: distribuzione(scored.map(({ r }) => r.punteggio ?? 0)),
  };
}

export function settoreResults(
  piano: Piano,
  grouping: Grouping,
  checks: Map<Gruppo, WeightCheck>,
  results: ObiettivoResult[],
  quotaTutti: number | null = null,
): SettoreResult[] {
  return grouping.groups.map((g) => {
    // Under `quota` a settore's punteggio takes the year's TUTTI objectives as a fixed share; the
    // TUTTI group itself stays a row of its own (its pesi are checked there, once per year).
    const tuttiGroup = quotaTutti === null || g.tutti ? undefined : grouping.groups.find((x) => x.tutti && x.year === g.year);
    const quota = tuttiGroup ? { ids: tuttiGroup.shared, quota: quotaTutti ?? 0, sum: (checks.get(tuttiGroup) ?? weightOf(piano, tuttiGroup)).total } : null;
    return settoreResult(piano, g, checks.get(g) ?? weightOf(piano, g), results, quota);
  });
}
