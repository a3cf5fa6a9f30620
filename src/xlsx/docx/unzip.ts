/**
 * The one place the Word reader opens a zip: fflate, behind the same zip-bomb limits as
 * workbooks (zipLimits.ts). The package layer (src/xlsx/package) had no zip opener yet when this
 * was written; when it has one, this function is the only thing to replace.
 */
import { unzipSync } from 'fflate';
import { checkZipLimits } from '../zipLimits';
import { DocxReadError } from './errors';

const decoder = new TextDecoder('utf-8');

/** The text of the wanted parts (names without a leading slash); absent parts are left out. */
export async function readZipTexts(bytes: Uint8Array, wanted: (name: string) => boolean, fileName: string): Promise<Map<string, string>> {
  const verdict = await checkZipLimits(bytes);
  if (!verdict.ok) throw new DocxReadError(verdict.problem === 'illeggibile' ? 'danneggiato' : 'troppo-grande', fileName);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted(f.name.replace(/^\/+/, '')) });
  } catch (cause) {
    throw new DocxReadError('danneggiato', fileName, { cause });
  }
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name.replace(/^\/+/, ''), decoder.decode(data));
  return out;
}
