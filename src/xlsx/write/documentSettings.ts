/**
 * Add-in document settings written into a package, as Office stores them
 * (`Office.context.document.settings`): our add-in's `xl/webextensions/webextensionN.xml`, one
 * `<we:property name value>` per setting with JSON text as value, reached from the package through
 * `xl/webextensions/taskpanes.xml`. Settings chosen in the standalone page so travel with the
 * downloaded file and the add-in finds them when the file is opened in Excel.
 *
 * Only our add-in's part is written (created when absent); another add-in's parts, and every
 * other part, stay byte for byte.
 */
import { CONTENT_TYPES_PART } from '../package/contentTypes';
import { openWorkbookPackage } from '../package/open';
import { relsPartOf } from '../package/paths';
import { readRelationships, relKind } from '../package/rels';
import { readDocumentSettings } from '../package/settings';
import { xmlAttr } from './escape';
import { ListPart } from './listPart';
import { applySplices, spansOf } from './spans';
import { PackageWriter, deflateText, type DeflatedPart } from './zipWriter';

/** The add-in's `<Id>` in manifest.xml (a test keeps them equal). */
export const ADDIN_ID = '5fe4ef6a-6b11-443e-8ed7-600c88cd04b6';
export const ADDIN_VERSION = '0.1.0.0';

const NS_WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const NS_WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TASKPANES = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const REL_WEBEXT = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
const CT_WEBEXT = 'application/vnd.ms-office.webextension+xml';
const CT_TASKPANES = 'application/vnd.ms-office.webextensiontaskpanes+xml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

function property(key: string, json: string): string {
  return `<we:property name="${xmlAttr(key)}" value="${xmlAttr(json)}"/>`;
}

/** A GUID derived from nothing random: the same input gives the same file. */
const WEBEXT_GUID = '{5FE4EF6A-6B11-443E-8ED7-600C88CD04B6}';

function webExtensionXml(key: string, json: string): string {
  return (
    `${HEAD}<we:webextension xmlns:we="${NS_WE}" id="${WEBEXT_GUID}">` +
    `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${property(key, json)}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${NS_R}"/></we:webextension>`
  );
}

function taskpane(rId: string): string {
  return `<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${NS_R}" r:id="${rId}"/></wetp:taskpane>`;
}

function freeId(ids: Set<string>): string {
  for (let n = 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}

/** Sets one setting (`key` → `value` as JSON) in the workbook's bytes; returns the new bytes. */
export function writeDocumentSettings(bytes: Uint8Array, key: string, value: unknown, name = 'cartella di lavoro'): Uint8Array {
  const { pkg } = openWorkbookPackage(bytes, name);
  const json = JSON.stringify(value ?? null);
  const changed = new Map<string, DeflatedPart>();
  const added: { name: string; data: DeflatedPart }[] = [];

  const ours = readDocumentSettings(pkg).find((s) => s.referenceId?.toLowerCase() === ADDIN_ID);
  if (ours) {
    // Splice our property into the existing part.
    const xml = pkg.text(ours.part) ?? '';
    const spans = spansOf(xml, 2);
    const props = spans.find((s) => s.depth === 1 && s.local === 'properties');
    const existing = spans.find((s) => s.depth === 2 && s.local === 'property' && s.parent === props && s.attrs.name === key);
    const prefix = props?.prefix ? `${props.prefix}:` : '';
    const text = property(key, json).replace(/^<we:property/, `<${prefix}property`);
    let next: string;
    if (existing) next = applySplices(xml, [{ from: existing.start, to: existing.end, text }]);
    else if (props && props.selfClosing) next = applySplices(xml, [{ from: props.start, to: props.end, text: `<${props.name}>${text}</${props.name}>` }]);
    else if (props) next = applySplices(xml, [{ from: props.closeStart, to: props.closeStart, text }]);
    else {
      const root = spans.find((s) => s.depth === 0)!;
      next = applySplices(xml, [{ from: root.closeStart, to: root.closeStart, text: `<${prefix}properties>${text}</${prefix}properties>` }]);
    }
    changed.set(ours.part.toLowerCase(), deflateText(next));
  } else {
    // A new webextension part, hung on the task panes part (created when absent).
    const taken = new Set(pkg.parts().map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(`xl/webextensions/webextension${n}.xml`)) n++;
    const part = `xl/webextensions/webextension${n}.xml`;
    added.push({ name: part, data: deflateText(webExtensionXml(key, json)) });
    const types = new ListPart(pkg.text(CONTENT_TYPES_PART) ?? '');
    types.append(`<Override PartName="/${part}" ContentType="${CT_WEBEXT}"/>`);
    const rootRels = readRelationships(pkg, '');
    const panesRel = rootRels.find((r) => !r.external && relKind(r.type) === 'webextensiontaskpanes' && pkg.has(r.target));
    if (panesRel) {
      const panesXml = pkg.text(panesRel.target) ?? '';
      const panesRelsPart = relsPartOf(panesRel.target);
      const inner = readRelationships(pkg, panesRel.target);
      const rId = freeId(new Set(inner.map((r) => r.id)));
      const target = `webextension${n}.xml`;
      const relsText = pkg.text(panesRelsPart);
      const rels = new ListPart(relsText ?? `${HEAD}${RELS}</Relationships>`);
      rels.append(`<Relationship Id="${rId}" Type="${REL_WEBEXT}" Target="${target}"/>`);
      (relsText === null ? added : []).push({ name: panesRelsPart, data: deflateText(rels.text()) });
      if (relsText !== null) changed.set(panesRelsPart.toLowerCase(), deflateText(rels.text()));
      const root = spansOf(panesXml, 0)[0];
      const prefix = root.prefix ? `${root.prefix}:` : '';
      const pane = taskpane(rId).replace(/wetp:/g, prefix);
      changed.set(panesRel.target.toLowerCase(), deflateText(applySplices(panesXml, [{ from: root.closeStart, to: root.closeStart, text: pane }])));
    } else {
      const panesPart = 'xl/webextensions/taskpanes.xml';
      added.push({ name: panesPart, data: deflateText(`${HEAD}<wetp:taskpanes xmlns:wetp="${NS_WETP}">${taskpane('rId1')}</wetp:taskpanes>`) });
      added.push({ name: relsPartOf(panesPart), data: deflateText(`${HEAD}${RELS}<Relationship Id="rId1" Type="${REL_WEBEXT}" Target="webextension${n}.xml"/></Relationships>`) });
      types.append(`<Override PartName="/${panesPart}" ContentType="${CT_TASKPANES}"/>`);
      const pkgRels = new ListPart(pkg.text('_rels/.rels') ?? `${HEAD}${RELS}</Relationships>`);
      pkgRels.append(`<Relationship Id="${freeId(new Set(rootRels.map((r) => r.id)))}" Type="${REL_TASKPANES}" Target="${panesPart}"/>`);
      changed.set('_rels/.rels', deflateText(pkgRels.text()));
    }
    changed.set(CONTENT_TYPES_PART.toLowerCase(), deflateText(types.text()));
  }

  const writer = new PackageWriter();
  for (const entry of pkg.zipEntries()) {
    const edit = changed.get(entry.name.replace(/^\/+/, '').toLowerCase());
    if (edit) writer.add(entry.name, edit);
    else {
      const raw = pkg.raw(entry.name);
      if (raw) writer.copy(raw);
      else if (entry.name.endsWith('/')) writer.folder(entry.name);
    }
  }
  for (const a of added) writer.add(a.name, a.data);
  return writer.finish();
}
