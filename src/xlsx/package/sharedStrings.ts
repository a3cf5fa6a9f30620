/**
 * The shared string table (`xl/sharedStrings.xml`): each `<si>` is plain (`<t>`) or rich text
 * (`<r><t>` runs, whose texts join); phonetic runs (`<rPh>`) are not part of the value.
 */
import { parseLean } from './fastXml';
import { decodeXString } from './xstring';

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inPhonetic = 0;
  let inText = false;
  parseLean(xml, {
    open(tag) {
      if (tag.name === 'si') current = [];
      else if (tag.name === 'rPh') inPhonetic++;
      else if (tag.name === 't' && inPhonetic === 0 && !tag.selfClosing) inText = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(decodeXString((current ?? []).join('')));
        current = null;
      } else if (name === 'rPh') inPhonetic--;
      else if (name === 't') inText = false;
    },
    text(t) {
      if (inText && current) current.push(t);
    },
  });
  return out;
}
