/** Node only: a file is either the old one or the complete new one, never half written. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

function tempPrefix(target: string): string {
  return `.${path.basename(target)}.`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A write killed before its rename (power cut, SIGKILL, Ctrl+C twice) leaves its hidden temporary
 * file behind; the next write to the same target removes those whose process is gone. Files of a
 * live process (another `peg` writing the same file) are left alone.
 */
async function removeStaleTemps(dir: string, target: string): Promise<void> {
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

/**
 * Writes `data` to a temporary file in the target's folder (same filesystem, so the rename is
 * atomic), flushes it to disk, then renames it over `target`. The temporary file is removed on failure.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await removeStaleTemps(dir, target);
  const tmp = path.join(dir, `${tempPrefix(target)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
