/**
 * Paints RGBA pixels over an RGB image in place ("source over"), clipped
 * to the image. Social cards are a shared background plus a little text
 * per job; sharp's own composite costs more than rendering the text, so
 * the few non-transparent pixels are blended here.
 */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Like RgbImage, with four bytes a pixel (straight, not premultiplied, alpha). */
export type RgbaImage = RgbImage;

export function blendOver(target: RgbImage, overlay: RgbaImage, left: number, top: number): void {
  const { data: out, width, height } = target;
  const src = overlay.data;
  for (let y = 0; y < overlay.height; y++) {
    const ty = top + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < overlay.width; x++) {
      const tx = left + x;
      if (tx < 0 || tx >= width) continue;
      const s = (y * overlay.width + x) * 4;
      const alpha = src[s + 3]!;
      if (alpha === 0) continue;
      const t = (ty * width + tx) * 3;
      if (alpha === 255) {
        out[t] = src[s]!;
        out[t + 1] = src[s + 1]!;
        out[t + 2] = src[s + 2]!;
      } else {
        const a = alpha / 255;
        out[t] = Math.round(src[s]! * a + out[t]! * (1 - a));
        out[t + 1] = Math.round(src[s + 1]! * a + out[t + 1]! * (1 - a));
        out[t + 2] = Math.round(src[s + 2]! * a + out[t + 2]! * (1 - a));
      }
    }
  }
}
