/**
 * `context.sync()` with a deadline: Excel may wait for the user to leave a cell (delayForCellEdit)
 * or stop answering; the pane must say so instead of showing a progress bar forever.
 */
import { HostError } from '../host/workbookHost';
import { SYNC_TIMEOUT_MS } from './limits';

export class SyncTimeoutError extends HostError {
  constructor(seconds: number) {
    super(
      `Excel non risponde da più di ${seconds} secondi. Se stai modificando una cella, premi Invio o Esc; ` +
        'poi controlla la cartella di lavoro e ripeti l’operazione.',
    );
    this.name = 'SyncTimeoutError';
  }
}

let timeoutMs = SYNC_TIMEOUT_MS;

/** Tests shorten the deadline; nothing else should. */
export function setSyncTimeoutForTests(ms: number | null): void {
  timeoutMs = ms ?? SYNC_TIMEOUT_MS;
}

export function syncWithin(ctx: Excel.RequestContext): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SyncTimeoutError(Math.round(timeoutMs / 1000))), timeoutMs);
    ctx.sync().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
