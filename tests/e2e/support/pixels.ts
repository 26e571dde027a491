import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Rgb } from './contrast';

/** A rectangle of the window, in CSS pixels of the top page. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The colours of a screenshot, addressed by pixel. */
export interface Pixels {
  width: number;
  height: number;
  at(x: number, y: number): Rgb;
  /** The screenshot itself, to compare two quickly. */
  png: Buffer;
}

/** The Paeth predictor of the PNG standard. */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes the PNGs Chromium's screenshots are (8 bits per channel, RGB or
 * RGBA, not interlaced) — enough for reading colours back, with no image
 * library to install.
 */
export function decodePng(png: Buffer): Pixels {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colourType, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error('unexpected PNG kind');
    } else if (type === 'IDAT') compressed.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    for (let column = 0; column < stride; column += 1) {
      const value = raw[row * (stride + 1) + 1 + column] ?? 0;
      const left = column >= channels ? (out[row * stride + column - channels] ?? 0) : 0;
      const up = row > 0 ? (out[(row - 1) * stride + column] ?? 0) : 0;
      const upLeft =
        row > 0 && column >= channels ? (out[(row - 1) * stride + column - channels] ?? 0) : 0;
      const predicted =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? (left + up) >> 1
              : filter === 4
                ? paeth(left, up, upLeft)
                : 0;
      out[row * stride + column] = (value + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    png,
    at(x, y) {
      const start = y * stride + x * channels;
      return [out[start] ?? 0, out[start + 1] ?? 0, out[start + 2] ?? 0];
    },
  };
}

/** One screenshot of `box` of the page's window (one pixel per CSS pixel). */
function screenshot(page: Page, box: Box): Promise<Buffer> {
  const clip = {
    x: Math.max(0, Math.floor(box.x)),
    y: Math.max(0, Math.floor(box.y)),
    width: Math.max(1, Math.ceil(box.width)),
    height: Math.max(1, Math.ceil(box.height)),
  };
  return page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' });
}

/**
 * The pixels of `box` once the picture has settled: two screenshots in a
 * row alike (and, with `unlike`, different from that earlier picture). The
 * panel is a frame drawn by another process, whose newest frame can reach
 * the window a little after a change; a few tries, then what there is.
 */
export async function pixelsIn(page: Page, box: Box, unlike?: Pixels): Promise<Pixels> {
  let last = await screenshot(page, box);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const next = await screenshot(page, box);
    if (next.equals(last) && !(unlike && next.equals(unlike.png))) break;
    last = next;
  }
  return decodePng(last);
}
