/**
 * Logos past the size limits (src/schema/logo-limits.ts): refused by the
 * validator for their bytes before anything parses them, and for their
 * pixel size whether raster or SVG.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { logoLimits } from '../../src/schema/logo-limits.ts';
import { logoProblem } from '../../src/listing-files/validate/logo.ts';
import { undecodableImage } from '../../src/listing-files/validate/decode-image.ts';
import { company, enc, lines, run } from '../support/validator.ts';

const drawing = (viewBox: string, extra = '') =>
  enc(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${extra}<circle cx="24" cy="24" r="20"/></svg>`);
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a6' } })
    .png()
    .toBuffer();

describe('logo limits', () => {
  it('refuses an SVG padded past the byte limit with comments, before parsing it', () => {
    const padded = drawing('0 0 48 48', `<!--${'x'.repeat(8 * 1024 * 1024)}-->`.repeat(3));
    expect(logoProblem('huge.svg', padded)).toBe(
      'huge.svg is 24,577 KB; logos may be at most 200 KB. Export it smaller: an SVG without embedded images or comments, or a PNG of 512 × 512 pixels',
    );
    expect(logoProblem('fits.svg', drawing('0 0 48 48', `<!--${'x'.repeat(logoLimits.bytes - 200)}-->`))).toBeUndefined();
  });

  it('refuses a raster logo or an SVG viewBox wider or taller than the pixel limit', async () => {
    expect(await undecodableImage(drawing('0 0 100000 48'))).toBe(
      "is 100000 × 48 pixels; logos may be at most 2048 pixels on a side (for an SVG, its viewBox). Export it at 512 × 512, or scale the SVG's viewBox down",
    );
    expect(await undecodableImage(drawing('0 0 2048 2048'))).toBeUndefined();
    expect(await undecodableImage(await png(64, 4000))).toMatch(/^is 64 × 4000 pixels; logos may be at most 2048 pixels on a side/);
    expect(await undecodableImage(await png(512, 512))).toBeUndefined();
  });

  it('reports the byte limit on the logo field of the profile, with its line', () => {
    const problems = run([], {
      companies: [company('acme')],
      files: { 'content/companies/acme.svg': enc(`<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(300_000)}</svg>`) },
    });
    expect(lines(problems)).toEqual([
      'content/companies/acme.md:4 error logo: acme.svg is 294 KB; logos may be at most 200 KB. Export it smaller: an SVG without embedded images or comments, or a PNG of 512 × 512 pixels',
    ]);
  });
});
