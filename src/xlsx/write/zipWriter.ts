/**
 * Writes the output package with fflate: entries of untouched parts are copied as stored (the
 * compressed bytes of the original, no inflate/deflate), new and edited parts are deflated.
 * Deterministic (fixed timestamps, fflate's deflate level 6 in Node and the browser alike), so
 * the CLI and the standalone page give the same bytes for the same input.
 */
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from 'fflate';
import type { RawEntry } from '../package/zip';

/** DOS time fields are local-time components: a date built from components is the same everywhere. */
const MTIME = new Date(1980, 0, 1, 0, 0, 0);
const LEVEL = 6;
const BATCH = 1 << 20;

/** A part already deflated, ready to be stored. */
export interface DeflatedPart {
  chunks: Uint8Array[];
  crc: number;
  size: number;
  compression: number;
}

/** Deflates text pushed in pieces (a large sheet never exists as one string). */
export class PartDeflater {
  private readonly zd: ZipDeflate;
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  constructor() {
    this.zd = new ZipDeflate('part', { level: LEVEL });
    this.zd.ondata = (err, data) => {
      if (err) throw err;
      if (data.length > 0) this.chunks.push(data);
    };
  }

  readonly push = (text: string): void => {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= BATCH) this.flush(false);
  };

  private flush(final: boolean): void {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (text.length > 0 || final) this.zd.push(strToU8(text), final);
  }

  finish(): DeflatedPart {
    this.flush(true);
    return { chunks: this.chunks, crc: this.zd.crc, size: this.zd.size, compression: 8 };
  }
}

export function deflateText(text: string): DeflatedPart {
  const d = new PartDeflater();
  d.push(text);
  return d.finish();
}

export function deflateBytes(bytes: Uint8Array): DeflatedPart {
  const zd = new ZipDeflate('part', { level: LEVEL });
  const chunks: Uint8Array[] = [];
  zd.ondata = (err, data) => {
    if (err) throw err;
    if (data.length > 0) chunks.push(data);
  };
  zd.push(bytes, true);
  return { chunks, crc: zd.crc, size: zd.size, compression: 8 };
}

/** Assembles the output zip, entry by entry, in the order they are given. */
export class PackageWriter {
  private readonly zip: Zip;
  private readonly out: Uint8Array[] = [];
  private length = 0;

  constructor() {
    this.zip = new Zip((err, data) => {
      if (err) throw err;
      this.out.push(data);
      this.length += data.length;
    });
  }

  private stored(filename: string, part: { crc: number; size: number; compression: number }, chunks: readonly Uint8Array[]): void {
    const file: ZipInputFile = {
      filename,
      crc: part.crc,
      size: part.size,
      compression: part.compression,
      mtime: MTIME,
      terminate: () => undefined,
    };
    this.zip.add(file);
    if (chunks.length === 0) file.ondata!(null, new Uint8Array(0), true);
    chunks.forEach((c, i) => file.ondata!(null, c as Uint8Array<ArrayBuffer>, i === chunks.length - 1));
  }

  /** An untouched entry, copied as stored in the original. */
  copy(entry: RawEntry): void {
    this.stored(entry.name, { crc: entry.crc32, size: entry.uncompressedSize, compression: entry.method }, [entry.data]);
  }

  add(filename: string, part: DeflatedPart): void {
    this.stored(filename, part, part.chunks);
  }

  addText(filename: string, text: string): void {
    this.add(filename, deflateText(text));
  }

  finish(): Uint8Array {
    this.zip.end();
    const bytes = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.out) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  }
}
