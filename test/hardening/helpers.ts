/**
 * Helpers for the hardening tests: a minimal zip writer (so a test can build archives that lie,
 * or hold hundreds of megabytes of text, without ever holding them in memory) and a way to run
 * the CLI while measuring its peak memory.
 */
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import * as zlib from 'zlib';
import { CLI_MAIN, REPO_ROOT, type PegRun } from '../helpers/cli';

export interface RawEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  crc: number;
  /** The uncompressed size written in the headers (a lying archive puts a small number here). */
  declaredSize: number;
}

/**
 * Deflates `chunk` repeated `times` times, a megabyte at a time: hundreds of megabytes of text for
 * a few megabytes of memory. Each megabyte is a sync-flushed raw deflate segment (self-contained,
 * not final); an empty final block closes the stream, so the segments concatenate into one valid stream.
 */
export function deflateRepeated(chunk: string, times: number): { data: Buffer; crc: number; size: number } {
  const piece = Buffer.from(chunk);
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / piece.length));
  const block = Buffer.concat(Array.from({ length: perBlock }, () => piece));
  const out: Buffer[] = [];
  let crc = 0;
  for (let done = 0; done < times; ) {
    const n = Math.min(perBlock, times - done);
    const buf = block.subarray(0, n * piece.length);
    crc = zlib.crc32(buf, crc);
    out.push(zlib.deflateRawSync(buf, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    done += n;
  }
  out.push(Buffer.from([0x03, 0x00]));
  return { data: Buffer.concat(out), crc: crc >>> 0, size: times * piece.length };
}

/** Stored entries of an existing archive, deflated again, ready to be mixed with forged ones. */
export async function entriesOf(xlsxBytes: Buffer, skip: string[] = []): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(xlsxBytes);
  const out: RawEntry[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir || skip.includes(f.name)) continue;
    const content = await f.async('nodebuffer');
    out.push({ name: f.name, data: zlib.deflateRawSync(content), crc: zlib.crc32(content) >>> 0, declaredSize: content.length });
  }
  return out;
}

/** Writes a zip (deflate, no zip64) from raw entries, headers saying what `declaredSize` says. */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * Runs the compiled CLI and reports its peak resident memory (MB), read by a preloaded module
 * when the process exits. The number is reported, and only compared with generous bounds.
 */
export function runPegMeasured(args: string[], dir: string): PegRun & { peakMB: number } {
  const probe = path.join(dir, `rss-${process.pid}-${Date.now()}.js`);
  const out = `${probe}.txt`;
  writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  const r = spawnSync(process.execPath, ['-r', probe, CLI_MAIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.error) throw r.error;
  let peakMB = -1;
  try {
    peakMB = Math.round(Number(readFileSync(out, 'utf8')) / 1024);
  } catch {
    // The process died before its exit handler (killed by the OS): no measure.
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, peakMB };
}
