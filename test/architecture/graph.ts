/**
 * The import graph of the sources, read with the TypeScript scanner (static imports, `import type`,
 * `export … from`, `import()`, `require()`): no bundler, no extra package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Module {
  /** Path relative to the repository, with `/`. */
  file: string;
  /** Resolved local imports (files relative to the repository). */
  local: { target: string; line: number }[];
  /** Package imports: the package name (`@scope/name` or `name`), with the specifier's line. */
  packages: { name: string; specifier: string; line: number }[];
}

const SKIP_DIRS = new Set(['node_modules', 'lib', 'dist', 'coverage', 'test-output']);

export function sourceFiles(dir: string, exts = /\.(ts|tsx|js|mjs|cjs)$/): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full, exts));
    else if (exts.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

function resolveLocal(fromFile: string, spec: string): string | null {
  const base = path.resolve(path.dirname(fromFile), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}.json`, path.join(base, 'index.ts'), path.join(base, 'index.tsx'), path.join(base, 'index.js')];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  // `./x.js` written for `./x.ts` (ES module style).
  if (/\.js$/.test(base) && existsSync(base.replace(/\.js$/, '.ts'))) return base.replace(/\.js$/, '.ts');
  return null;
}

export function packageName(spec: string): string {
  const parts = spec.replace(/^node:/, '').split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function lineOf(text: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function readModule(file: string): Module {
  const text = readFileSync(file, 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const m: Module = { file: rel(file), local: [], packages: [] };
  for (const imp of info.importedFiles) {
    const spec = imp.fileName;
    const line = lineOf(text, imp.pos);
    if (spec.startsWith('.') || spec.startsWith('/')) {
      const target = resolveLocal(file, spec);
      // An unresolvable local import is the type-check's business, not this graph's.
      if (target) m.local.push({ target: rel(target), line });
    } else {
      m.packages.push({ name: packageName(spec), specifier: spec, line });
    }
  }
  return m;
}

/** Strongly connected components with more than one module, or a module importing itself. */
export function cycles(modules: Module[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const m of modules) edges.set(m.file, m.local.map((l) => l.target));
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** String literals of a source file that name a path under test/ (`'test/…'`, `'…/test/…'`, or the segment `'test'`). */
export function testPathLiterals(file: string): { text: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  if (!/(["'`]|\/)test(["'`]|\/)/.test(text)) return [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const walk = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      const s = n.text;
      if (/^(\.\.?\/)*test(\/|$)/.test(s) || /\/test\//.test(s)) {
        out.push({ text: s, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
      }
    }
    ts.forEachChild(n, walk);
  };
  walk(sf);
  return out;
}
