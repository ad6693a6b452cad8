/**
 * The logo a company's JSON-LD names. Google shows an employer's logo only
 * from a raster image (PNG, JPEG or WebP) of at least 112×112 px, and the
 * board's own logos are 48–64 px thumbnails or SVG. So each company whose
 * logo can meet the rule gets one more image, a square PNG painted from the
 * original (src/pages/logos/[file].ts); a raster logo too small for it gets
 * none, and the validator warns its editor (validate/logo-size.ts).
 */
import { createHash } from 'node:crypto';

/** Google's smallest logo, in px each way. */
export const searchLogoMinPx = 112;
/** The side of the square PNG, in px: sharp for any screen, and never an upscale of a raster. */
export const searchLogoMaxPx = 256;

export interface LogoFacts {
  /** Astro's URL of the logo; it changes whenever the file's content does. */
  src: string;
  width: number;
  height: number;
  format: string;
}

/** Whether a logo can give Google's rule: any SVG, or a raster at least the minimum each way. */
export function meetsSearchLogoRule(logo: LogoFacts): boolean {
  return logo.format === 'svg' || Math.min(logo.width, logo.height) >= searchLogoMinPx;
}

/** The side of the square PNG: a raster keeps its own size up to the cap; an SVG is drawn at the cap. */
export function searchLogoSide(logo: LogoFacts): number {
  return logo.format === 'svg' ? searchLogoMaxPx : Math.min(searchLogoMaxPx, Math.max(logo.width, logo.height));
}

/**
 * The site-relative path of a company's search logo, or undefined when its
 * logo cannot meet the rule. The name carries a hash of the logo's URL, so a
 * new logo gets a new address and no cache serves the old one.
 */
export function searchLogoPath(companyId: string, logo: LogoFacts): string | undefined {
  if (!meetsSearchLogoRule(logo)) return undefined;
  const version = createHash('sha1').update(logo.src).digest('hex').slice(0, 10);
  return `/logos/${companyId}-${version}.png`;
}
