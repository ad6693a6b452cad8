/**
 * A social card while it is painted: one palette index a pixel, ready to
 * be written as an indexed PNG (./png.ts). Cards are a shared background
 * (a few flat colours), a logo already reduced to a few colours, and text;
 * text is kept to its inks and a few levels of coverage as it is painted,
 * so a card needs far fewer than 256 colours and is written without any
 * quantising pass over the whole image.
 */
import type { IndexedImage } from './png.ts';

export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Like RgbImage, with four bytes a pixel (straight, not premultiplied, alpha). */
export type RgbaImage = RgbImage;

export interface IndexedCanvas extends IndexedImage {
  colors: number[];
  /** 0xRRGGBB → its index in `colors`. */
  indexOf: Map<number, number>;
}

/**
 * Levels of coverage text keeps at its edges. Eight are indistinguishable
 * from 256 at a card's type sizes and keep each ink to eight colours.
 */
export const TEXT_COVERAGE_LEVELS = 8;
const COVERAGE_STEP = 255 / (TEXT_COVERAGE_LEVELS - 1);

const MAX_COLORS = 256;

/** The palette index of a colour, added when there is room, else the nearest one already there. */
function colorIndex(canvas: IndexedCanvas, color: number): number {
  const known = canvas.indexOf.get(color);
  if (known !== undefined) return known;
  if (canvas.colors.length < MAX_COLORS) {
    canvas.colors.push(color);
    canvas.indexOf.set(color, canvas.colors.length - 1);
    return canvas.colors.length - 1;
  }
  // Only a pathological card gets here (cards use far fewer colours); a near colour beats failing the build.
  return nearestColor(canvas.colors, color);
}

/** An RGB image as a canvas (the background, drawn once a build). */
export function indexedCanvas(image: RgbImage): IndexedCanvas {
  const { width, height, data } = image;
  const canvas: IndexedCanvas = { width, height, rows: new Uint8Array((width + 1) * height), colors: [], indexOf: new Map() };
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0, t = y * (width + 1) + 1; x < width; x++, t++, i += 3)
      canvas.rows[t] = colorIndex(canvas, (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  }
  return canvas;
}

export function copyCanvas(canvas: IndexedCanvas): IndexedCanvas {
  return { ...canvas, rows: canvas.rows.slice(), colors: [...canvas.colors], indexOf: new Map(canvas.indexOf) };
}

const rgbOf = (hex: string) => Number.parseInt(hex.slice(1), 16);

/** Each coverage (0–255) rounded to the nearest of TEXT_COVERAGE_LEVELS. */
const COVERAGE = Uint8Array.from({ length: 256 }, (_, alpha) => Math.round(Math.round(alpha / COVERAGE_STEP) * COVERAGE_STEP));

/** The colour `alpha` of `color` over `under` makes, with integer weights, rounded. */
function mix(color: number, under: number, alpha: number): number {
  const keep = 255 - alpha;
  const channel = (shift: number) => Math.round((((color >> shift) & 255) * alpha + ((under >> shift) & 255) * keep) / 255);
  return (channel(16) << 16) | (channel(8) << 8) | channel(0);
}

/** Which of the colours (0xRRGGBB) is nearest another, by the sum of the channels' differences. */
function nearestColor(colors: readonly number[], color: number): number {
  let nearest = 0;
  let best = Infinity;
  for (let i = 0; i < colors.length; i++) {
    const other = colors[i]!;
    const distance =
      Math.abs((other >> 16) - (color >> 16)) +
      Math.abs(((other >> 8) & 255) - ((color >> 8) & 255)) +
      Math.abs((other & 255) - (color & 255));
    if (distance < best) [best, nearest] = [distance, i];
  }
  return nearest;
}

/** Palette index for (ink, coverage, index under it), -1 until needed; shared by every call and reset after each. */
const mixed = new Int16Array(4 * 256 * 256).fill(-1);

/**
 * Paints text over the canvas ("source over"), clipped to it: each pixel
 * takes the nearest of the text's inks (hex colours, at most four) and one
 * of TEXT_COVERAGE_LEVELS coverages, so a block adds at most a few colours
 * per colour under it. Those few are worked out once each, not once a pixel.
 */
export function paintText(canvas: IndexedCanvas, text: RgbaImage, left: number, top: number, inks: readonly string[]): void {
  const inkColors = inks.slice(0, 4).map(rgbOf);
  const { rows, colors } = canvas;
  const source = text.data;
  const used: number[] = [];
  const { x0, x1, y0, y1, stride } = clip(canvas, text, left, top);
  for (let y = y0; y < y1; y++) {
    let s = (y * text.width + x0) * 4;
    let t = (top + y) * stride + 1 + left + x0;
    for (let x = x0; x < x1; x++, s += 4, t++) {
      const alpha = COVERAGE[source[s + 3]!]!;
      if (alpha === 0) continue;
      // The nearest ink: a renderer's rounding at glyph edges would otherwise add colours.
      const ink = inkColors.length === 1 ? 0 : nearestColor(inkColors, (source[s]! << 16) | (source[s + 1]! << 8) | source[s + 2]!);
      const key = (ink * 256 + alpha) * 256 + rows[t]!;
      let index = mixed[key]!;
      if (index < 0) {
        mixed[key] = index = colorIndex(canvas, mix(inkColors[ink]!, colors[rows[t]!]!, alpha));
        used.push(key);
      }
      rows[t] = index;
    }
  }
  for (const key of used) mixed[key] = -1;
}

/** Paints an image (a logo) over the canvas ("source over"), clipped to it. */
export function paintImage(canvas: IndexedCanvas, image: RgbaImage, left: number, top: number): void {
  const { rows, colors } = canvas;
  const source = image.data;
  const { x0, x1, y0, y1, stride } = clip(canvas, image, left, top);
  for (let y = y0; y < y1; y++) {
    let s = (y * image.width + x0) * 4;
    let t = (top + y) * stride + 1 + left + x0;
    for (let x = x0; x < x1; x++, s += 4, t++) {
      const alpha = source[s + 3]!;
      if (alpha === 0) continue;
      const color = (source[s]! << 16) | (source[s + 1]! << 8) | source[s + 2]!;
      rows[t] = colorIndex(canvas, alpha === 255 ? color : mix(color, colors[rows[t]!]!, alpha));
    }
  }
}

/** The part of an overlay at (left, top) that lands on the canvas, and the canvas's bytes a row. */
function clip(canvas: IndexedCanvas, overlay: RgbaImage, left: number, top: number) {
  return {
    x0: Math.max(0, -left),
    x1: Math.min(overlay.width, canvas.width - left),
    y0: Math.max(0, -top),
    y1: Math.min(overlay.height, canvas.height - top),
    stride: canvas.width + 1,
  };
}
