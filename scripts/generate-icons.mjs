#!/usr/bin/env node
/**
 * Draws the extension's icon (a white "feed forward" chevron on a blue
 * rounded square) as PNG files in public/icon/, so the toolbar button and
 * the reminders have an icon without any image tool or downloaded asset.
 * Run again only when the design changes: `node scripts/generate-icons.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const BLUE = [26, 86, 219];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage (0–1) of the icon's shapes at a point in unit coordinates. */
function shade(x, y) {
  const radius = 0.22;
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  if (Math.hypot(dx, dy) > radius) return null;
  // Two chevrons pointing right: "feed forward".
  const inChevron = (tipX) => {
    const distance = Math.abs(y - 0.5);
    const edge = tipX - distance * 0.9;
    return x <= edge && x >= edge - 0.16 && distance <= 0.3;
  };
  return inChevron(0.6) || inChevron(0.84) ? WHITE : BLUE;
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let row = 0; row < size; row += 1) {
    const line = Buffer.alloc(1 + size * 4);
    for (let column = 0; column < size; column += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = shade(
            (column + (sx + 0.5) / samples) / size,
            (row + (sy + 0.5) / samples) / size,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = 1 + column * 4;
      if (a > 0) {
        line[offset] = Math.round(r / a);
        line[offset + 1] = Math.round(g / a);
        line[offset + 2] = Math.round(b / a);
      }
      line[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size));
console.log(`Wrote ${SIZES.map((size) => `${size}.png`).join(', ')} to ${OUT}`);
