/** Whatever goes wrong inside, the user gets one Italian line and exit status 2, never a stack trace. */
import { hasStackTrace, runPegInProcess } from '../helpers/cli';

jest.mock('../../src/core/analyze', () => ({
  analyze: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'peso')");
  },
}));

describe('an unexpected failure', () => {
  it('ends with one Italian line on stderr and exit 2', async () => {
    const r = await runPegInProcess(['check']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Nessun file indicato/);
    expect(lines[1]).toBe("Errore imprevisto: l'operazione non è stata completata (Cannot read properties of undefined (reading 'peso')).");
    expect(lines).toHaveLength(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('is recognised by hasStackTrace when a stack does leak (the helper can fail)', () => {
    expect(hasStackTrace(new Error('x').stack ?? '')).toBe(true);
  });
});
