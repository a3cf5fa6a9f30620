/**
 * ExcelJS loses parts of a user's workbook on load/save (found by testing, see
 * test/build/roundtrip.test.ts): defined names that are constants are dropped, names holding a
 * formula are corrupted, sheet-scoped names become global, the `hidden` flag is lost, custom
 * document properties (`docProps/custom.xml`) disappear, and so do the Excel 2010 extensions of a
 * sheet (`<extLst>`: drop-down lists drawn from another sheet, newer conditional formats, sparklines).
 * After ExcelJS has written the new file, this puts them back, verbatim, from the original file.
 */
import JSZip from 'jszip';
import { GENERATED_NAME_PREFIX } from '../../core/plans/types';
import { sheetOfReference } from '../read';

const WORKBOOK = 'xl/workbook.xml';
const CUSTOM = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

interface NameEntry {
  xml: string;
  name: string;
  localSheetId: number | null;
  body: string;
}

function unescapeXml(s: string): string {
  return s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function sheetNames(xml: string): string[] {
  const block = /<sheets>([\s\S]*?)<\/sheets>/.exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
}

function definedNames(xml: string): NameEntry[] {
  const block = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m) => {
    const attrs = m[1];
    const local = /\blocalSheetId="(\d+)"/.exec(attrs);
    return {
      xml: m[0],
      name: unescapeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? ''),
      localSheetId: local ? Number(local[1]) : null,
      body: unescapeXml(m[2] ?? ''),
    };
  });
}

function markedSheets(entries: NameEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    if (!e.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX)) continue;
    const sheet = sheetOfReference(e.body);
    if (sheet) out.add(sheet.toLowerCase());
  }
  return out;
}

/** The definedNames block: the user's names from the original, the tool's from the new file. */
function mergeNames(original: string, written: string): string | null {
  const inSheets = sheetNames(original);
  const outSheets = sheetNames(written);
  const inNames = definedNames(original);
  const outNames = definedNames(written);
  const inGenerated = markedSheets(inNames);
  const outGenerated = markedSheets(outNames);
  const outIndex = new Map(outSheets.map((s, i) => [s.toLowerCase(), i]));
  const entries: string[] = [];
  for (const e of inNames) {
    if (e.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX)) continue;
    if (e.localSheetId === null) {
      entries.push(e.xml);
      continue;
    }
    const sheet = inSheets[e.localSheetId]?.toLowerCase();
    if (sheet === undefined || inGenerated.has(sheet)) continue;
    const idx = outIndex.get(sheet);
    if (idx === undefined) continue;
    entries.push(e.xml.replace(/\blocalSheetId="\d+"/, `localSheetId="${idx}"`));
  }
  for (const e of outNames) {
    const isMarker = e.name.toUpperCase().startsWith(GENERATED_NAME_PREFIX);
    const scope = e.localSheetId !== null ? outSheets[e.localSheetId]?.toLowerCase() : undefined;
    // Markers are hidden names: the user does not see them in the Name Manager.
    if (isMarker) entries.push(/\bhidden=/.test(e.xml) ? e.xml : e.xml.replace('<definedName ', '<definedName hidden="1" '));
    else if (scope !== undefined && outGenerated.has(scope)) entries.push(e.xml);
  }
  if (entries.length === 0) return null;
  return `<definedNames>${entries.join('')}</definedNames>`;
}

function withNames(xml: string, block: string | null): string {
  const stripped = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  if (block === null) return stripped;
  return stripped.replace(/<\/sheets>/, `</sheets>${block}`);
}

async function restoreCustomProperties(original: JSZip, written: JSZip): Promise<void> {
  const custom = original.file(CUSTOM);
  if (!custom || written.file(CUSTOM)) return;
  written.file(CUSTOM, await custom.async('uint8array'));
  const types = written.file('[Content_Types].xml');
  if (types) {
    let xml = await types.async('string');
    if (!xml.includes('/docProps/custom.xml')) {
      xml = xml.replace('</Types>', `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`);
      written.file('[Content_Types].xml', xml);
    }
  }
  const rels = written.file('_rels/.rels');
  if (rels) {
    let xml = await rels.async('string');
    if (!xml.includes(CUSTOM_REL)) {
      xml = xml.replace('</Relationships>', `<Relationship Id="rIdPegCustom" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`);
      written.file('_rels/.rels', xml);
    }
  }
}

