/**
 * `docProps/app.xml` lists the sheet names (TitlesOfParts, counted in HeadingPairs): after sheets
 * are added or removed, the tool rewrites exactly that run of names and its counts. Anything it
 * cannot match with certainty is left as it was (a stale list is harmless: Excel rebuilds it).
 */
import { parseXml } from '../package/xml';
import { xmlText } from './escape';
import { applySplices, type Splice } from './spans';

interface Item {
  start: number;
  end: number;
  text: string;
}

/** The new app.xml, or null when it needs no change or could not be matched. */
export function updateAppTitles(xml: string, before: readonly string[], after: readonly string[]): string | null {
  if (before.length === after.length && before.every((s, i) => s === after[i])) return null;
  const pairs: { label: Item | null; count: Item | null }[] = [];
  const titles: Item[] = [];
  let titlesVector: { start: number; openEnd: number } | null = null;
  let text: string[] = [];
  parseXml(xml, {
    open(el) {
      text = [];
      if (el.name === 'vector' && el.path[el.path.length - 1] === 'TitlesOfParts') titlesVector = { start: el.start, openEnd: el.openEnd };
    },
    text(t) {
      text.push(t);
    },
    close(el, end) {
      const parent = el.path[el.path.length - 1];
      const item = { start: el.start, end, text: text.join('') };
      if (parent === 'variant' && el.path.includes('HeadingPairs')) {
        if (el.name === 'lpstr' || el.name === 'bstr') pairs.push({ label: item, count: null });
        else if ((el.name === 'i4' || el.name === 'int') && pairs.length > 0) pairs[pairs.length - 1].count = item;
      }
      if (parent === 'vector' && el.path.includes('TitlesOfParts') && (el.name === 'lpstr' || el.name === 'bstr')) titles.push(item);
    },
  });
  // The pair whose run of titles is exactly the worksheets as they were.
  let offset = 0;
  for (const p of pairs) {
    const n = Number(p.count?.text ?? NaN);
    if (!p.count || !Number.isInteger(n)) return null;
    const run = titles.slice(offset, offset + n);
    if (n === before.length && run.length === n && run.every((t, i) => t.text === before[i]) && titlesVector !== null) {
      const vector: { start: number; openEnd: number } = titlesVector;
      const splices: Splice[] = [];
      const prefix = /^<([A-Za-z_][\w.-]*:)?/.exec(xml.slice(run[0]?.start ?? 0))?.[1] ?? 'vt:';
      const names = after.map((s) => `<${prefix}lpstr>${xmlText(s)}</${prefix}lpstr>`).join('');
      if (run.length > 0) splices.push({ from: run[0].start, to: run[run.length - 1].end, text: names });
      else splices.push({ from: vector.openEnd, to: vector.openEnd, text: names });
      const countTag = xml.slice(p.count.start, p.count.end).replace(/>[^<]*</, `>${after.length}<`);
      splices.push({ from: p.count.start, to: p.count.end, text: countTag });
      const open = xml.slice(vector.start, vector.openEnd).replace(/(\ssize\s*=\s*")(\d+)(")/, (_m, a: string, _b: string, c: string) => `${a}${titles.length - n + after.length}${c}`);
      splices.push({ from: vector.start, to: vector.openEnd, text: open });
      return applySplices(xml, splices);
    }
    offset += n;
  }
  return null;
}
