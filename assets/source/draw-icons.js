/*
 * Draws the add-in's icons as PNGs with no dependency but zlib: `node assets/source/draw-icons.js`.
 * Shapes are described as coverage functions in a 0..1 unit square and supersampled 8×8, so every
 * size stays crisp. The PNGs are committed; run this again only to change the drawings.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const BLUE = [15, 108, 189]; // Fluent brand blue
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 16];

/** Layers painted in order: [shape, colour]. */
const plan = [
  [roundRect(0.06, 0.06, 0.94, 0.94, 0.16), BLUE],
  [roundRect(0.2, 0.56, 0.34, 0.8, 0.03), WHITE],
  [roundRect(0.43, 0.42, 0.57, 0.8, 0.03), WHITE],
  [roundRect(0.66, 0.26, 0.8, 0.8, 0.03), WHITE],
];
const check = [
  ...plan.slice(0, 3),
  [circle(0.7, 0.34, 0.27), WHITE],
  [circle(0.7, 0.34, 0.22), GREEN],
  [segment(0.59, 0.35, 0.67, 0.43, 0.075), WHITE],
  [segment(0.67, 0.43, 0.82, 0.26, 0.075), WHITE],
];

function render(layers, size) {
  const ss = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let col = null;
          for (const [shape, c] of layers) if (shape(x, y)) col = c;
          if (col) { r += col[0]; g += col[1]; b += col[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return out;
}

const dir = path.join(__dirname, '..');
for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) {
  fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size, render(plan, size)));
}
for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
  fs.writeFileSync(path.join(dir, `check-${size}.png`), png(size, render(check, size)));
}
