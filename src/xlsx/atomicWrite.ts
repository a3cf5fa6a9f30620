/** Node only: a file is either the old one or the complete new one, never half written. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

/**
 * Writes `data` to a temporary file in the target's folder (same filesystem, so the rename is
 * atomic), flushes it to disk, then renames it over `target`. The temporary file is removed on failure.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(tmp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(tmp, target);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
