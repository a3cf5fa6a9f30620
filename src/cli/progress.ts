/**
 * A progress bar on stderr for work that lasts more than a second. It appears only on a terminal
 * and never in `--json` runs, so scripts and pipes get clean output.
 */
import * as cliProgress from 'cli-progress';
import type { CliIO } from './io';

export interface Progress {
  /** Moves to step `n` (1-based) of the total, labelled in Italian. */
  step(n: number, label: string): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { step: () => undefined, stop: () => undefined };

export const PROGRESS_DELAY_MS = 1000;

export function createProgress(io: CliIO, total: number, enabled: boolean): Progress {
  if (!enabled || !io.stderrIsTTY || !io.progressStream) return NO_PROGRESS;
  const stream = io.progressStream;
  let value = 0;
  let label = '';
  let bar: cliProgress.SingleBar | null = null;
  const timer = setTimeout(() => {
    bar = new cliProgress.SingleBar(
      { stream, format: '{bar} {value}/{total} {fase}', hideCursor: true, clearOnComplete: true, barsize: 24 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, value, { fase: label });
  }, PROGRESS_DELAY_MS);
  timer.unref?.();
  return {
    step(n, l) {
      value = n;
      label = l;
      bar?.update(n, { fase: l });
    },
    stop() {
      clearTimeout(timer);
      bar?.stop();
      bar = null;
    },
  };
}
