/**
 * `context.sync()` with a deadline (written `deadline(context.sync())`, so the Office add-ins lint
 * still sees the sync): Excel may wait for the user to leave a cell (delayForCellEdit)
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

/** `await deadline(context.sync())`: the sync, or a SyncTimeoutError when it does not answer. */
export function deadline(sync: Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SyncTimeoutError(Math.round(timeoutMs / 1000))), timeoutMs);
    sync.then(
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
