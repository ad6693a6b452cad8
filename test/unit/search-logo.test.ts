import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meetsSearchLogoRule, searchLogoPath, searchLogoSide } from '../../src/seo/search-logo.ts';
import { paintSearchLogo } from '../../src/seo/paint-search-logo.ts';
import { jobPosting, organization } from '../../src/seo/job-posting.ts';

const svg48 = { src: '/_astro/acme.AbC.svg', width: 48, height: 48, format: 'svg' };
const png64 = { src: '/_astro/tiny.XyZ.png', width: 64, height: 64, format: 'png' };
const png600x300 = { src: '/_astro/wide.QrS.png', width: 600, height: 300, format: 'png' };

describe('search logo rule', () => {
  it('accepts any SVG and rasters of 112 px each way, and refuses a smaller raster', () => {
    expect(meetsSearchLogoRule(svg48)).toBe(true);
    expect(meetsSearchLogoRule(png64)).toBe(false);
    expect(meetsSearchLogoRule({ ...png64, width: 112, height: 112 })).toBe(true);
    expect(meetsSearchLogoRule({ ...png64, width: 400, height: 111 })).toBe(false);
  });

  it('draws an SVG at the cap and never upscales a raster', () => {
    expect(searchLogoSide(svg48)).toBe(256);
    expect(searchLogoSide({ ...png64, width: 150, height: 120 })).toBe(150);
    expect(searchLogoSide(png600x300)).toBe(256);
  });

  it('names a file per company that changes when the logo does, and none for a logo too small', () => {
    const first = searchLogoPath('acme', svg48);
    expect(first).toMatch(/^\/logos\/acme-[0-9a-f]{10}\.png$/);
    expect(searchLogoPath('acme', svg48)).toBe(first);
    expect(searchLogoPath('acme', { ...svg48, src: '/_astro/acme.NeW.svg' })).not.toBe(first);
    expect(searchLogoPath('tiny', png64)).toBeUndefined();
  });
});

describe('painting the search logo', () => {
  const folder = mkdtempSync(join(tmpdir(), 'search-logo-'));

  it('draws a 48 px SVG as a sharp 256 px square PNG, not a stretched thumbnail', async () => {
    const file = join(folder, 'ring.svg');
    // A 1 px ring: drawn at 256 px it keeps hard edges, so many pixels are fully opaque or fully clear.
    writeFileSync(
      file,
      '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20" fill="none" stroke="#000" stroke-width="1"/></svg>',
    );
    const png = await paintSearchLogo(file, svg48);
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 256, height: 256 });
    const alpha = await sharp(png).extractChannel('alpha').raw().toBuffer();
    const opaque = alpha.filter((a) => a === 255).length;
    // An upscaled 48 px raster turns a 1 px line into a ~5 px blur with almost no fully opaque pixel.
    expect(opaque).toBeGreaterThan(300);
  });

  it('fits a wide raster into a square without enlarging it past its own size', async () => {
    const file = join(folder, 'wide.png');
    writeFileSync(
      file,
      await sharp({ create: { width: 600, height: 300, channels: 4, background: '#336699' } })
        .png()
        .toBuffer(),
    );
    const { width, height } = await sharp(await paintSearchLogo(file, png600x300)).metadata();
    expect({ width, height }).toEqual({ width: 256, height: 256 });
  });
});

describe('JSON-LD without a search logo', () => {
  it('leaves logo out of JobPosting and Organization rather than naming a thumbnail', () => {
    const company = { name: 'Tiny', website: 'https://tiny.example', logoUrl: undefined };
    expect(organization(company, 'https://board.example/companies/tiny/')).not.toHaveProperty('logo');
    const posting = jobPosting({
      slug: 'x-tiny',
      title: 'Engineer',
      descriptionHtml: '<p>Build things.</p>',
      posted: '2026-11-20',
      closes: '2027-01-19',
      employment: 'full-time',
      workplace: 'remote',
      region: ['DE'],
      url: 'https://board.example/jobs/x-tiny/',
      company,
    });
    expect(posting['hiringOrganization']).not.toHaveProperty('logo');
  });
});
