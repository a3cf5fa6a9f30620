/**
 * An `.xlsx` (any OPC zip) held in memory: its entries listed from the central directory, each
 * part inflated only when asked for (and then cached), the original compressed bytes of every
 * entry kept so a writer can copy untouched parts without recompressing them. Zip-bomb limits
 * (`../zipLimits.ts`) are checked on the declared sizes before anything is inflated, and every
 * inflation stops as soon as it produces more than the entry declared. Browser-safe: fflate, unless a
 * native inflater is installed (the CLI's, `../write/nodeZlib.ts`).
 */
import { Inflate, strFromU8 } from 'fflate';
import { WorkbookReadError } from '../errors';
import { MAX_ZIP_ENTRIES, checkDeclared, entryData, type ZipEntry } from '../zipLimits';
import { normalizePart } from './paths';

/** One zip entry as stored, for copying it unchanged. */
export interface RawEntry {
  /** The entry name exactly as in the archive. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The stored (compressed) bytes; a view into the package's bytes. */
  data: Uint8Array;
}

/** Inflation feeds fflate this many compressed bytes at a time, so an overrun is caught early. */
const CHUNK = 32 * 1024;

/**
 * A native raw inflater (Node's zlib, installed by the CLI: 3–4× fflate on a big register): the
 * part's bytes, or null as soon as the output would pass `declared` bytes (a zip bomb).
 */
export type RawInflater = (data: Uint8Array, declared: number) => Uint8Array | null;

let native: RawInflater | null = null;

/** Installs (or, with null, removes) the native engine. */
export function useRawInflater(inflater: RawInflater | null): void {
  native = inflater;
}

function inflateBounded(data: Uint8Array, declared: number): Uint8Array | null {
  if (native) return native(data, declared);
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > declared) over = true;
    else parts.push(chunk);
  });
  for (let at = 0; at < data.length && !over; at += CHUNK) {
    inflater.push(data.subarray(at, Math.min(data.length, at + CHUNK)), at + CHUNK >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (over) return null;
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of parts) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

export class ZipPackage {
  /** The file name shown in messages. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  private readonly entries: ZipEntry[];
  /** Lower-case normalised part name → entry. */
  private readonly byPart = new Map<string, ZipEntry>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(bytes: Uint8Array, entries: ZipEntry[], fileName: string) {
    this.bytes = bytes;
    this.entries = entries;
    this.fileName = fileName;
    for (const e of entries) {
      if (e.name.endsWith('/')) continue; // folder entries some zippers add
      const key = normalizePart(e.name).toLowerCase();
      if (!this.byPart.has(key)) this.byPart.set(key, e);
    }
  }

  /** Part names (normalised, no leading slash), in archive order; folder entries excluded. */
  parts(): string[] {
    return this.entries.filter((e) => !e.name.endsWith('/')).map((e) => normalizePart(e.name));
  }

  /** Every entry as the central directory declares it, folders included, in archive order. */
  zipEntries(): readonly ZipEntry[] {
    return this.entries;
  }

  has(part: string): boolean {
    return this.byPart.has(normalizePart(part).toLowerCase());
  }

  private entry(part: string): ZipEntry | undefined {
    return this.byPart.get(normalizePart(part).toLowerCase());
  }

  /** The entry exactly as stored (compressed bytes, CRC, sizes), or null when absent. */
  raw(part: string): RawEntry | null {
    const e = this.entry(part);
    if (!e) return null;
    const data = entryData(this.bytes, e);
    if (!data) throw new WorkbookReadError('danneggiato', this.fileName);
    return { name: e.name, method: e.method, crc32: e.crc32, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize, data };
  }

  /** The part's uncompressed bytes, or null when absent. Throws `danneggiato` on bad data. */
  read(part: string): Uint8Array | null {
    const e = this.entry(part);
    if (!e) return null;
    const cached = this.cache.get(e.name);
    if (cached) return cached;
    const raw = this.raw(part);
    if (!raw) return null;
    let out: Uint8Array | null;
    if (e.method === 0) out = raw.data.length <= e.uncompressedSize ? raw.data : null;
    else if (e.method === 8) {
      try {
        out = inflateBounded(raw.data, e.uncompressedSize);
      } catch (cause) {
        throw new WorkbookReadError('danneggiato', this.fileName, { cause });
      }
    } else out = null;
    if (!out) throw new WorkbookReadError('danneggiato', this.fileName);
    this.cache.set(e.name, out);
    return out;
  }

  /** The part as text (UTF-8, a BOM dropped), or null when absent. */
  text(part: string): string | null {
    const b = this.read(part);
    if (!b) return null;
    const s = strFromU8(b);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
}

/**
 * Opens a zip after the declared-size checks. Throws `WorkbookReadError` (Italian message):
 * `troppi-elementi`, `troppo-decompresso`, or `danneggiato` when the directory cannot be read.
 */
export function openZip(bytes: Uint8Array, fileName: string): ZipPackage {
  const verdict = checkDeclared(bytes);
  if (!verdict.ok) {
    switch (verdict.problem) {
      case 'troppi-elementi':
        throw new WorkbookReadError('troppi-elementi', fileName, { size: verdict.entries, limit: MAX_ZIP_ENTRIES });
      case 'troppo-decompresso':
        throw new WorkbookReadError('troppo-decompresso', fileName, { size: verdict.bytes, limit: verdict.limit });
      default:
        throw new WorkbookReadError('danneggiato', fileName);
    }
  }
  return new ZipPackage(bytes, verdict.entries, fileName);
}
