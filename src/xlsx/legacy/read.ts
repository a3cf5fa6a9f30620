/** Placeholder until the SheetJS reader lands: legacy formats keep their old messages. */
import type { WorkbookGrid } from '../../core/grid';
import { WorkbookReadError } from '../errors';
import { sniffContainer } from '../sniff';

export async function readLegacyGrid(bytes: Uint8Array, name: string): Promise<WorkbookGrid> {
  throw new WorkbookReadError(sniffContainer(bytes) === 'ods' ? 'ods' : 'xls', name);
}
