/**
 * Summarises a `.cpuprofile` written by `node --cpu-prof`: the functions with the most self time
 * and the most total time, with their file and line, to point an owner at the slow spot.
 * `node lib/bench/profile.js <file.cpuprofile> [top]`, or `… <file> --callers <function>`.
 */
import fs from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

export function summarize(profile: CpuProfile): FunctionCost[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonima)'}\t${n.callFrame.url.replace(/^file:\/\//, '').replace(/.*\/(lib|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + us);
    // Inclusive time: once per distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  return [...total.entries()].map(([k, us]) => {
    const [name, where] = k.split('\t');
    return { name, where, selfMs: (self.get(k) ?? 0) / 1000, totalMs: us / 1000 };
  });
}

/** Total time of `name` split by the function that called it: who to fix, not just what is hot. */
export function callers(profile: CpuProfile, name: string): { caller: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const us = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    // The outermost frame of `name` on this stack, and the frame that called it.
    let hit: number | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (byId.get(cur)!.callFrame.functionName === name) hit = cur;
    }
    if (hit === undefined) return;
    const p = parent.get(hit);
    const f = p === undefined ? undefined : byId.get(p)!.callFrame;
    const k = f ? `${f.functionName || '(anonima)'} ${f.url.replace(/.*\/(lib|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '(radice)';
    us.set(k, (us.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...us.entries()].map(([caller, t]) => ({ caller, ms: t / 1000 })).sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  process.stdout.on('error', () => process.exit(0));
  const [file, topArg, callersOf] = process.argv.slice(2);
  if (topArg === '--callers' && callersOf) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
    for (const c of callers(profile, callersOf)) process.stdout.write(`${c.ms.toFixed(0).padStart(8)} ms  ${c.caller}\n`);
    process.exit(0);
  }
  const top = Number(topArg ?? 25);
  const costs = summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile);
  const show = (title: string, list: FunctionCost[]) => {
    process.stdout.write(`\n${title}\n`);
    for (const c of list.slice(0, top)) {
      process.stdout.write(`${c.selfMs.toFixed(0).padStart(8)} ms self ${c.totalMs.toFixed(0).padStart(8)} ms tot  ${c.name}  ${c.where}\n`);
    }
  };
  show('Per tempo proprio', [...costs].sort((a, b) => b.selfMs - a.selfMs));
  show('Per tempo totale', [...costs].sort((a, b) => b.totalMs - a.totalMs));
}
