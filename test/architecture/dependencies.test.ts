/**
 * Dependencies are honest (docs/architettura.md#dependencies): every package imported under src/,
 * test/, scripts/ (and by the root config files) is declared in package.json; what the shipped
 * code imports is a runtime dependency; no tool is run through `npx` unless a declared package
 * provides it (so the lock file pins its version).
 */
import { builtinModules } from 'module';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { packageName, readModule, ROOT, sourceFiles } from './graph';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const runtime = new Set(Object.keys(pkg.dependencies));
const declared = new Set([...runtime, ...Object.keys(pkg.devDependencies)]);
const builtin = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));

/** Names that are not packages: Node built-ins and ambient modules provided by declared @types. */
const isBuiltin = (name: string) => builtin.has(name) || builtin.has(name.split('/')[0]);

const ROOT_CONFIGS = ['webpack.config.js', 'jest.config.js', 'eslint.config.mjs'].map((f) => path.join(ROOT, f)).filter(existsSync);
const modules = [...['src', 'test', 'scripts'].flatMap((d) => sourceFiles(path.join(ROOT, d))), ...ROOT_CONFIGS].map(readModule);

/** Folders of src/ whose code ships (the `peg` bin, the add-in bundle); the benchmark is a dev tool. */
const SHIPPED = /^src\/(?!bench\/)/;

describe('package dependencies', () => {
  it('reads imports everywhere', () => {
    expect(modules.length).toBeGreaterThan(200);
    expect(modules.some((m) => m.packages.some((p) => p.name === 'react'))).toBe(true);
  });

  it('every imported package is declared in package.json', () => {
    const missing = modules.flatMap((m) =>
      m.packages.filter((p) => !isBuiltin(p.name) && !declared.has(p.name)).map((p) => `${m.file}:${p.line} importa "${p.specifier}", che package.json non dichiara`),
    );
    expect(missing).toEqual([]);
  });

  it('the shipped code imports only runtime dependencies', () => {
    const dev = modules
      .filter((m) => SHIPPED.test(m.file))
      .flatMap((m) => m.packages.filter((p) => !isBuiltin(p.name) && !runtime.has(p.name) && !p.name.startsWith('@types/')).map((p) => `${m.file}:${p.line} "${p.specifier}" è solo in devDependencies`));
    expect(dev).toEqual([]);
  });
});

/** Every `bin` a declared package installs → that package. */
function declaredBins(): Map<string, string> {
  const bins = new Map<string, string>();
  for (const name of declared) {
    const file = path.join(ROOT, 'node_modules', name, 'package.json');
    if (!existsSync(file)) continue;
    const p = JSON.parse(readFileSync(file, 'utf8')) as { name: string; bin?: string | Record<string, string> };
    if (typeof p.bin === 'string') bins.set(p.name.split('/').pop()!, name);
    else for (const b of Object.keys(p.bin ?? {})) bins.set(b, name);
  }
  return bins;
}

/** `npx <tool>` in a text: the tool after npx's own flags (`-p pkg`/`--package=pkg` name a package to run from). */
function npxCalls(text: string): { tool: string; line: number }[] {
  const out: { tool: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\bnpx\s+([^`'"\n|;&)]*)/g)) {
      const words = m[1].trim().split(/\s+/);
      let k = 0;
      let tool: string | undefined;
      while (k < words.length && words[k].startsWith('-')) {
        if (words[k] === '-p' || words[k] === '--package') tool = words[++k];
        else if (words[k].startsWith('--package=')) tool = words[k].slice('--package='.length);
        k++;
      }
      tool ??= words[k];
      if (tool) out.push({ tool, line: i + 1 });
    }
  });
  return out;
}

describe('tools run through npx', () => {
  it('are provided by a declared package (pinned by the lock file)', () => {
    const bins = declaredBins();
    const texts: [string, string][] = [
      ['package.json', JSON.stringify(pkg.scripts, null, 1)],
      ...[path.join(ROOT, 'README.md'), path.join(ROOT, '.ci', 'run'), ...sourceFiles(path.join(ROOT, 'scripts')), ...sourceFiles(path.join(ROOT, 'docs'), /\.md$/)]
        .filter(existsSync)
        .map((f): [string, string] => [path.relative(ROOT, f), readFileSync(f, 'utf8')]),
    ];
    const unpinned = texts.flatMap(([file, text]) =>
      npxCalls(text)
        .filter((c) => !bins.has(c.tool) && !declared.has(packageName(c.tool.replace(/@[^@/]*$/, ''))))
        .map((c) => `${file}:${c.line} npx ${c.tool}`),
    );
    expect(unpinned).toEqual([]);
    expect(texts.reduce((n, [, t]) => n + npxCalls(t).length, 0)).toBeGreaterThan(2);
  });

  it('recognise the tool after npx options', () => {
    expect(npxCalls('`npx jest test/cli` and `npx --yes some-tool@1.2.3 x`\nnpx -p other@2 run')).toEqual([
      { tool: 'jest', line: 1 },
      { tool: 'some-tool@1.2.3', line: 1 },
      { tool: 'other@2', line: 2 },
    ]);
  });
});
