/**
 * Writes an 8-bit indexed-colour (palette) PNG. Social cards are flat
 * colours and text, so a card fits in a palette (./indexed-canvas.ts) and
 * an indexed PNG of it is a third of a JPEG's size with sharper text.
 *
 * Neither sharp nor libvips takes palette indices as input (sharp would
 * quantise the whole card again, several times slower than JPEG), and
 * fast-png deflates in JavaScript, several times slower than Node's zlib;
 * docs/performance.md has the measurements. The container is four chunks.
 */
import { crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';

const deflateAsync = promisify(deflate);

export interface IndexedImage {
  width: number;
  height: number;
  /**
   * One palette index a pixel, row by row, each row after one byte for its
   * PNG filter type (0, none; it suits palette images best). Kept this way
   * while painting, so encoding copies nothing.
   */
  rows: Uint8Array;
  /** Up to 256 colours, each 0xRRGGBB. */
  colors: readonly number[];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_INDEXED = 3;
/** zlib's default: levels above it cost twice the time for a few per cent. */
const DEFLATE_LEVEL = 6;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export async function encodeIndexedPng({ width, height, rows, colors }: IndexedImage): Promise<Buffer> {
  if (colors.length < 1 || colors.length > 256) throw new RangeError(`A palette has 1 to 256 colours, not ${colors.length}`);
  if (rows.length !== (width + 1) * height) throw new RangeError(`${height} rows of 1 + ${width} bytes expected, got ${rows.length} bytes`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits a pixel
  header[9] = COLOR_TYPE_INDEXED;
  const palette = Buffer.alloc(colors.length * 3);
  colors.forEach((color, i) => palette.writeUIntBE(color, i * 3, 3));
  const data = await deflateAsync(rows, { level: DEFLATE_LEVEL, memLevel: 9 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', data), chunk('IEND', new Uint8Array())]);
}
