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
  // Clip once, so the inner loop only walks pixels that land on the image.
  const x0 = Math.max(0, -left);
  const x1 = Math.min(overlay.width, width - left);
  const y0 = Math.max(0, -top);
  const y1 = Math.min(overlay.height, height - top);
  for (let y = y0; y < y1; y++) {
    let s = (y * overlay.width + x0) * 4;
    let t = ((top + y) * width + left + x0) * 3;
    for (let x = x0; x < x1; x++, s += 4, t += 3) {
      const alpha = src[s + 3]!;
      if (alpha === 0) continue;
      if (alpha === 255) {
        out[t] = src[s]!;
        out[t + 1] = src[s + 1]!;
        out[t + 2] = src[s + 2]!;
      } else {
        // Integer weights: (source × alpha + target × (255 − alpha)) / 255, rounded.
        const keep = 255 - alpha;
        out[t] = Math.round((src[s]! * alpha + out[t]! * keep) / 255);
        out[t + 1] = Math.round((src[s + 1]! * alpha + out[t + 1]! * keep) / 255);
        out[t + 2] = Math.round((src[s + 2]! * alpha + out[t + 2]! * keep) / 255);
      }
    }
  }
}
