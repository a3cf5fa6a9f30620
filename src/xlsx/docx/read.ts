/**
 * Reading a `.docx` into blocks, from bytes (no `fs`: the standalone page and the add-in use it
 * too). Word 97 files and PDFs are recognised from their first bytes and refused with a message
 * that says what to do.
 */
import { SaxesParser } from 'saxes';
import type { DocBlock } from '../../core/import/blocks';
import { sniffContainer } from '../sniff';
import { parseDocumentXml } from './document';
import { DocxReadError } from './errors';
import { readZipTexts } from './unzip';

const PDF_MAGIC = '%PDF-';
const OFFICE_DOCUMENT = /\/officeDocument$/;

function isPdf(bytes: Uint8Array): boolean {
  // A PDF may have a few bytes of junk before the header; look in the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

/** The main document part named by the package relationships (`word/document.xml` nearly always). */
function mainPart(rels: string | undefined): string {
  if (rels === undefined) return 'word/document.xml';
  let found: string | null = null;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (found !== null || tag.local !== 'Relationship') return;
    const type = Object.values(tag.attributes).find((a) => a.local === 'Type')?.value ?? '';
    const target = Object.values(tag.attributes).find((a) => a.local === 'Target')?.value ?? '';
    if (OFFICE_DOCUMENT.test(type) && target !== '') found = target.replace(/^\/+/, '');
  });
  parser.write(rels).close();
  return found ?? 'word/document.xml';
}

/** The blocks of a `.docx`; throws DocxReadError with an Italian message when it cannot. */
export async function readDocxBlocks(input: Uint8Array | ArrayBuffer, fileName: string): Promise<DocBlock[]> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const container = sniffContainer(bytes);
  if (container === 'vuoto') throw new DocxReadError('vuoto', fileName);
  if (container === 'ole') throw new DocxReadError('doc', fileName);
  if (container === 'ole-protetto') throw new DocxReadError('protetto', fileName);
  if (container !== 'zip') throw new DocxReadError(isPdf(bytes) ? 'pdf' : 'non-docx', fileName);
  // The relationships and the XML parts directly under word/ (the main part is one of them).
  const texts = await readZipTexts(bytes, (n) => n === '_rels/.rels' || /^word\/[^/]+\.xml$/i.test(n), fileName);
  let part: string;
  try {
    part = mainPart(texts.get('_rels/.rels'));
  } catch (cause) {
    throw new DocxReadError('danneggiato', fileName, { cause });
  }
  const xml = texts.get(part) ?? [...texts.entries()].find(([n]) => n.toLowerCase() === part.toLowerCase())?.[1];
  if (xml === undefined) throw new DocxReadError('non-docx', fileName);
  try {
    return parseDocumentXml(xml);
  } catch (cause) {
    throw new DocxReadError('danneggiato', fileName, { cause });
  }
}
