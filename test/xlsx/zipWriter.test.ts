/**
 * The deflated parts the package writer stores: their CRC and size are checked against Node's
 * zlib on the whole text (not the writer's own running values), with both engines, for texts
 * around the 1 MiB batch where a part is deflated in several pieces. A wrong CRC makes Excel call
 * the whole file damaged: a 1.97 MB register sheet once got CRC 0 from an empty last piece.
 */
import * as zlib from 'zlib';
import { installNodeZlib } from '../../src/xlsx/write/nodeZlib';
import { deflateText, PartDeflater, useRawDeflater, type DeflatedPart } from '../../src/xlsx/write/zipWriter';

const MIB = 1 << 20;

function textOf(length: number): string {
  // Varied ASCII, accented letters and emoji: UTF-8 of two and four bytes falls across the buffer's end.
  let s = '';
  for (let i = 0; s.length < length; i++) s += `<c r="A${i}" s="${i % 7}"><v>${(i * 7919) % 1000}</v></c>è${i % 5 === 0 ? '😀' : ''}`;
  return s.slice(0, length);
}

function inflated(part: DeflatedPart): Buffer {
  return zlib.inflateRawSync(Buffer.concat(part.chunks));
}

const LENGTHS = [0, 10, MIB - 1, MIB, MIB + 1, 2 * MIB + 12_345];

describe.each([
  ['zlib di Node', () => installNodeZlib()],
  ['fflate', () => useRawDeflater(null)],
])('deflated parts with %s', (_label, install) => {
  beforeAll(install);
  afterAll(() => useRawDeflater(null));

  it.each(LENGTHS)('a text of %d characters pushed at once has the CRC and size of its UTF-8 bytes', (length) => {
    const text = textOf(length);
    const bytes = Buffer.from(text, 'utf8');
    const part = deflateText(text);
    expect(part.crc).toBe(zlib.crc32(bytes));
    expect(part.size).toBe(bytes.length);
    expect(inflated(part).equals(bytes)).toBe(true);
  });

  it('a text pushed in uneven pieces ending on a batch boundary gives the same part', () => {
    const text = textOf(2 * MIB);
    const d = new PartDeflater();
    let at = 0;
    for (const step of [MIB - 5, 5, 1, MIB - 1]) {
      d.push(text.slice(at, at + step));
      at += step;
    }
    const part = d.finish();
    const bytes = Buffer.from(text, 'utf8');
    expect(part.crc).toBe(zlib.crc32(bytes));
    expect(inflated(part).equals(bytes)).toBe(true);
  });

  it('a text pushed a cell at a time (short pieces, accents and emoji among them) gives the same part', () => {
    const text = textOf(2 * MIB + 777);
    const d = new PartDeflater();
    // Piece lengths 1..300, so that short and long pushes both cross the buffer's end.
    for (let at = 0, k = 0; at < text.length; k++) {
      let step = 1 + ((k * 7919) % 300);
      // A piece never splits a surrogate pair (the serializer pushes whole elements).
      if (/[\uD800-\uDBFF]/.test(text[at + step - 1] ?? '')) step++;
      d.push(text.slice(at, at + step));
      at += step;
    }
    const part = d.finish();
    const bytes = Buffer.from(text, 'utf8');
    expect(part.size).toBe(bytes.length);
    expect(part.crc).toBe(zlib.crc32(bytes));
    expect(inflated(part).equals(bytes)).toBe(true);
  });
});
