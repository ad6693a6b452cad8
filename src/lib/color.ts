/**
 * OKLCH (the space the site's CSS tokens are written in) to an sRGB hex
 * colour, for the places CSS cannot reach: the app manifest, the
 * theme-color meta tags, the favicon and the social images. Björn Ottosson's
 * published OKLab matrices; a colour outside sRGB is clipped per channel.
 */
export interface Oklch {
  /** Lightness, 0–1. */
  l: number;
  /** Chroma, 0 to about 0.37. */
  c: number;
  /** Hue, degrees. */
  h: number;
}

function toSrgbChannel(linear: number): number {
  const clipped = Math.min(1, Math.max(0, linear));
  const encoded = clipped <= 0.0031308 ? 12.92 * clipped : 1.055 * clipped ** (1 / 2.4) - 0.055;
  return Math.round(encoded * 255);
}

export function oklchToHex({ l, c, h }: Oklch): string {
  const radians = (h * Math.PI) / 180;
  const a = c * Math.cos(radians);
  const b = c * Math.sin(radians);
  const lCone = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const mCone = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const sCone = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb = [
    4.0767416621 * lCone - 3.3077115913 * mCone + 0.2309699292 * sCone,
    -1.2684380046 * lCone + 2.6097574011 * mCone - 0.3413193965 * sCone,
    -0.0041960863 * lCone - 0.7034186147 * mCone + 1.707614701 * sCone,
  ];
  return `#${rgb.map((channel) => toSrgbChannel(channel).toString(16).padStart(2, '0')).join('')}`;
}
