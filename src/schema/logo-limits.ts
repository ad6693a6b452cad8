/**
 * How big a company logo may be. The board shows logos at 64 px at most, and
 * Astro copies the original next to the resized ones, so every page showing
 * a 24 MB logo makes its visitors download 24 MB, and every deploy carries it
 * several times. The validator and the build (src/content.config.ts) both
 * refuse logos past these limits, with the same message.
 */
export const logoLimits = {
  /** Bytes: an optimised SVG or a 512 px PNG is a few kilobytes. */
  bytes: 200 * 1024,
  /** Pixels on the longer side; for an SVG, its viewBox (or width and height). */
  side: 2048,
} as const;

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;

/** Undefined when a logo of `bytes` is small enough; otherwise what to do, to follow its file name. */
export function logoBytesProblem(bytes: number): string | undefined {
  if (bytes <= logoLimits.bytes) return undefined;
  return `is ${kilobytes(bytes)}; logos may be at most ${kilobytes(logoLimits.bytes)}. Export it smaller: an SVG without embedded images or comments, or a PNG of 512 × 512 pixels`;
}

/** Undefined when a logo `width` × `height` is small enough; otherwise what to do, to follow its file name. */
export function logoSideProblem(width: number, height: number): string | undefined {
  if (width <= logoLimits.side && height <= logoLimits.side) return undefined;
  return `is ${width} × ${height} pixels; logos may be at most ${logoLimits.side} pixels on a side (for an SVG, its viewBox). Export it at 512 × 512, or scale the SVG's viewBox down`;
}