/** Sheet name → part path (`xl/worksheets/sheet1.xml`), from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wb = await zip.file(WORKBOOK)?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!wb || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const block = /<sheets>([\s\S]*?)<\/sheets>/.exec(wb)?.[1] ?? '';
  for (const m of block.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(unescapeXml(name).toLowerCase(), target);
  }
  return out;
}

const EXT_LIST = /<extLst>([\s\S]*?)<\/extLst>\s*<\/worksheet>/;

function rootNamespaces(xml: string): Map<string, string> {
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0] ?? '';
  return new Map([...root.matchAll(/\bxmlns:([\w.-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Copies the sheet-level `<ext>` entries of user sheets that ExcelJS did not write. */
async function restoreSheetExtensions(original: JSZip, written: JSZip, generated: Set<string>): Promise<void> {
  const inParts = await sheetParts(original);
  const outParts = await sheetParts(written);
  for (const [sheet, inPath] of inParts) {
    const outPath = outParts.get(sheet);
    if (!outPath || generated.has(sheet)) continue;
    const inXml = await original.file(inPath)?.async('string');
    let outXml = await written.file(outPath)?.async('string');
    if (!inXml || !outXml) continue;
    const ext = EXT_LIST.exec(inXml)?.[1];
    if (!ext) continue;
    const outExt = EXT_LIST.exec(outXml);
    const present = new Set([...(outExt?.[1] ?? '').matchAll(/<ext\b[^>]*\buri="([^"]*)"/g)].map((m) => m[1]));
    const missing = [...ext.matchAll(/<ext\b[^>]*\buri="([^"]*)"[\s\S]*?<\/ext>/g)].filter((m) => !present.has(m[1])).map((m) => m[0]);
    if (missing.length === 0) continue;
    outXml = outExt
      ? outXml.replace(EXT_LIST, `<extLst>${outExt[1]}${missing.join('')}</extLst></worksheet>`)
      : outXml.replace(/<\/worksheet>\s*$/, `<extLst>${missing.join('')}</extLst></worksheet>`);
    // Prefixes the extensions use and the original declared on its root element.
    const declared = rootNamespaces(outXml);
    const extra = [...rootNamespaces(inXml)].filter(([prefix]) => !declared.has(prefix) && missing.some((m) => m.includes(`${prefix}:`)));
    if (extra.length > 0) outXml = outXml.replace(/<worksheet\b/, `<worksheet ${extra.map(([p, u]) => `xmlns:${p}="${u}"`).join(' ')}`);
    written.file(outPath, outXml);
  }
}

/** Parts ExcelJS cannot carry over, by what a user calls them. */
const FRAGILE_PARTS: [RegExp, string][] = [
  [/^xl\/charts\//, 'grafici'],
  [/^xl\/pivotTables\//, 'tabelle pivot'],
  [/^xl\/pivotCache\//, 'tabelle pivot'],
  [/^xl\/slicers\//, 'filtri dei dati (slicer)'],
  [/^xl\/timelines\//, 'sequenze temporali'],
  [/^xl\/threadedComments\//, 'commenti in thread'],
  [/^xl\/vbaProject\.bin$/, 'macro'],
  [/^xl\/media\//, 'immagini'],
  [/^xl\/externalLinks\//, 'collegamenti ad altri file'],
];

/** What the original had and the new file lost (Italian labels), to warn the user. */
export async function lostParts(original: Uint8Array, written: Uint8Array): Promise<string[]> {
  const a = Object.keys((await JSZip.loadAsync(original)).files);
  const b = Object.keys((await JSZip.loadAsync(written)).files);
  const lost = new Set<string>();
  for (const [re, label] of FRAGILE_PARTS) {
    const before = a.filter((n) => re.test(n)).length;
    const after = b.filter((n) => re.test(n)).length;
    if (before > after) lost.add(label);
  }
  return [...lost];
}

/** Puts back what ExcelJS dropped from the original file into the bytes it wrote. */
export async function preserveUserParts(original: Uint8Array, written: Uint8Array): Promise<Uint8Array> {
  const inZip = await JSZip.loadAsync(original);
  const outZip = await JSZip.loadAsync(written);
  const inWb = await inZip.file(WORKBOOK)?.async('string');
  const outWb = await outZip.file(WORKBOOK)?.async('string');
  // Names written with a namespace prefix (`<x:definedName>`) are not parsed here: ExcelJS's own copy stays.
  const readable = inWb !== undefined && (!/definedName/.test(inWb) || /<definedNames>/.test(inWb));
  if (inWb && outWb && readable) outZip.file(WORKBOOK, withNames(outWb, mergeNames(inWb, outWb)));
  await restoreCustomProperties(inZip, outZip);
  const generated = outWb ? markedSheets(definedNames(outWb)) : new Set<string>();
  if (inWb) for (const s of markedSheets(definedNames(inWb))) generated.add(s);
  await restoreSheetExtensions(inZip, outZip, generated);
  return outZip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
