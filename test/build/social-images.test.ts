import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_DATE, cleanEnv, fixture, ROOT } from '../support/fixture.ts';
import { loadPage } from '../support/html.ts';

describe('social images', () => {
  it('gives each open job its own 1200×630 image, referenced with the base path', async () => {
    const $ = loadPage(fixture.distSub, '/jobs/full-listing-alder/');
    expect($('meta[property="og:image"]').attr('content')).toBe('https://jobs.fixture.example/board/jobs/full-listing-alder/social.png');
    // X falls back to og:image; a twitter:image of its own would only repeat it.
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta[name^="twitter:"]').length).toBe(1);
    const file = join(fixture.distSub, 'jobs/full-listing-alder/social.png');
    const image = await sharp(file).metadata();
    expect([image.format, image.width, image.height]).toEqual(['png', 1200, 630]);
    // An indexed PNG: flat colours and text need no more, and hosts count every byte.
    expect(statSync(file).size).toBeLessThan(20 * 1024);
  });

  it('draws different images for different jobs', async () => {
    const a = await sharp(join(fixture.distRoot, 'jobs/full-listing-alder/social.png')).raw().toBuffer();
    const b = await sharp(join(fixture.distRoot, 'jobs/estimated-salary-birchline/social.png')).raw().toBuffer();
    expect(a.equals(b)).toBe(false);
  });

  it('leaves no trace of the card list Astro hands to the painter', () => {
    expect(existsSync(join(fixture.distRoot, 'social-cards.json'))).toBe(false);
    expect(existsSync(join(fixture.distSub, 'social-cards.json'))).toBe(false);
  });

  it('keeps the board image for closed jobs, and makes none for them', () => {
    const $ = loadPage(fixture.distRoot, '/jobs/expired-job-birchline/');
    expect($('meta[property="og:image"]').attr('content')).toBe('https://jobs.fixture.example/og-default.png');
    expect(existsSync(join(fixture.distRoot, 'jobs/expired-job-birchline/social.png'))).toBe(false);
  });

  it("paints no card with socialCards 'board' (the sample build), and every job page shares the board's image", () => {
    const jobs = readdirSync(join(fixture.distSample, 'jobs'));
    expect(jobs.length).toBeGreaterThan(20);
    for (const slug of jobs) {
      const $ = loadPage(fixture.distSample, `/jobs/${slug}/`);
      expect($('meta[property="og:image"]').attr('content')).toBe('https://jobs.fixture.example/og-default.png');
    }
    expect(globSync('jobs/*/social.*', { cwd: fixture.distSample })).toEqual([]);
    expect(readFileSync(fixture.sampleBuildLog, 'utf8')).toMatch(
      /^Social images: 0 cards \(0 painted, 0 from cache; per-job cards are off/m,
    );
  });

  it('paints ahead exactly the cards Astro lists, so none is painted twice', () => {
    // The fixture build has put every listed card in the cache. The warmer
    // reads the listings itself; if it picked other jobs or other text, the
    // content keys would differ and it would paint again.
    const run = spawnSync(process.execPath, [join(ROOT, 'src/social/warm-cache.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), CONTENT_DIR: fixture.content, BUILD_DATE },
    });
    expect(run.stderr).toBe('');
    const listed = globSync('jobs/*/social.png', { cwd: fixture.distRoot }).length;
    expect(listed).toBeGreaterThan(5);
    expect(run.stdout).toMatch(
      new RegExp(`^Social images ahead: 0 painted while Astro built, ${listed} cards checked \\(all open jobs\\)`, 'm'),
    );
  });
});
