/**
 * Which bytes are a legacy spreadsheet (`.xls` BIFF in an OLE file, or OpenDocument `.ods`),
 * read through `legacy/read.ts` instead of the package reader. A password-protected OLE file is
 * not legacy: it is an encrypted `.xlsx`, refused with its own message.
 */
import { sniffContainer } from '../sniff';

export function isLegacyFormat(bytes: Uint8Array): boolean {
  const kind = sniffContainer(bytes);
  return kind === 'ole' || kind === 'ods';
}
