#!/usr/bin/env node
/*
 * Checks in manifest.xml what the XSD cannot: every resid resolves, every icon exists with the
 * pixel size its use declares, every URL is https, every page has a source, the permission is
 * ReadWriteDocument only; then the official validator's offline checks (office-addin-manifest's
 * parser). `npm run validate` (and test/addin/manifest.test.ts) run it offline.
 * Schema validity is checked separately with xmllint (docs/componente-aggiuntivo.md#manifest-e-convalida).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const DEV_ORIGIN = 'https://localhost:3000/';

/** Pages the manifest may point at → the source webpack builds them from. */
const PAGES = {
  'taskpane.html': 'src/taskpane/taskpane.html',
  'commands.html': 'src/commands/commands.html',
  'aiuto.html': 'assets/aiuto.html',
};

/** Width and height of a PNG, from its IHDR chunk; null when the bytes are not a PNG. */
function pngSize(buf) {
  const sig = '89504e470d0a1a0a';
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== sig) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** Every start tag named `name` (with prefix), as attribute maps. */
function tags(xml, name) {
  const re = new RegExp(`<${name.replace(':', '\\:')}\\b([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => attrs(m[1]));
}

/** A URL the manifest uses → the project file it is served from, or null when not ours. */
function localFile(url, root) {
  if (!url.startsWith(DEV_ORIGIN)) return null;
  const rel = url.slice(DEV_ORIGIN.length);
  if (PAGES[rel]) return path.join(root, PAGES[rel]);
  return path.join(root, rel);
}

/**
 * Returns a list of problems in Italian (empty: all good).
 * @param {string} xml manifest text
 * @param {{ root?: string }} [opts] project root holding assets/ and the page sources
 */
function checkManifest(xml, opts = {}) {
  const root = opts.root ?? ROOT;
  const problems = [];

  const resources = new Map();
  for (const kind of ['bt:Image', 'bt:Url', 'bt:String']) {
    for (const a of tags(xml, kind)) {
      if (a.id) {
        if (resources.has(a.id)) problems.push(`Risorsa duplicata: ${a.id}.`);
        resources.set(a.id, { kind, value: a.DefaultValue });
      }
    }
  }

  const used = new Set();
  for (const m of xml.matchAll(/resid\s*=\s*"([^"]*)"/g)) {
    used.add(m[1]);
    if (!resources.has(m[1])) problems.push(`resid senza risorsa: ${m[1]}.`);
  }
  for (const id of resources.keys()) {
    if (!used.has(id)) problems.push(`Risorsa mai usata: ${id}.`);
  }

  const urls = [...xml.matchAll(/(?:DefaultValue|Value)\s*=\s*"(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) urls.push(m[1].trim());
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`URL non https: ${url}.`);
  }
  for (const url of urls) {
    const file = localFile(url, root);
    if (file && !url.endsWith('/') && !/localhost:3000$/.test(url) && !fs.existsSync(file)) {
      problems.push(`File mancante per ${url} (${path.relative(root, file)}).`);
    }
  }

  const expectSize = (url, size, where) => {
    const file = localFile(url, root);
    if (!file || !fs.existsSync(file)) return;
    const dim = pngSize(fs.readFileSync(file));
    if (!dim) problems.push(`${where}: ${path.relative(root, file)} non è un PNG.`);
    else if (dim.width !== size || dim.height !== size) {
      problems.push(`${where}: ${path.relative(root, file)} è ${dim.width}×${dim.height}, serve ${size}×${size}.`);
    }
  };
  for (const a of tags(xml, 'bt:Image')) {
    if (a.size && a.resid) {
      const res = resources.get(a.resid);
      if (res && res.kind !== 'bt:Image') problems.push(`${a.resid} non è un'immagine.`);
      if (res?.value) expectSize(res.value, Number(a.size), `Icona ${a.resid}`);
    }
  }
  const icon = tags(xml, 'IconUrl')[0];
  if (!icon) problems.push('Manca IconUrl.');
  else expectSize(icon.DefaultValue, 32, 'IconUrl');
  const hiRes = tags(xml, 'HighResolutionIconUrl')[0];
  if (!hiRes) problems.push('Manca HighResolutionIconUrl.');
  else expectSize(hiRes.DefaultValue, 64, 'HighResolutionIconUrl');

  const perms = [...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim());
  if (perms.length !== 1 || perms[0] !== 'ReadWriteDocument') {
    problems.push(`Il permesso deve essere solo ReadWriteDocument (trovato: ${perms.join(', ') || 'nessuno'}).`);
  }
  if (!/<Host\s+Name="Workbook"\s*\/>/.test(xml)) problems.push('Manca <Host Name="Workbook"/>.');
  if (!/<Set\s+Name="ExcelApi"\s+MinVersion="1\.9"\s*\/>/.test(xml)) problems.push('Serve ExcelApi MinVersion 1.9.');
  if (!/<DefaultLocale>it-IT<\/DefaultLocale>/.test(xml)) problems.push('DefaultLocale deve essere it-IT.');
  const id = /<Id>([^<]*)<\/Id>/.exec(xml)?.[1] ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id non è un GUID: ${id}.`);
  return problems;
}

/**
 * The offline part of Microsoft's validator (office-addin-manifest, the package behind the
 * template's `npm run validate`): its parser reads the manifest as Office does, and the facts it
 * reads must be the ones the store requires. Its `validate` command needs Microsoft's online
 * service: `npm run validate:online`.
 * @param {string} file
 * @returns {Promise<string[]>} problems in Italian
 */
async function officialChecks(file) {
  let info;
  try {
    const { OfficeAddinManifest } = require('office-addin-manifest');
    info = await OfficeAddinManifest.readManifestFile(file);
  } catch (err) {
    return [`Il validatore ufficiale (office-addin-manifest) non legge il manifesto: ${String(err.message).split('\n').slice(0, 3).join(' ').trim()}`];
  }
  const problems = [];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? '')) problems.push('Validatore ufficiale: manca un Id GUID.');
  if (!/^\d+(\.\d+){0,3}$/.test(info.version ?? '')) problems.push(`Validatore ufficiale: la versione «${info.version ?? ''}» non è del tipo 1.0.0.0.`);
  if (info.manifestType !== 'xml') problems.push('Validatore ufficiale: il manifesto non è un manifesto XML per componenti aggiuntivi.');
  if (!(info.hosts ?? []).includes('Workbook')) problems.push('Validatore ufficiale: il manifesto non dichiara Excel (Workbook).');
  if (info.permissions !== 'ReadWriteDocument') problems.push(`Validatore ufficiale: permesso «${info.permissions ?? ''}», serve ReadWriteDocument.`);
  if (info.defaultLocale !== 'it-IT') problems.push('Validatore ufficiale: DefaultLocale non è it-IT.');
  if (!/^https:\/\//.test(info.defaultSettings?.sourceLocation ?? '')) problems.push('Validatore ufficiale: SourceLocation deve essere un indirizzo https.');
  for (const [what, v] of [['nome', info.displayName], ['fornitore', info.providerName], ['descrizione', info.description]]) {
    if (!v) problems.push(`Validatore ufficiale: manca il ${what}.`);
  }
  return problems;
}

module.exports = { checkManifest, officialChecks, pngSize };

if (require.main === module) {
  const file = process.argv[2] ?? path.join(ROOT, 'manifest.xml');
  officialChecks(file).then((official) => {
    const problems = [...checkManifest(fs.readFileSync(file, 'utf8')), ...official];
    if (problems.length) {
      for (const p of problems) console.error(`✗ ${p}`);
      process.exit(1);
    }
    console.log(`✓ ${path.relative(process.cwd(), file)}: risorse, icone, URL e permessi in ordine; letto dal validatore ufficiale (controlli offline).`);
  });
}
