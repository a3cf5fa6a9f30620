/**
 * ExcelJS round-trip faults found while building this feature, and the proof that a build
 * no longer suffers them:
 *  - defined names holding a constant were dropped, names holding a formula corrupted
 *    (`'SUM(Obiettivi'!$H$2:$H$15`), sheet-scoped names made global, `hidden` lost;
 *  - custom document properties (`docProps/custom.xml`) dropped;
 *  - tables without a style (as LibreOffice saves them) crashed ExcelJS on save;
 *  - a sheet's Excel 2010 extensions (`<extLst>`: drop-downs drawn from another sheet) dropped.
 * What ExcelJS still does not keep is listed in the report (images, charts, pivot tables, macros).
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbookBytes } from '../../src/xlsx/write/build';
import { buildCaluso } from './caluso';
import { loadBytes } from './snapshot';

const CUSTOM_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Protocollo"><vt:lpwstr>2021/27</vt:lpwstr></property></Properties>';

const USER_NAMES =
  '<definedName name="Aliquota">0.5</definedName>' +
  '<definedName name="Totale">SUM(Obiettivi!$H$2:$H$15)</definedName>' +
  '<definedName name="Locale" localSheetId="1">Fasi!$A$1</definedName>' +
  '<definedName name="Lista" hidden="1">Obiettivi!$B$2:$B$15</definedName>';

const X14_LIST =
  '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Impostazioni!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>C2:C20</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';

/** A Caluso-like file with what ExcelJS cannot write itself, injected into its XML. */
async function awkwardFile(): Promise<Uint8Array> {
  const wb = buildCaluso({ userFeatures: true });
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  let xml = await zip.file('xl/workbook.xml')!.async('string');
  xml = xml.replace('</definedNames>', `${USER_NAMES}</definedNames>`);
  zip.file('xl/workbook.xml', xml);
  zip.file('docProps/custom.xml', CUSTOM_XML);
  const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', sheet1.replace('</worksheet>', `<extLst>${X14_LIST}</extLst></worksheet>`));
  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>');
  zip.file('[Content_Types].xml', types);
  let rels = await zip.file('_rels/.rels')!.async('string');
  rels = rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>');
  zip.file('_rels/.rels', rels);
  // LibreOffice writes tables without <tableStyleInfo>.
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const t = await zip.file(name)!.async('string');
    zip.file(name, t.replace(/<tableStyleInfo[^>]*\/>/, ''));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
}

test('user defined names, custom properties and unstyled tables survive a build verbatim', async () => {
  const input = await awkwardFile();
  const built = await buildWorkbookBytes(input);
  const xml = await workbookXml(built.bytes);
  for (const n of USER_NAMES.match(/<definedName[\s\S]*?<\/definedName>/g)!) expect(xml).toContain(n);
  expect(xml).toContain('<definedName name="Pesi">Obiettivi!$H$2:$H$15</definedName>');
  // Markers: one per generated sheet, hidden.
  expect(xml.match(/<definedName name="_PEG_GEN_\d+_[a-z]+_\d+_[0-9A-F]+" hidden="1">/g)).toHaveLength(built.applied.created.length);
  const zip = await JSZip.loadAsync(built.bytes);
  expect(await zip.file('docProps/custom.xml')!.async('string')).toBe(CUSTOM_XML);
  expect(await zip.file('_rels/.rels')!.async('string')).toContain('custom-properties');
  const sheets = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
  expect(sheets.filter((x) => x.includes(X14_LIST))).toHaveLength(1);
  // Still a workbook ExcelJS (and the next build) can read, with the table in place.
  const wb = await loadBytes(built.bytes);
  expect(Object.keys((wb.getWorksheet('Note del Nucleo') as unknown as { tables: object }).tables)).toEqual(['tblNote']);
});

test('building the built file again keeps the names once, not twice', async () => {
  const once = await buildWorkbookBytes(await awkwardFile());
  const twice = await buildWorkbookBytes(once.bytes);
  const a = await workbookXml(once.bytes);
  const b = await workbookXml(twice.bytes);
  const names = (x: string) => x.match(/<definedName[\s\S]*?<\/definedName>/g)!.sort();
  expect(names(b)).toEqual(names(a));
});

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('images and charts on user sheets are kept byte for byte', async () => {
  const wb = buildCaluso({});
  const id = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  wb.getWorksheet('Obiettivi')!.addImage(id, { tl: { col: 11, row: 1 }, ext: { width: 20, height: 20 } });
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const built = await buildWorkbookBytes(await zip.generateAsync({ type: 'uint8array' }));
  const out = await JSZip.loadAsync(built.bytes);
  expect(Object.keys(out.files).some((n) => n.startsWith('xl/media/'))).toBe(true);
  expect(await out.file('xl/charts/chart1.xml')!.async('string')).toBe('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
});
