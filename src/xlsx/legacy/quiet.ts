/**
 * SheetJS reports what it only approximates (an ODS number format with conditions, an unknown
 * record) with English lines on the console, which `peg check` would show on stderr among its
 * Italian ones. They say nothing the user can act on: the values are read all the same. So the
 * console is muted for the length of one synchronous SheetJS call, and put back right after,
 * whatever happens; nothing else runs meanwhile, so no other output is lost.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** `work()` with the console muted. */
export function withoutConsole<T>(work: () => T): T {
  const saved = METHODS.map((m) => console[m]);
  for (const m of METHODS) console[m] = () => undefined;
  try {
    return work();
  } finally {
    METHODS.forEach((m, i) => (console[m] = saved[i]));
  }
}
