/**
 * Writes the output package with fflate's zip writer: entries of untouched parts are copied as
 * stored (the compressed bytes of the original, no inflate/deflate), new and edited parts are
 * deflated. Deterministic (fixed timestamps). The deflate itself is fflate's in the browser; Node
 * installs its native zlib (`nodeZlib.ts`, measured 5× faster on the bench's 34 MB of XML), so
 * the CLI and the standalone page write the same parts, compressed by different engines.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { RawEntry } from '../package/zip';

/** DOS time fields are local-time components: a date built from components is the same everywhere. */
const MTIME = new Date(1980, 0, 1, 0, 0, 0);
const LEVEL = 6;
const BATCH = 1 << 20;

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Time spent deflating since the last `takeCompressMs()` (the bench splits serialize / compress). */
let compressMs = 0;
export function takeCompressMs(): number {
  const t = compressMs;
  compressMs = 0;
  return t;
}

/** A native raw-deflate engine (Node's zlib): each chunk compressed on its own, joined by sync flushes. */
export interface RawDeflater {
  /** Raw deflate of `data`; not `final` → ends with a sync flush, so the next chunk continues the stream. */
  chunk(data: Uint8Array, final: boolean): Uint8Array;
  crc32(data: Uint8Array, previous: number): number;
}

let native: RawDeflater | null = null;

/** Installs (or, with null, removes) the native engine. */
export function useRawDeflater(d: RawDeflater | null): void {
  native = d;
}

/** A part already deflated, ready to be stored. */
export interface DeflatedPart {
  chunks: Uint8Array[];
  crc: number;
  size: number;
  compression: number;
}

const encoder = new TextEncoder();

/**
 * Deflates text pushed in pieces (a large sheet never exists as one string). Each piece is encoded
 * straight into a reused byte buffer, deflated when full: no joined copy of the text (two bytes a
 * character once it holds an accented letter) is ever made. Pieces must not split a surrogate pair.
 */
export class PartDeflater {
  private readonly engine: RawDeflater | null = native;
  private readonly zd: ZipDeflate | null = null;
  private readonly chunks: Uint8Array[] = [];
  private buffer: Uint8Array | null = null;
  private used = 0;
  private crc = 0;
  private size = 0;

  constructor() {
    if (this.engine) return;
    this.zd = new ZipDeflate('part', { level: LEVEL });
    this.zd.ondata = (err, data) => {
      if (err) throw err;
      if (data.length > 0) this.chunks.push(data);
    };
  }

  readonly push = (text: string): void => {
    // Small parts get a small buffer; a sheet's grows to BATCH.
    this.buffer ??= new Uint8Array(Math.min(BATCH, Math.max(4096, text.length * 3)));
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      // Full: deflate what it holds and go on with the rest of the piece.
      this.flush(false);
      if (this.buffer.length < BATCH) this.buffer = new Uint8Array(BATCH);
      rest = rest.slice(read);
    }
  };

  private flush(final: boolean): void {
    if (this.used === 0 && !final) return;
    const bytes = this.buffer ? this.buffer.subarray(0, this.used) : new Uint8Array(0);
    // fflate may keep what it is given: it gets its own copy of the reused buffer.
    this.pushBytes(this.engine ? bytes : bytes.slice(), final);
    this.used = 0;
  }

  /** Encoded bytes; `final` ends the stream. */
  pushBytes(bytes: Uint8Array, final: boolean): void {
    const t = clock();
    if (this.engine) {
      // Node's crc32 returns 0, not the running value, for the empty array TextEncoder gives for
      // '' (seen on Node 20.20): the last flush of a part is often empty.
      if (bytes.length > 0) this.crc = this.engine.crc32(bytes, this.crc);
      this.size += bytes.length;
      this.chunks.push(this.engine.chunk(bytes, final));
    } else {
      this.zd!.push(bytes, final);
    }
    compressMs += clock() - t;
  }

  finish(): DeflatedPart {
    this.flush(true);
    return this.done();
  }

  /** The part, once `pushBytes(…, true)` ended it. */
  done(): DeflatedPart {
    if (this.engine) return { chunks: this.chunks, crc: this.crc >>> 0, size: this.size, compression: 8 };
    return { chunks: this.chunks, crc: this.zd!.crc >>> 0, size: this.zd!.size, compression: 8 };
  }
}

export function deflateText(text: string): DeflatedPart {
  const d = new PartDeflater();
  d.push(text);
  return d.finish();
}

export function deflateBytes(bytes: Uint8Array): DeflatedPart {
  const d = new PartDeflater();
  d.pushBytes(bytes, true);
  return d.done();
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

  /** A folder entry (not a part, but some writers list them): kept as it was. */
  folder(name: string): void {
    this.stored(name, { crc: 0, size: 0, compression: 0 }, []);
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
