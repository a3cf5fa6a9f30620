/**
 * Styles the tool needs, APPENDED to the user's `xl/styles.xml`: new fonts, fills, borders, number
 * formats, cell formats (`cellXfs`) and differential formats (`dxfs`, conditional formats) go after
 * the existing ones, so every index the user's cells use keeps its meaning. Nothing existing is
 * renumbered or changed; the part is spliced, not re-serialized.
 */
import type { CellStyle } from '../../core/plans/types';
import { xmlAttr } from './escape';
import { applySplices, spansOf, withAttr, withPrefix, type Span, type Splice } from './spans';

/** The order of `styleSheet`'s children (ECMA-376 CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Container = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';

/** Built-in number formats the files need no entry for. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** What a container starts with when the file has none (Excel reserves fills 0 and 1). */
const SEED: Record<Container, string[]> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  dxfs: [],
};

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

const rgb = (hex: string) => `FF${hex.toUpperCase()}`;

function fontXml(s: CellStyle): string {
  return (
    '<font>' +
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    `<sz val="${s.fontSize ?? 10}"/>` +
    (s.fontColor ? `<color rgb="${rgb(s.fontColor)}"/>` : '') +
    '<name val="Calibri"/><family val="2"/></font>'
  );
}

function fillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(kind: 'thin' | 'medium'): string {
  const side = (n: string) => `<${n} style="${kind}"><color rgb="FF808080"/></${n}>`;
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function alignmentXml(s: CellStyle): string {
  if (!s.hAlign && !s.vAlign && !s.wrap) return '';
  const v = s.vAlign === 'middle' ? 'center' : s.vAlign;
  return `<alignment${s.hAlign ? ` horizontal="${s.hAlign}"` : ''}${v ? ` vertical="${v}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`;
}

function dxfXml(s: CellStyle): string {
  const font = s.fontColor || s.bold ? `<font>${s.bold ? '<b/>' : ''}${s.fontColor ? `<color rgb="${rgb(s.fontColor)}"/>` : ''}</font>` : '';
  const fill = s.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${rgb(s.fill)}"/></patternFill></fill>` : '';
  return `<dxf>${font}${fill}</dxf>`;
}

interface Pending {
  existing: number;
  added: string[];
}

export class StyleAppender {
  private readonly xml: string;
  private readonly root: Span;
  private readonly spans = new Map<string, Span>();
  private readonly pending = new Map<Container, Pending>();
  private readonly memo = new Map<string, number>();
  /** `withNumberFormat` answers, by base index and format code. */
  private readonly withFormat = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private nextFormatId = 164;
  /** The raw `<xf>` elements of `cellXfs`, to derive a user cell's format with another number format. */
  private readonly cellXfs: string[] = [];
  private readonly prefix: string;

  constructor(stylesXml: string | null) {
    this.xml = stylesXml ?? EMPTY_STYLES;
    const spans = spansOf(this.xml, 2);
    this.root = spans.find((s) => s.depth === 0)!;
    this.prefix = this.root.prefix;
    for (const s of spans) {
      if (s.depth === 1 && !this.spans.has(s.local)) this.spans.set(s.local, s);
      if (s.depth === 2 && s.parent?.local === 'numFmts' && s.local === 'numFmt') {
        const id = Number(s.attrs.numFmtId);
        if (Number.isFinite(id)) {
          if (s.attrs.formatCode !== undefined && !this.formats.has(s.attrs.formatCode)) this.formats.set(s.attrs.formatCode, id);
          this.nextFormatId = Math.max(this.nextFormatId, id + 1);
        }
      }
      if (s.depth === 2 && s.parent?.local === 'cellXfs' && s.parent === this.spans.get('cellXfs')) this.cellXfs.push(this.xml.slice(s.start, s.end));
    }
  }

  /** Writes elements with the root's namespace prefix (`x:font`) when the file uses one. */
  private q(fragment: string): string {
    return withPrefix(fragment, this.prefix);
  }

  private container(name: Container): Pending {
    let p = this.pending.get(name);
    if (!p) {
      const span = this.spans.get(name);
      p = span ? { existing: span.children, added: [] } : { existing: 0, added: [...SEED[name]] };
      this.pending.set(name, p);
    }
    return p;
  }

  private add(name: Container, fragment: string): number {
    const key = `${name}\u0000${fragment}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const p = this.container(name);
    p.added.push(fragment);
    const index = p.existing + p.added.length - 1;
    this.memo.set(key, index);
    return index;
  }

  numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.container('numFmts').added.push(`<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return id;
  }

  /** The `cellXfs` index of a plan style. */
  xf(s: CellStyle): number {
    const numFmtId = this.numFmtId(s.numberFormat);
    const fontId = this.add('fonts', fontXml(s));
    const fillId = s.fill ? this.add('fills', fillXml(s.fill)) : 0;
    const borderId = s.border ? this.add('borders', borderXml(s.border)) : 0;
    const align = alignmentXml(s);
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      (align ? ` applyAlignment="1">${align}</xf>` : '/>');
    return this.add('cellXfs', xf);
  }

  /** A user cell's format `base` with another number format: a NEW format, `base` stays as it is. */
  withNumberFormat(base: number, code: string): number {
    // Asked once per computed cell (thousands): the answer for a base and a format is kept.
    const key = `${base}\u0000${code}`;
    const known = this.withFormat.get(key);
    if (known !== undefined) return known;
    const index = this.appendWithNumberFormat(base, code);
    this.withFormat.set(key, index);
    return index;
  }

  private appendWithNumberFormat(base: number, code: string): number {
    const numFmtId = this.numFmtId(code);
    const raw = this.cellXfs[base] ?? this.cellXfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
    // The user's element, unprefixed for our own fragment handling, with numFmtId replaced.
    const plain = this.prefix ? raw.replace(new RegExp(`<(/?)${this.prefix}:`, 'g'), '<$1') : raw;
    let xf = /\snumFmtId\s*=\s*"[^"]*"/.test(plain) ? plain.replace(/(\snumFmtId\s*=\s*)"[^"]*"/, `$1"${numFmtId}"`) : plain.replace(/^<xf/, `<xf numFmtId="${numFmtId}"`);
    xf = /\sapplyNumberFormat\s*=/.test(xf) ? xf.replace(/(\sapplyNumberFormat\s*=\s*)"[^"]*"/, '$1"1"') : xf.replace(/^<xf/, '<xf applyNumberFormat="1"');
    return this.add('cellXfs', xf);
  }

  /** The `dxfs` index of a conditional format's style. */
  dxf(s: CellStyle): number {
    return this.add('dxfs', dxfXml(s));
  }

  /** True when nothing was appended. */
  get unchanged(): boolean {
    return [...this.pending.values()].every((p) => p.added.length === 0);
  }

  /** The new `styles.xml`. */
  result(): string {
    const splices: Splice[] = [];
    // In the stylesheet's order, so that two containers inserted at one point come out in order.
    for (const name of ORDER as Container[]) {
      const p = this.pending.get(name);
      if (!p || p.added.length === 0) continue;
      const count = String(p.existing + p.added.length);
      const body = this.q(p.added.join(''));
      const span = this.spans.get(name);
      const tag = this.prefix ? `${this.prefix}:${name}` : name;
      if (span && span.selfClosing) {
        const open = withAttr(this.xml, span, 'count', count).text.replace(/\s*\/>$/, '>');
        splices.push({ from: span.start, to: span.end, text: `${open}${body}</${tag}>` });
      } else if (span) {
        splices.push(withAttr(this.xml, span, 'count', count));
        splices.push({ from: span.closeStart, to: span.closeStart, text: body });
      } else {
        const at = this.insertionPoint(name);
        splices.push({ from: at, to: at, text: `<${tag} count="${count}">${body}</${tag}>` });
      }
    }
    return applySplices(this.xml, splices);
  }

  private insertionPoint(name: Container): number {
    const after = ORDER.slice(ORDER.indexOf(name) + 1);
    let at = this.root.closeStart;
    for (const later of after) {
      const s = this.spans.get(later);
      if (s && s.start < at) at = s.start;
    }
    if (this.root.selfClosing) throw new Error('empty styleSheet');
    return at;
  }
}
