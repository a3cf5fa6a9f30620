/**
 * Part names inside an OPC package. Zip entries carry no leading slash; relationship targets are
 * relative to the source part's folder or absolute from the package root (openpyxl writes
 * `/xl/comments/comment1.xml`). Part names compare case-insensitively (OPC).
 */

/** `/xl/workbook.xml` or `xl\workbook.xml` → `xl/workbook.xml`. */
export function normalizePart(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** The folder of a part (`xl/worksheets/sheet1.xml` → `xl/worksheets`), `` for a root part. */
export function folderOf(part: string): string {
  const p = normalizePart(part);
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; package → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const p = normalizePart(part);
  if (p === '') return '_rels/.rels';
  const dir = folderOf(p);
  const file = p.slice(dir.length === 0 ? 0 : dir.length + 1);
  return `${dir ? `${dir}/` : ''}_rels/${file}.rels`;
}

/** Resolves a relationship target against its source part (`` for the package). */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  let decoded = t;
  try {
    decoded = decodeURIComponent(t);
  } catch {
    // A stray `%` is kept as written.
  }
  const base = decoded.startsWith('/') ? [] : folderOf(sourcePart).split('/').filter(Boolean);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** A part's extension, lower case, without the dot (`xml`, `rels`, `png`). */
export function extensionOf(part: string): string {
  const p = normalizePart(part);
  const slash = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  return dot > slash ? p.slice(dot + 1).toLowerCase() : '';
}
