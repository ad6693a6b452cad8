/**
 * Can the build read this image? A file can start like a PNG and still be
 * broken; the signature check (logo.ts) passes it, and then Astro's image
 * step or the social-card painter stops the whole build with a stack trace.
 * Decoding it once with sharp (which paints the cards) finds that here,
 * where the validator can name the profile and the field.
 */
import sharp from 'sharp';
import { imageMetadata } from 'astro/assets/utils';
import { meetsSearchLogoRule, searchLogoMinPx } from '../../seo/search-logo.ts';
import { logoBytesProblem, logoSideProblem } from '../../schema/logo-limits.ts';

/**
 * sharp draws an SVG without a size at a default one, but Astro needs the
 * size from the file itself and stops the build without it, so the
 * validator asks Astro the same question.
 */
const noSize = 'has no size the board can read; give the <svg> a viewBox, like viewBox="0 0 64 64"';

/** Undefined when the image decodes at a size the board accepts; otherwise what is wrong and what to do, one line, to follow its file name. */
export async function undecodableImage(bytes: Uint8Array): Promise<string | undefined> {
  // Too large to be worth decoding: logo.ts reports the size.
  if (logoBytesProblem(bytes.byteLength)) return undefined;
  // The size first: sharp would draw a 100 000 px viewBox before refusing it with a less helpful message.
  const size = await imageMetadata(bytes).catch(() => undefined);
  const tooWide = size && logoSideProblem(size.width, size.height);
  if (tooWide) return tooWide;
  try {
    // A 16 px thumbnail makes sharp decode every pixel without keeping a large image around.
    await sharp(bytes, { limitInputPixels: 50_000_000 }).resize(16, 16, { fit: 'contain' }).raw().toBuffer();
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').replace(/:\s*$/, '').trim();
    const shown = reason.length > 120 ? `${reason.slice(0, 119)}…` : reason || 'unreadable';
    return `could not be read as an image (${shown}); export the logo again as SVG or PNG`;
  }
  return size ? undefined : noSize;
}

/**
 * Undefined when search engines can show this logo beside the company's jobs;
 * otherwise why not and what to do. Only a raster logo can be too small: an
 * SVG is drawn at any size (src/seo/search-logo.ts). Call it on an image that decodes.
 */
export async function smallLogo(bytes: Uint8Array): Promise<string | undefined> {
  const { width, height, format } = await imageMetadata(bytes);
  if (meetsSearchLogoRule({ src: '', width, height, format })) return undefined;
  return `is ${width}×${height} px, smaller than the ${searchLogoMinPx}×${searchLogoMinPx} px search engines need to show it beside the company's jobs; use an SVG, or a PNG at least ${searchLogoMinPx} px each way`;
}
