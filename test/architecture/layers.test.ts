/**
 * The layers of src/ (docs/architettura.md#layers): core ← host ← adapters (xlsx, excel) ← faces
 * (cli, taskpane, standalone, commands). Fails on an import against that direction, on
 * taskpane ↔ standalone, on any import cycle (type-only imports included), and on code under src/
 * that imports or names a file under test/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { cycles, readModule, ROOT, sourceFiles, testPathLiterals, type Module } from './graph';

/** Folder under src/ → the folders it may import from (itself always allowed). */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  host: ['core'],
  xlsx: ['core', 'host'],
  // A new workbook in Excel is built as file bytes first (Excel opens it from base64).
  excel: ['core', 'host', 'xlsx'],
  cli: ['core', 'host', 'xlsx'],
  taskpane: ['core', 'host', 'excel', 'ui'],
  standalone: ['core', 'host', 'xlsx', 'ui'],
  ui: ['core', 'host'],
  commands: ['core', 'host', 'excel'],
  sample: ['core', 'xlsx'],
  bench: ['core', 'host', 'xlsx', 'excel', 'cli', 'sample'],
};

const folderOf = (file: string) => file.split('/')[1];

function violations(modules: Module[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    const from = folderOf(m.file);
    for (const l of m.local) {
      if (!l.target.startsWith('src/')) {
        out.push(`${m.file}:${l.line} importa ${l.target}, fuori da src/`);
        continue;
      }
      const to = folderOf(l.target);
      if (to === from) continue;
      if (!(MAY_IMPORT[from] ?? []).includes(to)) out.push(`${m.file}:${l.line} (${from}) importa ${l.target} (${to})`);
    }
  }
  return out;
}

const modules = sourceFiles(path.join(ROOT, 'src')).map(readModule);

describe('layers of src/', () => {
  it('reads the whole graph', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.reduce((n, m) => n + m.local.length, 0)).toBeGreaterThan(300);
  });

  it('every folder under src/ has its place in the table', () => {
    const folders = [...new Set(modules.map((m) => folderOf(m.file)))].filter((f) => !f.includes('.'));
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it('no import goes against the direction core ← host ← adapters ← faces, and taskpane and standalone do not import each other', () => {
    expect(violations(modules)).toEqual([]);
  });

  it('no import cycle', () => {
    expect(cycles(modules)).toEqual([]);
  });

  it('nothing under src/ loads a file from test/ (imports or paths in strings)', () => {
    const named = sourceFiles(path.join(ROOT, 'src')).flatMap((f) =>
      testPathLiterals(f).map((t) => `${path.relative(ROOT, f)}:${t.line} "${t.text}"`),
    );
    expect(named).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const mod = (file: string, targets: string[]): Module => ({ file, local: targets.map((target) => ({ target, line: 1 })), packages: [] });

  it('flag an adapter importing a face, the core importing an adapter, and the two UI faces importing each other', () => {
    expect(
      violations([
        mod('src/xlsx/a.ts', ['src/cli/b.ts']),
        mod('src/core/a.ts', ['src/xlsx/b.ts']),
        mod('src/taskpane/a.ts', ['src/standalone/b.ts']),
        mod('src/standalone/a.ts', ['src/taskpane/b.ts']),
        mod('src/cli/a.ts', ['src/core/b.ts', 'src/xlsx/c.ts']),
        mod('src/bench/a.ts', ['test/excel/fake.ts']),
      ]),
    ).toHaveLength(5);
  });

  it('find a path under test/ in a string, not in a comment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peg-layers-'));
    const file = path.join(dir, 'bench.ts');
    writeFileSync(file, "// see test/build/roundtrip.test.ts\nconst a = findSource(root, ['test/excel/fake/fakeExcel.ts']);\nconst b = path.join(root, 'test', 'x');\n");
    try {
      expect(testPathLiterals(file)).toEqual([
        { text: 'test/excel/fake/fakeExcel.ts', line: 2 },
        { text: 'test', line: 3 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('find a cycle through three modules and a module importing itself, not a diamond', () => {
    expect(cycles([mod('a', ['b']), mod('b', ['c']), mod('c', ['a']), mod('d', ['d'])])).toEqual([['a', 'b', 'c'], ['d']]);
    expect(cycles([mod('a', ['b', 'c']), mod('b', ['d']), mod('c', ['d']), mod('d', [])])).toEqual([]);
  });
});
