import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
  copyCanvas,
  indexedCanvas,
  paintImage,
  paintText,
  TEXT_COVERAGE_LEVELS,
  type IndexedCanvas,
} from '../../src/social/indexed-canvas.ts';
import { encodeIndexedPng } from '../../src/social/png.ts';

const GREY = 0x646464;

/** A width×height canvas of one colour. */
const plain = (width: number, height: number, color = GREY) =>
  indexedCanvas({ data: Uint8Array.from({ length: width * height * 3 }, (_, i) => (color >> (16 - 8 * (i % 3))) & 255), width, height });

/** The colour of each pixel, row by row, as 0xRRGGBB. */
const colorsOf = (canvas: IndexedCanvas) =>
  Array.from({ length: canvas.height }, (_, y) =>
    [...canvas.rows.subarray(y * (canvas.width + 1) + 1, (y + 1) * (canvas.width + 1))].map((i) => canvas.colors[i]!),
  );

/** RGBA pixels from [0xRRGGBB, alpha] pairs. */
const rgba = (width: number, height: number, pixels: [number, number][]) => ({
  width,
  height,
  data: Uint8Array.from(pixels.flatMap(([color, alpha]) => [color >> 16, (color >> 8) & 255, color & 255, alpha])),
});

describe('the indexed canvas', () => {
  it('holds each distinct colour of an image once, rows led by a PNG filter byte', () => {
    const canvas = indexedCanvas({ data: new Uint8Array([255, 0, 0, 0, 0, 255, 255, 0, 0, 255, 0, 0]), width: 2, height: 2 });
    expect(canvas.colors).toEqual([0xff0000, 0x0000ff]);
    expect([...canvas.rows]).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it('paints a logo: opaque pixels, translucent ones mixed, transparent ones skipped, clipped at the edges', () => {
    const canvas = plain(3, 3);
    const logo = rgba(2, 2, [
      [0xff0000, 255],
      [0xffffff, 128],
      [0x090909, 0],
      [0x0000ff, 255],
    ]);
    paintImage(canvas, logo, 2, 2); // only the top-left pixel lands on the canvas
    expect(colorsOf(canvas)[2]![2]).toBe(0xff0000);
    paintImage(canvas, logo, 0, 0);
    expect(colorsOf(canvas)).toEqual([
      [0xff0000, 0xb2b2b2, GREY],
      [GREY, 0x0000ff, GREY],
      [GREY, GREY, 0xff0000],
    ]);
  });

  it('keeps text to its inks and a few coverages, so it adds few colours however it was anti-aliased', () => {
    const canvas = plain(256, 2);
    // Every coverage once, in an ink a renderer drew slightly off (0x10 → 0x11 at the edges) and in a second ink.
    const text = rgba(256, 2, [
      ...Array.from({ length: 256 }, (_, alpha): [number, number] => [alpha === 255 ? 0x102030 : 0x112131, alpha]),
      ...Array.from({ length: 256 }, (_, alpha): [number, number] => [0xc0d0e0, alpha]),
    ]);
    paintText(canvas, text, 0, 0, ['#102030', '#c0d0e0']);
    const [first, second] = colorsOf(canvas);
    expect(first![0]).toBe(GREY); // no coverage, nothing painted
    expect(first![255]).toBe(0x102030);
    expect(second![255]).toBe(0xc0d0e0);
    // The grey and, per ink, one colour for each coverage but none.
    expect(canvas.colors).toHaveLength(1 + 2 * (TEXT_COVERAGE_LEVELS - 1));
    expect(new Set(first).size).toBe(TEXT_COVERAGE_LEVELS);
  });

  it('falls back to the nearest colour when a palette is full, and a copy leaves the original alone', () => {
    const canvas = plain(300, 1, 0);
    const copy = copyCanvas(canvas);
    // 300 distinct reds: the first 255 join the black, the rest take the nearest of those.
    paintImage(
      copy,
      rgba(
        300,
        1,
        Array.from({ length: 300 }, (_, i): [number, number] => [(Math.min(255, i + 1) << 16) | (i > 255 ? 1 : 0), 255]),
      ),
      0,
      0,
    );
    expect(copy.colors).toHaveLength(256);
    expect(colorsOf(copy)[0]!.slice(296)).toEqual([0xff0000, 0xff0000, 0xff0000, 0xff0000]);
    expect(canvas.colors).toEqual([0]);
    expect(new Set(canvas.rows)).toEqual(new Set([0]));
  });
});

describe('indexed PNG', () => {
  it('decodes to the canvas it was written from', async () => {
    const canvas = plain(5, 3);
    paintImage(
      canvas,
      rgba(2, 1, [
        [0xff8000, 255],
        [0x00ff00, 255],
      ]),
      3,
      2,
    );
    const png = await encodeIndexedPng(canvas);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([5, 3, 3]);
    const decoded = Array.from({ length: 15 }, (_, p) => (data[p * 3]! << 16) | (data[p * 3 + 1]! << 8) | data[p * 3 + 2]!);
    expect(decoded).toEqual(colorsOf(canvas).flat());
    expect([png[24], png[25]]).toEqual([8, 3]); // IHDR: 8 bits a pixel, colour type 3 (indexed)
  });

  it('refuses an empty palette and rows of the wrong length', async () => {
    await expect(encodeIndexedPng({ width: 1, height: 1, rows: new Uint8Array(2), colors: [] })).rejects.toThrow('1 to 256 colours');
    await expect(encodeIndexedPng({ width: 2, height: 1, rows: new Uint8Array(2), colors: [0] })).rejects.toThrow('1 rows of 1 + 2 bytes');
  });
});
