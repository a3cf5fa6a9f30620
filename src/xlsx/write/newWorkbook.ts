/**
 * Brand-new workbooks (nuovo modello, conversions, imports): the plan is written by the same
 * serializer as `peg build`, onto a minimal package skeleton. No document model, browser-safe.
 */
import { zipSync, strToU8 } from 'fflate';
import type { WorkbookPlan } from '../../core/plans/types';
import { openWorkbookPackage } from '../package/open';
import { editPackage, type EditReport } from './editPackage';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The smallest package Excel opens once it has sheets: workbook, styles, relationships, types. */
function skeleton(): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
    'docProps/app.xml':
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>peg</Application></Properties>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    // Excel's own minimal stylesheet: one font, the two reserved fills, one border, the Normal style.
    'xl/styles.xml':
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>',
  };
  const zipped: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) zipped[name] = strToU8(text);
  // A fixed date: the same plan gives the same bytes.
  return zipSync(zipped, { level: 6, mtime: new Date(1980, 0, 1, 0, 0, 0) });
}

/** `.xlsx` bytes holding the plan's sheets (register sheets stay unmarked: they are the user's). */
export function newWorkbookBytes(plan: WorkbookPlan): { bytes: Uint8Array; report: EditReport } {
  const opened = openWorkbookPackage(skeleton(), 'nuovo modello');
  const { bytes, report } = editPackage(opened, { ...plan, removeSheets: [] }, { rebuilt: [] });
  return { bytes, report };
}
