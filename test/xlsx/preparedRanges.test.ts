/**
 * The file reader finds the columns a user prepared without values: data validations and
 * conditional formats, classic (`sqref` attribute) and x14 in `<extLst>` (an `<xm:sqref>` element,
 * as Excel writes rules that refer to other sheets), and the cells x14 sparklines are drawn in. A hand-made package, so each spelling is
 * exactly the one under test.
 */
import { strToU8, zipSync } from 'fflate';
import { readWorkbookGrid } from '../../src/xlsx/read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function packageWith(sheetXml: string): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Obiettivi" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const DATA = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Anno</t></is></c><c r="B1" t="inlineStr"><is><t>Obiettivo</t></is></c></row></sheetData>';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

function sheet(afterData: string, extLst = ''): string {
  return `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x14="${X14}" xmlns:xm="${XM}">` +
    `<sheetViews><sheetView workbookViewId="0"><selection activeCell="Z9" sqref="Z9"/></sheetView></sheetViews>${DATA}${afterData}` +
    (extLst ? `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">${extLst}</ext></extLst>` : '') +
    '</worksheet>';
}

async function reserved(xml: string): Promise<number | undefined> {
  const grid = await readWorkbookGrid(packageWith(xml), { name: 'prova.xlsx' });
  return grid.sheets[0].reservedColumns;
}

describe('columns prepared without values, in the file', () => {
  it('none: no reservedColumns (a selection elsewhere is not a rule)', async () => {
    expect(await reserved(sheet(''))).toBeUndefined();
  });

  it('classic data validation and conditional format: the last column of their sqrefs', async () => {
    const dv = '<dataValidations count="1"><dataValidation type="decimal" operator="greaterThan" sqref="D2:D5 F7"><formula1>0.5</formula1></dataValidation></dataValidations>';
    expect(await reserved(sheet(dv))).toBe(6);
    const cf = '<conditionalFormatting sqref="G2:G9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>';
    expect(await reserved(sheet(cf))).toBe(7);
    expect(await reserved(sheet(cf + dv))).toBe(7);
  });

  it('x14 validation and conditional format in extLst: their <xm:sqref>', async () => {
    const dv =
      '<x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Elenchi!$A$1:$A$3</xm:f></x14:formula1>' +
      '<xm:sqref>H2:H40</xm:sqref></x14:dataValidation></x14:dataValidations>';
    expect(await reserved(sheet('', dv))).toBe(8);
    const cf =
      '<x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="expression" priority="1" id="{00000000-0000-0000-0000-000000000001}">' +
      '<xm:f>Elenchi!$A$1&gt;0</xm:f><x14:dxf/></x14:cfRule><xm:sqref>K3 J2:J4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>';
    expect(await reserved(sheet('', cf))).toBe(11);
  });

  it('an x14 sparkline is drawn in its <xm:sqref> cell: that column is taken too (its data range is not)', async () => {
    const spark =
      '<x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Obiettivi!A2:Z2</xm:f><xm:sqref>T2</xm:sqref></x14:sparkline>' +
      '</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>';
    expect(await reserved(sheet('', spark))).toBe(20);
  });

  it('a rule over whole rows reserves nothing', async () => {
    const rows = '<conditionalFormatting sqref="2:3"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>';
    expect(await reserved(sheet(rows))).toBeUndefined();
  });
});
