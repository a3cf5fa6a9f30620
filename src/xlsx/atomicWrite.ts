/** Node only: a file is either the old one or the complete new one, never half written. */
import { constants as fsConstants, promises as fs, writeSync } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

/**
 * Test hook (test/hardening/interrupted.test.ts): with `PEG_KILL_POINT=<name>` the process stops
 * at that step of a write, says so on stderr and waits to be killed, so a test kills it at an
 * exact moment instead of polling the disk. Unset, it costs one comparison.
 */
function killPoint(name: string): void {
  if (process.env.PEG_KILL_POINT !== name) return;
  writeSync(2, `PEG_KILL_POINT ${name}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

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
    killPoint('temp-creato');
    await handle.writeFile(data);
    killPoint('temp-scritto');
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(tmp, target);
    killPoint('rinominato');
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** A write refused or failed, with one Italian line naming the user's file (never a temporary path). */
export class WriteFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WriteFailure';
  }
}

function errno(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** A system error while writing `file` → one Italian line. */
export function writeFailureOf(file: string, e: unknown): WriteFailure {
  if (e instanceof WriteFailure) return e;
  const dir = path.dirname(path.resolve(file));
  switch (errno(e)) {
    case 'EACCES':
    case 'EPERM':
      return new WriteFailure(`Impossibile scrivere «${file}»: permesso negato (controlla i permessi del file e della cartella).`, { cause: e });
    case 'EROFS':
      return new WriteFailure(`Impossibile scrivere «${file}»: il disco è di sola lettura.`, { cause: e });
    case 'ENOSPC':
    case 'EDQUOT':
      return new WriteFailure(`Impossibile scrivere «${file}»: spazio su disco esaurito. Libera spazio e riprova.`, { cause: e });
    case 'ENOENT':
    case 'ENOTDIR':
      return new WriteFailure(`Impossibile scrivere «${file}»: la cartella «${dir}» non esiste.`, { cause: e });
    case 'EISDIR':
      return new WriteFailure(`Impossibile scrivere «${file}»: è una cartella.`, { cause: e });
    default:
      return new WriteFailure(`Impossibile scrivere «${file}»: il file non è stato modificato.`, { cause: e });
  }
}

/**
 * A backup that never overwrites one already there: `piano.bak.xlsx`, then `piano.bak-2.xlsx`…
 * The copy is written to a temporary file and hard-linked under the free name (which fails if a
 * concurrent run took it: the next number is tried). Returns the backup's path.
 */
export async function writeNumberedBackup(file: string, data: Uint8Array): Promise<string> {
  const ext = path.extname(file);
  const base = file.slice(0, file.length - ext.length);
  const keepExt = /^\.xls[xm]$/i.test(ext) ? ext : '.xlsx';
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `${tempPrefix(file)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: 'wx' });
    killPoint('copia-scritta');
    for (let n = 1; n < 10_000; n++) {
      const candidate = `${base}.bak${n === 1 ? '' : `-${n}`}${keepExt}`;
      try {
        await fs.link(tmp, candidate);
        killPoint('copia-fatta');
        return candidate;
      } catch (e) {
        if (errno(e) !== 'EEXIST') throw e;
      }
    }
    throw new WriteFailure(`Troppe copie di «${file}»: elimina le copie .bak vecchie e riprova.`);
  } catch (e) {
    throw writeFailureOf(`${base}.bak${keepExt}`, e);
  } finally {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

/**
 * Writes `data` over the existing `file` in place: through a symlink to its target, keeping the
 * file's mode and owner, refusing a read-only file, and refusing (changing nothing) when the file
 * on disk no longer holds `original` (someone saved it while the build ran).
 */
export async function writeInPlace(file: string, original: Uint8Array, data: Uint8Array): Promise<void> {
  let target: string;
  let st: import('fs').Stats;
  try {
    target = await fs.realpath(file);
    st = await fs.stat(target);
  } catch (e) {
    throw writeFailureOf(file, e);
  }
  try {
    // No write permission for anyone counts as read-only even for an administrator who could write it.
    if ((st.mode & 0o222) === 0) throw new Error('read-only');
    await fs.access(target, fsConstants.W_OK);
  } catch {
    throw new WriteFailure(`«${file}» è di sola lettura: non è stato modificato. Togli la protezione o usa -o per scrivere un altro file.`);
  }
  const dir = path.dirname(target);
  await removeStaleTemps(dir, target);
  const tmp = path.join(dir, `${tempPrefix(target)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(tmp, 'wx', st.mode & 0o7777);
    killPoint('temp-creato');
    await handle.writeFile(data);
    killPoint('temp-scritto');
    await handle.chmod(st.mode & 0o7777);
    // Keeping the owner needs privileges; a normal user writing their own file already is the owner.
    await handle.chown(st.uid, st.gid).catch(() => undefined);
    await handle.sync();
    await handle.close();
    handle = null;
    const now = await fs.readFile(target);
    if (!Buffer.from(now.buffer, now.byteOffset, now.byteLength).equals(Buffer.from(original.buffer, original.byteOffset, original.byteLength))) {
      throw new WriteFailure(`«${file}» è stato modificato da un altro programma durante l'elaborazione: non è stato toccato. Chiudilo e riprova.`);
    }
    await fs.rename(tmp, target);
    killPoint('rinominato');
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw writeFailureOf(file, e);
  }
}
