/**
 * Node only: the package layer inflates and deflates with Node's native zlib instead of fflate.
 * Measured on the bench's 2,000-objective plan (40 MB of sheet XML): zlib level 2 70 ms and
 * 3.8 MB, level 5 153 ms and 3.1 MB, level 6 209 ms and 2.95 MB; fflate several times slower.
 * Level 2: a build is mostly waiting on it otherwise, and a file 0.7 MB larger costs nobody
 * anything. Reading, zlib takes a third of fflate's time. Deflated parts are compressed a chunk at
 * a time, each ending with a sync flush, so the chunks join into one valid stream without holding
 * a whole sheet in memory. Inflation is bounded by the size the entry declares (zip bombs).
 */
import * as zlib from 'zlib';
import { useRawInflater } from '../package/zip';
import { useRawDeflater } from './zipWriter';

const LEVEL = 2;

function inflateBounded(data: Uint8Array, declared: number): Uint8Array | null {
  try {
    // One byte over the declared size is enough to know the entry lies about it.
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, declared + 1) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw err;
  }
}

export function installNodeZlib(): void {
  useRawInflater((data, declared) => {
    const out = inflateBounded(data, declared);
    return out && out.length <= declared ? out : null;
  });
  if (typeof zlib.crc32 !== 'function') return; // Node < 20.15: fflate deflates.
  useRawDeflater({
    chunk: (data, final) =>
      zlib.deflateRawSync(data, { level: LEVEL, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
    crc32: (data, previous) => zlib.crc32(data, previous),
  });
}
