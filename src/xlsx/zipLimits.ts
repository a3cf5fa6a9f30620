/**
 * Zip-bomb guard. An `.xlsx` is a zip archive and ExcelJS inflates every part into memory, so a
 * small file can demand gigabytes. Before ExcelJS sees the bytes we read the zip's central
 * directory (no inflating) and refuse archives with too many entries or too many declared
 * uncompressed bytes; then we inflate each part once, discarding the output, to catch an archive
 * that lies about its sizes. Bytes only: no `fs`, usable in the browser.
 */

/** More entries than any real workbook has (a 200-sheet workbook with charts and comments stays under 2,000). */
export const MAX_ZIP_ENTRIES = 5_000;
/** All parts together, images included, once uncompressed. */
export const MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;
/**
 * The parts ExcelJS parses (everything but `xl/media/`), once uncompressed. Reading costs about
 * ten times this in memory, and the analysis as much again (measured: 61 MB of sheet XML →
 * 650 MB peak to read, 1.2 GB for `peg check`), so 100 MB keeps a check near 2 GB, within Node's
 * default heap on an ordinary office PC. A real plan is a few megabytes.
 */
export const MAX_PARSED_BYTES = 100 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General-purpose flags (bit 3: sizes in a data descriptor, bit 11: UTF-8 name). */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipVerdict =
  | { ok: true; entries: ZipEntry[] }
  /** The central directory cannot be found or read: left to the zip library, which reports it as damaged. */
  | { ok: false; problem: 'illeggibile' }
  | { ok: false; problem: 'troppi-elementi'; entries: number }
  | { ok: false; problem: 'troppo-decompresso'; bytes: number; limit: number }
  | { ok: false; problem: 'dimensioni-false'; entry: string };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  // Sizes above 2^53 are absurd here; the sum is only compared with our limits.
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x1_0000_0000;
}

function findEocd(dv: DataView): number {
  const min = Math.max(0, dv.byteLength - 22 - MAX_COMMENT);
  for (let i = dv.byteLength - 22; i >= min; i--) if (dv.getUint32(i, true) === EOCD_SIG) return i;
  return -1;
}

/** Count and offset of the central directory, following the zip64 record when the classic one is saturated. */
function directoryOf(dv: DataView, eocd: number): { count: number; offset: number } | null {
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== ZIP64_LOCATOR_SIG) return null;
    const rec = u64(dv, loc + 8);
    if (rec + 56 > dv.byteLength || dv.getUint32(rec, true) !== ZIP64_EOCD_SIG) return null;
    count = u64(dv, rec + 32);
    offset = u64(dv, rec + 48);
  }
  return { count, offset };
}

/** Sizes saturated at 0xFFFFFFFF live in the zip64 extra field (id 1), in this order. */
function zip64Sizes(dv: DataView, extraStart: number, extraLen: number, e: ZipEntry): void {
  let p = extraStart;
  const end = extraStart + extraLen;
  while (p + 4 <= end) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const fits = (): boolean => q + 8 <= p + 4 + len;
      if (e.uncompressedSize === 0xffffffff && fits()) {
        e.uncompressedSize = u64(dv, q);
        q += 8;
      }
      if (e.compressedSize === 0xffffffff && fits()) {
        e.compressedSize = u64(dv, q);
        q += 8;
      }
      if (e.localHeaderOffset === 0xffffffff && fits()) e.localHeaderOffset = u64(dv, q);
      return;
    }
    p += 4 + len;
  }
}

const decoder = new TextDecoder();

/** The archive's entries as its central directory declares them, without inflating anything. */
export function readCentralDirectory(bytes: Uint8Array): { entries: ZipEntry[] } | { tooMany: number } | null {
  const dv = view(bytes);
  if (dv.byteLength < 22) return null;
  const eocd = findEocd(dv);
  if (eocd < 0) return null;
  const dir = directoryOf(dv, eocd);
  if (!dir) return null;
  // Checked before walking: a forged count must not make us loop for long.
  if (dir.count > MAX_ZIP_ENTRIES) return { tooMany: dir.count };
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (p + 46 > dv.byteLength || dv.getUint32(p, true) !== CENTRAL_SIG) return null;
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > dv.byteLength) return null;
    const e: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: dv.getUint16(p + 10, true),
      flags: dv.getUint16(p + 8, true),
      crc32: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    };
    zip64Sizes(dv, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries };
}

function isParsed(name: string): boolean {
  return !/^\/?xl\/media\//i.test(name);
}

/** Declared counts and sizes against the limits. */
export function checkDeclared(bytes: Uint8Array): ZipVerdict {
  const dir = readCentralDirectory(bytes);
  if (!dir) return { ok: false, problem: 'illeggibile' };
  if ('tooMany' in dir) return { ok: false, problem: 'troppi-elementi', entries: dir.tooMany };
  const { entries } = dir;
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) return { ok: false, problem: 'troppo-decompresso', bytes: total, limit: MAX_UNCOMPRESSED_BYTES };
  const parsed = entries.filter((e) => isParsed(e.name)).reduce((s, e) => s + e.uncompressedSize, 0);
  if (parsed > MAX_PARSED_BYTES) return { ok: false, problem: 'troppo-decompresso', bytes: parsed, limit: MAX_PARSED_BYTES };
  return { ok: true, entries };
}

/**
 * The entry's stored bytes (compressed as they are in the archive), located through its local
 * header; null when the header is not where the central directory says.
 */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const dv = view(bytes);
  const at = e.localHeaderOffset;
  if (at + 30 > dv.byteLength || dv.getUint32(at, true) !== LOCAL_SIG) return null;
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + e.compressedSize > dv.byteLength) return null;
  return bytes.subarray(start, start + e.compressedSize);
}

/** Inflates one deflated entry, discarding the output, and says whether it stays within its declared size. */
async function inflatesWithin(data: Uint8Array, declared: number): Promise<boolean> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      seen += value.byteLength;
      if (seen > declared) {
        await reader.cancel().catch(() => undefined);
        return false;
      }
    }
  } catch {
    // Corrupt deflate data: the zip library will report the file as damaged.
    return true;
  }
}

/**
 * Inflates every deflated entry once, bounded by its declared size, so an archive cannot hide a
 * bomb behind small declared sizes. Skipped where the platform lacks `DecompressionStream`
 * (old browsers): the declared limits still apply there.
 */
export async function checkActualSizes(bytes: Uint8Array, entries: ZipEntry[]): Promise<ZipVerdict> {
  if (typeof DecompressionStream === 'undefined') return { ok: true, entries };
  for (const e of entries) {
    if (e.method !== 8) continue;
    const data = entryData(bytes, e);
    if (!data) continue;
    if (!(await inflatesWithin(data, e.uncompressedSize))) return { ok: false, problem: 'dimensioni-false', entry: e.name };
  }
  return { ok: true, entries };
}

/** Both checks: declared limits first (cheap), then actual sizes. */
export async function checkZipLimits(bytes: Uint8Array): Promise<ZipVerdict> {
  const declared = checkDeclared(bytes);
  if (!declared.ok) return declared;
  return checkActualSizes(bytes, declared.entries);
}
