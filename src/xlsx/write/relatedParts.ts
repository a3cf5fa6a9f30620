/**
 * The parts that belong to a generated sheet the tool replaces or removes: what its relationships
 * point at (notes a user added there, their VML, drawings, the drawings' images and charts…),
 * followed through their own relationships, unless a part the package keeps still points at them
 * (an image shared with a user sheet's drawing stays). Without this they would stay in the zip,
 * listed in the content types but unreferenced.
 */
import type { ZipPackage } from '../package/zip';
import { normalizePart } from '../package/paths';
import { readRelationships } from '../package/rels';

const RELS = /^(.*?)_rels\/([^/]*)\.rels$/i;

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; `_rels/.rels` → ''. */
function sourceOf(relsPart: string): string | null {
  const m = RELS.exec(relsPart);
  if (!m) return null;
  return `${m[1]}${m[2]}`;
}

function internalTargets(pkg: ZipPackage, source: string): string[] {
  return readRelationships(pkg, source)
    .filter((r) => !r.external)
    .map((r) => normalizePart(r.target))
    .filter((t) => pkg.has(t));
}

/** Parts (lower-case names) reachable from `sheets` and from nothing the package keeps. */
export function partsOnlyOf(pkg: ZipPackage, sheets: readonly string[]): Set<string> {
  const gone = new Set(sheets.map((s) => s.toLowerCase()));
  // Everything the sheets lead to.
  const reached = new Map<string, string>();
  const todo = [...sheets];
  while (todo.length > 0) {
    for (const t of internalTargets(pkg, todo.pop()!)) {
      const k = t.toLowerCase();
      if (gone.has(k) || reached.has(k)) continue;
      reached.set(k, t);
      todo.push(t);
    }
  }
  if (reached.size === 0) return new Set();
  // What the rest of the package still points at, followed through the reached parts.
  const kept = new Set<string>();
  const keepTodo: string[] = [];
  for (const part of pkg.parts()) {
    const source = sourceOf(part);
    if (source === null) continue;
    const k = source.toLowerCase();
    if (gone.has(k) || reached.has(k)) continue;
    keepTodo.push(source);
  }
  while (keepTodo.length > 0) {
    for (const t of internalTargets(pkg, keepTodo.pop()!)) {
      const k = t.toLowerCase();
      if (!reached.has(k) || kept.has(k)) continue;
      kept.add(k);
      keepTodo.push(t);
    }
  }
  return new Set([...reached.keys()].filter((k) => !kept.has(k)));
}
