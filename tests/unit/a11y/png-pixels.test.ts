import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../e2e/support/pixels';

/** A PNG chunk; the decoder does not check CRCs, so they are left zero. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
}

/** An 8-bit RGB PNG of `rows`, each row given with its filter byte and its filtered bytes. */
function png(width: number, rows: number[][]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows.flat()))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('reading screenshots back', () => {
  it('undoes the PNG row filters: none, sub, up and average', () => {
    const pixels = decodePng(
      png(2, [
        [0, 10, 20, 30, 40, 50, 60],
        [1, 5, 5, 5, 1, 2, 3],
        [2, 1, 1, 1, 0, 0, 0],
        [3, 4, 4, 4, 2, 2, 2],
      ]),
    );
    expect([pixels.width, pixels.height]).toEqual([2, 4]);
    expect(pixels.at(1, 0)).toEqual([40, 50, 60]);
    expect(pixels.at(1, 1)).toEqual([6, 7, 8]);
    expect(pixels.at(0, 2)).toEqual([6, 6, 6]);
    // Average of left and up, rounded down: (0 + 6) / 2 + 4 = 7, then (7 + 6) / 2 + 2 = 8 for red.
    expect(pixels.at(0, 3)).toEqual([7, 7, 7]);
    expect(pixels.at(1, 3)[0]).toBe(8);
  });
});
