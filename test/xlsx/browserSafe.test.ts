/** The in-memory reader must run in the browser: nothing it imports may use Node built-ins. */
import { readFileSync } from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const NODE_BUILTINS = /^(node:|fs$|fs\/|path$|os$|crypto$|child_process$|stream$|zlib$)/;

/** Relative imports of a source file, resolved; bare imports returned as they are. */
function importsOf(file: string): { local: string[]; bare: string[] } {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)]
    .filter((m) => !/^\s*import\s+type\s/.test(m[0]) && !/^\s*export\s+type\s/.test(m[0]))
    .map((m) => m[1]);
  const local = specs.filter((s) => s.startsWith('.')).map((s) => {
    const base = path.resolve(path.dirname(file), s);
    for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        /* try the next */
      }
    }
    throw new Error(`import non risolto: ${s} in ${file}`);
  });
  return { local, bare: specs.filter((s) => !s.startsWith('.')) };
}

function closure(entry: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    const { local, bare: b } = importsOf(f);
    b.forEach((x) => bare.add(x));
    todo.push(...local);
  }
  return { files, bare };
}

describe('src/xlsx/index.ts (browser entry)', () => {
  const { files, bare } = closure(path.join(SRC, 'xlsx', 'index.ts'));

  it('reaches the reader', () => {
    expect([...files].map((f) => path.relative(SRC, f))).toEqual(expect.arrayContaining([path.join('xlsx', 'read.ts')]));
  });

  it('imports no Node built-in, directly or indirectly', () => {
    expect([...bare].filter((b) => NODE_BUILTINS.test(b))).toEqual([]);
  });

  it('reaches the package layer', () => {
    expect([...files].map((f) => path.relative(SRC, f))).toEqual(expect.arrayContaining([path.join('xlsx', 'package', 'zip.ts'), path.join('xlsx', 'package', 'sheet.ts')]));
  });

  // The web page pays for SheetJS and ExcelJS only when it meets an .xls/.ods or writes with the old writer.
  it('imports SheetJS and ExcelJS only lazily', () => {
    expect([...bare]).not.toContain('@e965/xlsx');
    expect([...bare]).not.toContain('exceljs');
  });

  it('keeps file-path reading out of it', () => {
    expect([...files].map((f) => path.basename(f))).not.toContain('readFile.ts');
    expect([...files].map((f) => path.basename(f))).not.toContain('atomicWrite.ts');
  });
});
