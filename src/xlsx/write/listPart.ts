/**
 * Edits of the list-like parts the tool co-owns (`[Content_Types].xml`, relationship parts): some
 * entries removed, some appended before the root's end tag, every other byte kept.
 */
import { applySplices, spansOf, type Span, type Splice } from './spans';

export class ListPart {
  readonly entries: Span[];
  private readonly root: Span;
  private readonly removed = new Set<Span>();
  private readonly added: string[] = [];

  constructor(private readonly xml: string) {
    const spans = spansOf(xml, 1);
    this.root = spans.find((s) => s.depth === 0)!;
    this.entries = spans.filter((s) => s.depth === 1);
  }

  remove(pred: (attrs: Record<string, string>) => boolean): void {
    for (const e of this.entries) if (pred(e.attrs)) this.removed.add(e);
  }

  append(fragment: string): void {
    this.added.push(fragment);
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.length > 0;
  }

  text(): string {
    const splices: Splice[] = [...this.removed].map((s) => ({ from: s.start, to: s.end, text: '' }));
    if (this.added.length > 0) {
      const body = this.added.join('');
      if (this.root.selfClosing) {
        const open = this.xml.slice(this.root.start, this.root.end).replace(/\s*\/>$/, '>');
        splices.push({ from: this.root.start, to: this.root.end, text: `${open}${body}</${this.root.name}>` });
      } else {
        splices.push({ from: this.root.closeStart, to: this.root.closeStart, text: body });
      }
    }
    return applySplices(this.xml, splices);
  }
}
