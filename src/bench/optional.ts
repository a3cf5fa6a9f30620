/**
 * The benchmark runs while other parts of the project may still be stubs. A section whose
 * dependency is missing or still throws reports why instead of failing the whole run.
 */
export class Unavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Unavailable';
  }
}

/** Loads a compiled module by path (relative to `lib/bench`), or explains why it cannot. */
export function tryRequire<T = Record<string, unknown>>(spec: string): T {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(spec) as T;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'MODULE_NOT_FOUND') throw new Unavailable(`modulo ${spec} assente`);
    throw new Unavailable(`modulo ${spec} non caricabile: ${firstLine(e.message)}`);
  }
}

/** The first exported function among `names`: the parts' entry points are still settling. */
export function pickFunction<F>(mod: Record<string, unknown>, names: string[], what: string): F {
  for (const name of names) {
    if (typeof mod[name] === 'function') return mod[name] as F;
  }
  throw new Unavailable(`${what}: nessuna funzione tra ${names.join(', ')}`);
}

export function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

/** Turns a stub's `non ancora implementato` (or any throw) into the reason a section is skipped. */
export function reasonOf(err: unknown): string {
  if (err instanceof Unavailable) return err.message;
  const e = err as Error;
  return firstLine(e?.message ?? String(err));
}

/** The telling line of a failed process's stderr: the error itself, not the loader's location. */
export function errorLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(\w*Error|Errore)\b|Error:/.test(l)) ?? lines[0] ?? '';
}
