/**
 * The board's colours. The pages take theirs from the CSS tokens in
 * src/styles/global.css; this file holds the same values for what CSS cannot
 * reach (the app manifest, the browser's theme colour, the favicon and app
 * icons, the social images). test/unit/brand.test.ts holds the two equal, so
 * a fork rebrands by changing the hue in both places and running
 * `npm run icons`.
 */
import { oklchToHex } from '../lib/color.ts';

/** The one hue every accent shade is drawn from (--accent-hue in global.css). */
export const accentHue = 262;

/** Lightness and chroma of the tokens used outside CSS, as global.css writes them. */
export const brandTokens = {
  light: { surface: { l: 0.985, c: 0.004 }, ink: { l: 0.22, c: 0.02 }, muted: { l: 0.45, c: 0.02 }, accent: { l: 0.48, c: 0.2 } },
  dark: { surface: { l: 0.17, c: 0.012 } },
} as const;

const hex = (token: { l: number; c: number }) => oklchToHex({ ...token, h: accentHue });

/** sRGB hex colours for manifests, meta tags and images. */
export const brandColors = {
  surface: hex(brandTokens.light.surface),
  surfaceDark: hex(brandTokens.dark.surface),
  ink: hex(brandTokens.light.ink),
  muted: hex(brandTokens.light.muted),
  accent: hex(brandTokens.light.accent),
  /** A deeper accent for the salary on social images. */
  accentDeep: hex({ l: 0.4, c: 0.17 }),
} as const;
