/**
 * Every document the repository cites exists, and so does every anchor: comments and strings in
 * src/, test/, scripts/ cite `docs/x.md#anchor`; the READMEs and docs/ link with Markdown links.
 * A citation of a document that is not in the repository (the contract once lived outside it) or
 * of a heading that was renamed fails here, with the file and line that cite it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { anchorsOf, citationsIn, markdownLinksIn } from './markdown';

const ROOT = path.resolve(__dirname, '..', '..');
const SKIP_DIRS = new Set(['node_modules', 'lib', 'dist', 'coverage', 'test-output', '.git']);

function filesUnder(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, exts));
    else if (exts.test(name)) out.push(full);
  }
  return out;
}

const anchorCache = new Map<string, Set<string> | null>();
function anchorsOfFile(file: string): Set<string> | null {
  if (!anchorCache.has(file)) {
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    anchorCache.set(file, text === null ? null : anchorsOf(text));
  }
  return anchorCache.get(file)!;
}

/** What is wrong with a target, or null when the file (and its anchor) exist. */
function problem(target: string, fromDir: string): string | null {
  const [file, anchor] = target.split('#', 2);
  const full = path.resolve(fromDir, decodeURIComponent(file));
  const anchors = anchorsOfFile(full);
  if (anchors === null) return `${target}: il documento non esiste`;
  if (anchor !== undefined && anchor !== '' && !anchors.has(decodeURIComponent(anchor).toLowerCase())) {
    return `${target}: il documento non ha il titolo #${anchor}`;
  }
  return null;
}

const rel = (f: string) => path.relative(ROOT, f);

describe('citations of documents', () => {
  it('every docs/… citation in src/, test/ and scripts/ points at an existing document and heading', () => {
    const files = ['src', 'test', 'scripts']
      .flatMap((d) => filesUnder(path.join(ROOT, d), /\.(ts|tsx|js|mjs|json|html)$/))
      // These tests cite missing documents on purpose; docs-tables.ts writes links relative to docs/.
      .filter((f) => !f.startsWith(path.join(ROOT, 'test', 'docs')) && f !== path.join(ROOT, 'scripts', 'docs-tables.ts'));
    expect(files.length).toBeGreaterThan(100);
    const bad: string[] = [];
    let seen = 0;
    for (const f of files) {
      for (const c of citationsIn(readFileSync(f, 'utf8'))) {
        seen++;
        const p = c.bare ? `${c.target}: citare il documento del repository (docs/…), non un nome senza cartella` : problem(c.target, ROOT);
        if (p) bad.push(`${rel(f)}:${c.line}  ${p}`);
      }
    }
    expect(bad).toEqual([]);
    // The code does cite the docs: a scanner that finds nothing would pass for the wrong reason.
    expect(seen).toBeGreaterThan(30);
  });

  it('every Markdown link to a .md file in the READMEs and docs/ resolves, anchors included', () => {
    const files = [path.join(ROOT, 'README.md'), ...filesUnder(path.join(ROOT, 'docs'), /\.md$/)];
    const bad: string[] = [];
    for (const f of files) {
      for (const l of markdownLinksIn(readFileSync(f, 'utf8'))) {
        const target = l.target.startsWith('#') ? `${path.basename(f)}${l.target}` : l.target;
        const p = problem(target, path.dirname(f));
        if (p) bad.push(`${rel(f)}:${l.line}  ${p}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('turns headings into GitHub anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered', () => {
    const a = anchorsOf('# Titolo\n## Come correggere PESO_TOTALE\n## Riepilogo: la formula dei pesi\n## Più file\n## Pesi\n## Pesi\n```\n## not a heading\n```\n<a id="qui"></a>');
    expect([...a].sort()).toEqual(
      ['come-correggere-peso_totale', 'pesi', 'pesi-1', 'più-file', 'qui', 'riepilogo-la-formula-dei-pesi', 'titolo'].sort(),
    );
  });

  it('finds citations with and without an anchor, and bare names of documents', () => {
    const cs = citationsIn('/** (docs/regole.md#pesi): x */\n// see docs/cli.md.\n// (rules.md, Weights) and README.md\n');
    expect(cs).toEqual([
      { target: 'docs/regole.md#pesi', line: 1, bare: false },
      { target: 'docs/cli.md', line: 2, bare: false },
      { target: 'rules.md', line: 3, bare: true },
    ]);
  });

  it('reports a missing document and a missing anchor', () => {
    expect(problem('docs/nonesiste.md', ROOT)).toMatch(/non esiste/);
    expect(problem('docs/regole.md#nessun-titolo-cosi', ROOT)).toMatch(/non ha il titolo/);
    expect(problem('docs/regole.md#pesi', ROOT)).toBeNull();
  });
});
