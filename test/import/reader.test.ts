/** Files that are not a .docx get a message that says what to do; the CLI shows it on one line. */
import { strToU8, zipSync } from 'fflate';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { DocxReadError, readDocxBlocks } from '../../src/xlsx/docx';
import { hasStackTrace, runPegInProcess } from '../helpers/cli';

const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const PDF = strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');

async function failure(bytes: Uint8Array): Promise<DocxReadError> {
  try {
    await readDocxBlocks(bytes, 'piano');
  } catch (e) {
    if (e instanceof DocxReadError) return e;
    throw e;
  }
  throw new Error('read without error');
}

test.each([
  ['Word 97 (.doc)', OLE, 'doc', 'vecchio formato Word 97-2003'],
  ['PDF', PDF, 'pdf', 'è un PDF'],
  ['a workbook, not a document', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), 'non-docx', 'non è un documento di Word'],
  ['an empty file', new Uint8Array(0), 'vuoto', 'è vuoto'],
  ['a damaged document', zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') }), 'danneggiato', 'danneggiato'],
])('%s', async (_what, bytes, reason, words) => {
  const e = await failure(bytes);
  expect(e.reason).toBe(reason);
  expect(e.message).toContain(words);
  if (reason === 'doc' || reason === 'pdf') expect(e.message).toContain('salva il documento come .docx da Word o LibreOffice');
});

test('peg import of a .doc: one Italian line, exit 1, nothing written', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'peg-import-doc-'));
  try {
    const file = path.join(dir, 'obiettivi.doc');
    writeFileSync(file, OLE);
    const r = await runPegInProcess(['import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('salva il documento come .docx');
    expect(hasStackTrace(r.stderr)).toBe(false);
    const missing = await runPegInProcess(['import', path.join(dir, 'assente.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('non esiste');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
