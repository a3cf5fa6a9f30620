/** Small Markdown helpers for the docs tests: headings → anchors, citations and links found in text. */

/** GitHub's anchor of a heading: lower case, everything but letters, digits, `_`, `-` and spaces dropped, spaces → `-`. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown text offers: its headings (outside code fences, repeats numbered) and `<a id>`/`name`. */
export function anchorsOf(text: string): Set<string> {
  const out = new Set<string>();
  const counts = new Map<string, number>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]);
      const n = counts.get(base) ?? 0;
      counts.set(base, n + 1);
      out.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1].toLowerCase());
  }
  return out;
}

export interface Citation {
  target: string;
  line: number;
  /** A document named without its folder (`rules.md`): not a path in this repository. */
  bare: boolean;
}

const CITED = /(?<![\p{L}\p{N}_./-])((?:[\w.-]+\/)*)([\w-]+\.md)(#[\p{L}\p{N}_-]+)?/gu;
/** Documents a bare name may rightly mean: the repository's own top-level files. */
const TOP_LEVEL = new Set(['README.md']);

/** The documents cited in a source file (comments, strings), with their line. */
export function citationsIn(text: string): Citation[] {
  const out: Citation[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(CITED)) {
      const [, dir, file, anchor = ''] = m;
      if (dir === '' && TOP_LEVEL.has(file)) continue;
      out.push({ target: `${dir}${file}${anchor}`, line: i + 1, bare: dir === '' });
    }
  });
  return out;
}

/** Markdown links to local `.md` files or to anchors of the same page. */
export function markdownLinksIn(text: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const t = m[1];
      if (/^[a-z]+:/i.test(t)) continue; // http:, mailto:…
      if (/\.md(#|$)/.test(t) || t.startsWith('#')) out.push({ target: t, line: i + 1 });
    }
  });
  return out;
}
