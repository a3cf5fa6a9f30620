/** Node only: reads a workbook from a path, refusing what cannot be read before loading it. */
import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../core/grid';
import { MAX_WORKBOOK_BYTES, WorkbookReadError } from './errors';
import { readWorkbookGrid } from './read';
import { excelLockFileOf } from './sniff';

function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/**
 * Reads a file's bytes after the checks that need no reading: it exists, it is a regular file
 * (a folder, a FIFO or `/dev/zero` would block or never end), it is not Excel's `~$` owner file,
 * it is not too big. Errors are Italian `WorkbookReadError`s naming the file.
 */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  let size: number;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new WorkbookReadError('cartella', path);
    if (!st.isFile()) throw new WorkbookReadError('speciale', path);
    size = st.size;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = errnoOf(e);
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookReadError('permesso', path, { cause: e });
    throw new WorkbookReadError('mancante', path, { cause: e });
  }
  if (excelLockFileOf(path) !== null) throw new WorkbookReadError('blocco', path);
  if (size > MAX_WORKBOOK_BYTES) throw new WorkbookReadError('troppo-grande', path, { size });
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'EISDIR') throw new WorkbookReadError('cartella', path, { cause: e });
    throw new WorkbookReadError(code === 'ENOENT' ? 'mancante' : 'permesso', path, { cause: e });
  }
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(await readWorkbookBytes(path), { name: path });
}
