/** Node only: reads a workbook from a path, refusing what cannot be read before loading it. */
import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../core/grid';
import { MAX_WORKBOOK_BYTES, WorkbookReadError } from './errors';
import { readWorkbookGrid } from './read';

function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** Reads a file's bytes with the same checks (exists, is a file, size) and Italian errors. */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  let size: number;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new WorkbookReadError('cartella', path);
    size = st.size;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = errnoOf(e);
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookReadError('permesso', path, { cause: e });
    throw new WorkbookReadError('mancante', path, { cause: e });
  }
  if (size > MAX_WORKBOOK_BYTES) throw new WorkbookReadError('troppo-grande', path, { size });
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = errnoOf(e);
    throw new WorkbookReadError(code === 'ENOENT' ? 'mancante' : 'permesso', path, { cause: e });
  }
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(await readWorkbookBytes(path), { name: path });
}
