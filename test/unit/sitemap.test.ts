import { describe, expect, it } from 'vitest';
import { newestDate, planSitemap, renderUrlset, sitemapFiles, uniqueEntries, type SitemapEntry } from '../../src/seo/sitemap.ts';
import { sitemapUrlLimit } from '../../src/config/feeds.ts';
import { childText, findAll, parseXmlStrict } from '../support/xml.ts';

const entry = (n: number, lastmod = `2026-11-${String(n).padStart(2, '0')}`): SitemapEntry => ({
  loc: `https://jobs.example/board/jobs/job-${n}/`,
  lastmod,
});
const entries = Array.from({ length: 7 }, (_, i) => entry(i + 1));
const chunkUrl = (n: number) => `https://jobs.example/board/sitemap-${n}.xml`;

describe('sitemap', () => {
  it('writes a urlset with a loc and lastmod for every URL, escaped', () => {
    const xml = renderUrlset([{ loc: 'https://jobs.example/search/?q=a&b=<c>', lastmod: '2026-11-25' }, entry(1)]);
    const urlset = parseXmlStrict(xml);
    expect(urlset.name).toBe('urlset');
    expect(urlset.attributes['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = findAll(urlset, 'url');
    expect(urls.map((u) => childText(u, 'loc'))).toEqual(['https://jobs.example/search/?q=a&b=<c>', entry(1).loc]);
    expect(urls.map((u) => childText(u, 'lastmod'))).toEqual(['2026-11-25', '2026-11-01']);
  });

  it('keeps one file up to the limit', () => {
    expect(planSitemap(entries, 7)).toEqual({ kind: 'urlset', entries });
    const files = sitemapFiles(entries, 7, chunkUrl);
    expect(files.chunks).toEqual([]);
    expect(findAll(parseXmlStrict(files.index), 'url')).toHaveLength(7);
    expect(sitemapUrlLimit).toBe(50_000);
  });

  it('splits into chunks of the limit, in order, behind a sitemap index', () => {
    const plan = planSitemap(entries, 3);
    expect(plan.kind).toBe('index');
    if (plan.kind !== 'index') return;
    expect(plan.chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(plan.chunks.flat()).toEqual(entries);

    const files = sitemapFiles(entries, 3, chunkUrl);
    const index = parseXmlStrict(files.index);
    expect(index.name).toBe('sitemapindex');
    const sitemaps = findAll(index, 'sitemap');
    expect(sitemaps.map((s) => childText(s, 'loc'))).toEqual([chunkUrl(1), chunkUrl(2), chunkUrl(3)]);
    // Each chunk is dated by its newest page.
    expect(sitemaps.map((s) => childText(s, 'lastmod'))).toEqual(['2026-11-03', '2026-11-06', '2026-11-07']);
    expect(files.chunks).toHaveLength(3);
    const locs = files.chunks.flatMap((xml) => findAll(parseXmlStrict(xml), 'url').map((u) => childText(u, 'loc')));
    expect(locs).toEqual(entries.map((e) => e.loc));
  });

  it('dates an index chunk by its newest entry even when entries are not in date order', () => {
    const mixed = [entry(1, '2026-11-20'), entry(2, '2026-11-02'), entry(3, '2026-10-01')];
    const sitemaps = findAll(parseXmlStrict(sitemapFiles(mixed, 2, chunkUrl).index), 'sitemap');
    expect(sitemaps.map((s) => childText(s, 'lastmod'))).toEqual(['2026-11-20', '2026-10-01']);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => planSitemap(entries, 0)).toThrow(RangeError);
    expect(() => planSitemap(entries, 2.5)).toThrow(RangeError);
  });

  it('finds the newest date, or falls back', () => {
    expect(newestDate(['2026-01-02', '2026-11-20', '2026-03-01'], '2026-11-25')).toBe('2026-11-20');
    expect(newestDate([], '2026-11-25')).toBe('2026-11-25');
  });

  it('lists each URL once', () => {
    expect(uniqueEntries([entry(1), entry(2), { ...entry(1), lastmod: '2020-01-01' }])).toEqual([entry(1), entry(2)]);
  });
});
