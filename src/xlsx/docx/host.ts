/** The hosts' `readDocument`: a Word document's blocks, failures as HostError (the pane shows the message as is). */
import type { DocBlock } from '../../core/import/blocks';
import { HostError } from '../../host/workbookHost';
import { DocxReadError } from './errors';
import { readDocxBlocks } from './read';

export async function readDocumentForHost(bytes: Uint8Array, fileName: string): Promise<DocBlock[]> {
  try {
    return readDocxBlocks(bytes, fileName);
  } catch (e) {
    if (e instanceof DocxReadError) throw new HostError(e.message, { cause: e });
    throw e;
  }
}
