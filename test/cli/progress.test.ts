/** The progress bar appears only on a terminal, only for work over a second, never in --json runs. */
import type { CliIO } from '../../src/cli/io';
import { createProgress, PROGRESS_DELAY_MS } from '../../src/cli/progress';

function fakeTerminal(isTTY: boolean): { io: CliIO; written: () => string } {
  let out = '';
  const stream = {
    isTTY,
    columns: 80,
    write: (s: string) => {
      out += s;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  const io: CliIO = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: isTTY, progressStream: stream as unknown as NodeJS.WriteStream };
  return { io, written: () => out };
}

describe('createProgress', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('draws nothing for work that ends within the delay', () => {
    const t = fakeTerminal(true);
    const p = createProgress(t.io, 2, true);
    p.step(1, 'lettura del file');
    jest.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
    p.stop();
    jest.advanceTimersByTime(5 * PROGRESS_DELAY_MS);
    expect(t.written()).toBe('');
  });

  it('draws the bar on a terminal once the delay has passed', () => {
    const t = fakeTerminal(true);
    const p = createProgress(t.io, 2, true);
    p.step(1, 'lettura del file');
    jest.advanceTimersByTime(PROGRESS_DELAY_MS + 10);
    p.step(2, 'analisi del piano');
    p.stop();
    expect(t.written()).toContain('lettura del file');
  });

  it.each([
    ['not a terminal', false, true],
    ['--json', true, false],
  ])('draws nothing when %s', (_label, tty, enabled) => {
    const t = fakeTerminal(tty);
    const p = createProgress(t.io, 2, enabled);
    jest.advanceTimersByTime(10 * PROGRESS_DELAY_MS);
    p.step(2, 'fatto');
    p.stop();
    expect(t.written()).toBe('');
  });
});
