import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { fixture } from '../support/fixture.ts';

/** Every logo URL in a page's JSON-LD, wherever it sits (JobPosting's hiringOrganization, Organization). */
function jsonLdLogos(html: string): string[] {
  const $ = cheerio.load(html);
  const logos: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'logo' && typeof inner === 'string') logos.push(inner);
        else visit(inner);
      }
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => visit(JSON.parse($(el).text())));
  return logos;
}

/** The built pages under `folder` of dist. */
const pagesUnder = (dist: string, folder: string) =>
  readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => readFileSync(join(dist, folder, file), 'utf8'));

describe("JSON-LD logos meet Google's rule: a PNG, JPEG or WebP of at least 112×112 px", () => {
  for (const [name, dist, base] of [
    ['sample board at the root', fixture.distSample, '/'],
    ['fixture board under a sub-path', fixture.distSub, fixture.subBase],
  ] as const) {
    it(`names an existing square PNG of 112 px or more on every job and company page (${name})`, async () => {
      const logos = new Set([...pagesUnder(dist, 'jobs'), ...pagesUnder(dist, 'companies')].flatMap(jsonLdLogos));
      expect(logos.size).toBeGreaterThan(2);
      for (const logo of logos) {
        const url = new URL(logo);
        expect(url.origin).toBe(fixture.siteUrl);
        expect(url.pathname.startsWith(`${base}logos/`), logo).toBe(true);
        const file = join(dist, url.pathname.slice(base.length));
        expect(existsSync(file), logo).toBe(true);
        const { format, width, height } = await sharp(readFileSync(file)).metadata();
        expect({ format, square: width === height, bigEnough: width >= 112 }, logo).toEqual({
          format: 'png',
          square: true,
          bigEnough: true,
        });
      }
    });
  }
});
