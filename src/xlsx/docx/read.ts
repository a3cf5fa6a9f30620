/**
 * Reading a `.docx` into blocks, from bytes (no `fs`: the standalone page and the add-in use it
 * too). The zip is opened by the package layer (its limits against zip bombs apply); Word 97
 * files and PDFs are recognised from their first bytes and refused with a message that says what
 * to do.
 */
import type { DocBlock } from '../../core/import/blocks';
import { WorkbookReadError } from '../errors';
import { openZip, readRelationships, relOfKind, type ZipPackage } from '../package';
import { sniffContainer } from '../sniff';
import { parseDocumentXml } from './document';
import { DocxReadError } from './errors';

const PDF_MAGIC = '%PDF-';

function isPdf(bytes: Uint8Array): boolean {
  // A PDF may have a few bytes of junk before the header; look in the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

/** The package layer's errors speak of workbooks: said again for a document. */
function asDocxError(e: unknown, fileName: string): unknown {
  if (!(e instanceof WorkbookReadError)) return e;
  const tooBig = e.reason === 'troppi-elementi' || e.reason === 'troppo-decompresso' || e.reason === 'troppo-grande';
  return new DocxReadError(tooBig ? 'troppo-grande' : 'danneggiato', fileName, { cause: e });
}

/** The main document part named by the package relationships (`word/document.xml` nearly always). */
function mainPart(pkg: ZipPackage): string {
  const rel = relOfKind(readRelationships(pkg, ''), 'officeDocument');
  return rel && !rel.external ? rel.target : 'word/document.xml';
}

/** The blocks of a `.docx`; throws DocxReadError with an Italian message when it cannot. */
export function readDocxBlocks(input: Uint8Array | ArrayBuffer, fileName: string): DocBlock[] {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const container = sniffContainer(bytes);
  if (container === 'vuoto') throw new DocxReadError('vuoto', fileName);
  if (container === 'ole') throw new DocxReadError('doc', fileName);
  if (container === 'ole-protetto') throw new DocxReadError('protetto', fileName);
  if (container !== 'zip') throw new DocxReadError(isPdf(bytes) ? 'pdf' : 'non-docx', fileName);
  try {
    const pkg = openZip(bytes, fileName);
    const xml = pkg.text(mainPart(pkg));
    if (xml === null) throw new DocxReadError('non-docx', fileName);
    return parseDocumentXml(xml);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    const converted = asDocxError(e, fileName);
    if (converted !== e) throw converted;
    throw new DocxReadError('danneggiato', fileName, { cause: e });
  }
}
