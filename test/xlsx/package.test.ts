/** The package primitives on real files: the bundled sample (written by ExcelJS) and hand-made zips. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import {
  contentTypeOf,
  documentSetting,
  openZip,
  readContentTypes,
  readDocumentSettings,
  readRelationships,
  readWorkbookInfo,
  relsPartOf,
  resolveTarget,
} from '../../src/xlsx/package';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'esempio-piano.xlsx');

describe('paths', () => {
  it('resolves relative and absolute targets', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml')).toBe('xl/comments/comment1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relsPartOf('xl/worksheets/sheet2.xml')).toBe('xl/worksheets/_rels/sheet2.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
  });
});

describe('the sample workbook', () => {
  const pkg = openZip(new Uint8Array(readFileSync(SAMPLE)), 'esempio-piano.xlsx');
  it('lists parts, reads text and keeps the stored bytes', () => {
    expect(pkg.parts()).toContain('xl/workbook.xml');
    expect(pkg.text('/XL/Workbook.xml')).toMatch(/<workbook/);
    const raw = pkg.raw('xl/workbook.xml')!;
    expect(raw.method).toBe(8);
    expect(raw.data.length).toBe(raw.compressedSize);
  });
  it('reads the sheet list with parts resolved', () => {
    const wb = readWorkbookInfo(pkg);
    expect(wb.part).toBe('xl/workbook.xml');
    expect(wb.sheets.map((s) => s.name)).toContain('Obiettivi');
    for (const s of wb.sheets) {
      expect(s.part && pkg.has(s.part)).toBeTruthy();
      expect(wb.xml.slice(s.span.start, s.span.end)).toMatch(/^<sheet\b[\s\S]*\/>$/);
    }
    const types = readContentTypes(pkg);
    expect(contentTypeOf(types, wb.sheets[0].part!)).toMatch(/worksheet\+xml$/);
  });
});

function zip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const STRICT_WB = `<?xml version="1.0"?>
<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:x="http://purl.oclc.org/ooxml/officeDocument/relationships">
<workbookPr date1904="true"/><fileSharing readOnlyRecommended="1" userName="u" algorithmName="SHA-512" hashValue="x" saltValue="y" spinCount="100000"/>
<workbookProtection lockStructure="1"/>
<sheets><sheet name="A &amp; B" sheetId="3" x:id="r1"/><sheet name="Nascosto" sheetId="4" state="veryHidden" x:id="r2"/></sheets>
<definedNames><definedName name="_PEG_GEN_1" hidden="1">'A &amp; B'!$A$1</definedName><definedName name="Area" localSheetId="1">Nascosto!$A$1:$B$2</definedName></definedNames>
</workbook>`;

describe('a hand-made Strict package with absolute targets', () => {
  const pkg = openZip(
    zip({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/book.xml" ContentType="wb"/></Types>',
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/xl/book.xml"/></Relationships>',
      'xl/book.xml': STRICT_WB,
      'xl/_rels/book.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="/xl/fogli/uno.xml"/><Relationship Id="r2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="fogli/due.xml"/><Relationship Id="r3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink" Target="https://example.org/a b" TargetMode="External"/></Relationships>',
      'xl/fogli/uno.xml': '<worksheet/>',
      'xl/fogli/due.xml': '<worksheet/>',
    }),
    'strict.xlsx',
  );
  const wb = readWorkbookInfo(pkg);
  it('finds the workbook through the officeDocument relationship', () => {
    expect(wb.part).toBe('xl/book.xml');
    expect(wb.strict).toBe(true);
    expect(wb.date1904).toBe(true);
    expect(wb.workbookProtection).toBe(true);
    expect(wb.fileSharing).toBe(true);
  });
  it('reads sheets, states and defined names', () => {
    expect(wb.sheets.map((s) => [s.name, s.sheetId, s.part, s.state])).toEqual([
      ['A & B', 3, 'xl/fogli/uno.xml', 'visible'],
      ['Nascosto', 4, 'xl/fogli/due.xml', 'veryHidden'],
    ]);
    expect(wb.definedNames.map((d) => [d.name, d.localSheetId, d.hidden, d.text])).toEqual([
      ['_PEG_GEN_1', undefined, true, "'A & B'!$A$1"],
      ['Area', 1, false, 'Nascosto!$A$1:$B$2'],
    ]);
    const names = wb.elements.get('definedNames')!;
    expect(wb.xml.slice(names.start, names.end)).toMatch(/^<definedNames>[\s\S]*<\/definedNames>$/);
  });
  it('keeps external targets as written', () => {
    const ext = readRelationships(pkg, 'xl/book.xml').find((r) => r.external)!;
    expect(ext.target).toBe('https://example.org/a b');
  });
});

describe('add-in document settings', () => {
  it('reads the properties of the task pane add-in, JSON-decoded', () => {
    const value = JSON.stringify({ 'Soglia di raggiungimento': '60%' });
    const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const pkg = openZip(
      zip({
        '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
        'xl/webextensions/taskpanes.xml': '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
        'xl/webextensions/_rels/taskpanes.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension7.xml"/></Relationships>',
        'xl/webextensions/webextension7.xml': `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="abc" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="peg.impostazioni" value="${escaped}"/></we:properties></we:webextension>`,
      }),
      'addin.xlsx',
    );
    const settings = readDocumentSettings(pkg);
    expect(settings.map((s) => [s.part, s.referenceId])).toEqual([['xl/webextensions/webextension7.xml', 'abc']]);
    expect(documentSetting(settings, 'peg.impostazioni')).toEqual({ 'Soglia di raggiungimento': '60%' });
  });
});
