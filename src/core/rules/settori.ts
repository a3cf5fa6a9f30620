/** Settore and ente results (docs/regole.md#settore-ed-ente). */
import type { Piano } from '../model';
import type { EnteResult, ObiettivoResult, SettoreResult } from '../results';
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

function settoreResult(piano: Piano, g: Gruppo, w: WeightCheck, results: ObiettivoResult[]): SettoreResult {
  // In plan order, so that lists (sottoSoglia) read like the Obiettivi sheet.
  const ids = [...g.own, ...g.shared].sort((a, b) => a - b);
  const items = ids.map((i) => ({ o: piano.obiettivi[i], r: results[i] }));
  const by = (pick: (r: ObiettivoResult) => number | null) =>
    weightedMean(items.map(({ o, r }) => ({ peso: o.peso, v: pick(r) })));
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
    obiettiviTutti: g.shared.length,
    sommaPesi: w.total,
    statoPesi: w.status,
    valoreRaggiunto: by((r) => r.valoreRaggiunto),
    rispettoTempi: by((r) => r.rispettoTempi),
    punteggio: by((r) => r.punteggio),
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
): SettoreResult[] {
  return grouping.groups.map((g) => settoreResult(piano, g, checks.get(g) ?? weightOf(piano, g), results));
}

/** Ente punteggio (Y): the plain mean of the settore punteggi of the year. */
export function enteResults(years: number[], settori: SettoreResult[]): EnteResult[] {
  return years.map((year) => {
    const scores = settori.filter((s) => s.anno === year && s.punteggio !== null).map((s) => s.punteggio as number);
    return { anno: year, punteggio: scores.length > 0 ? roundFloat(scores.reduce((a, b) => a + b, 0) / scores.length) : null };
  });
}
