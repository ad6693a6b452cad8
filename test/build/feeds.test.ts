import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import * as cheerio from 'cheerio';
import { BUILD_DATE, fixture, fillerSlug, FILLER_SLUGS, OPEN_HAND_WRITTEN } from '../support/fixture.ts';
import { allPages, cardSlugs, loadPage, pageExists } from '../support/html.ts';
import { childText, findAll, parseXmlStrict } from '../support/xml.ts';
import { feedItemLimit } from '../../src/config/feeds.ts';

const builds = [
  { name: 'at the domain root', dist: fixture.distRoot, base: '/' },
  { name: 'under /board/', dist: fixture.distSub, base: fixture.subBase },
] as const;

const origin = fixture.siteUrl;
const openSlugs = [...OPEN_HAND_WRITTEN, ...FILLER_SLUGS];
/** Closed and draft listings: never in a feed or the sitemap, not even as text. */
const neverListed = [
  'expired-job-birchline',
  'expired-explicit-alder',
  'draft-job-alder',
  'Expired Copywriter Role',
  'Data Analyst, Short Window',
  'Secret Draft Role',
];

/** Every feed file in a build, as site paths ("/categories/engineering/feed.xml"). */
function feedFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'feed.xml' || entry.name === 'feed.json') found.push(`/${relative(dist, full)}`);
    }
  };
  walk(dist);
  return found.sort();
}

/** The list pages that should have feeds: home, and every category, region, skill and workplace page. */
function listPagesWithFeeds(dist: string): string[] {
  const under = (dir: string) =>
    readdirSync(join(dist, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `/${dir}/${e.name}/`);
  return ['/', ...under('categories'), ...under('regions'), ...under('skills'), ...under('workplace')];
}

/** Slugs of every card on a paginated list, following rel="next". */
function listSlugs(dist: string, base: string, path: string): string[] {
  const slugs: string[] = [];
  for (let page: string | undefined = path; page;) {
    const $ = loadPage(dist, page);
    slugs.push(...cardSlugs($));
    const next = $('a[rel="next"]').attr('href');
    page = next ? next.slice(base.length - 1) : undefined;
  }
  return slugs;
}

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const slugOf = (url: string) => url.replace(/\/$/, '').split('/').pop()!;
const isDay = (s: string | undefined) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

interface JsonFeedFile {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    external_url?: string;
    title: string;
    content_html: string;
    date_published: string;
    tags: string[];
    _openings: { company: string; salary?: string; region: string; apply: string; category: string; skills: string[] };
  }[];
}

describe.each(builds)('feeds $name', ({ dist, base }) => {
  const root = `${origin}${base}`;
  const feeds = feedFiles(dist);
  const lists = listPagesWithFeeds(dist);

  it('has an RSS and a JSON feed for home and every category, region, skill and workplace page, and no others', () => {
    expect(feeds).toEqual(lists.flatMap((list) => [`${list}feed.json`, `${list}feed.xml`]).sort());
    expect(feeds).toContain('/categories/engineering/feed.xml');
    expect(feeds).toContain('/regions/europe/feed.json');
    expect(feeds).toContain('/skills/go/feed.xml');
    expect(feeds).toContain('/workplace/remote/feed.xml');
  });

  it.each(lists)('RSS of %s: well-formed, read by a feed parser, the list page’s open jobs newest first', (list) => {
    const xml = read(dist, `${list}feed.xml`);
    const channel = parseXmlStrict(xml).children[0]!;
    const parsed = parseRssFeed(xml);
    expect(parseFeed(xml).format).toBe('rss');
    expect(parsed.link).toBe(`${root}${list.slice(1)}`);
    expect(parsed.title).toMatch(/^Openings: /);
    expect(findAll(channel, 'atom:link')[0]!.attributes['href']).toBe(`${root}${list.slice(1)}feed.xml`);

    const items = parsed.items ?? [];
    // Every fixture list is shorter than the feed's cap, so a feed holds its whole list: as the root board's
    // pages show it, since the sub-path board's lists stop after fixture.subListPageLimit pages and its feeds do not.
    const expected = listSlugs(fixture.distRoot, '/', list);
    expect(expected.length).toBeLessThanOrEqual(feedItemLimit);
    expect(items.map((i) => slugOf(i.link!)).sort()).toEqual(expected.slice().sort());
    const dates = items.map((i) => Date.parse(i.pubDate!));
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const strictItems = findAll(channel, 'item');
    items.forEach((item, i) => {
      expect(item.link).toMatch(new RegExp(`^${root.replace(/[.]/g, '\\.')}jobs/[a-z0-9-]+/$`));
      expect(item.guid).toEqual({ value: item.link, isPermaLink: true });
      expect(item.categories?.length).toBeGreaterThan(0);
      expect(item.description).toContain('Apply: ');
      const own = strictItems[i]!;
      for (const field of ['openings:company', 'openings:region', 'openings:apply', 'openings:category']) {
        expect(childText(own, field), `${list} item ${i} ${field}`).toBeTruthy();
      }
    });
    for (const text of neverListed) expect(xml).not.toContain(text);
  });

  it.each(lists)('JSON Feed of %s: version 1.1 fields, the same items as the RSS', (list) => {
    const text = read(dist, `${list}feed.json`);
    const feed = JSON.parse(text) as JsonFeedFile;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toMatch(/^Openings: /);
    expect(feed.home_page_url).toBe(`${root}${list.slice(1)}`);
    expect(feed.feed_url).toBe(`${root}${list.slice(1)}feed.json`);
    expect(Array.isArray(feed.items)).toBe(true);
    const parsed = parseJsonFeed(text);
    expect(parsed.title).toBe(feed.title);
    expect(parseFeed(text).format).toBe('json');

    const rssLinks = (parseRssFeed(read(dist, `${list}feed.xml`)).items ?? []).map((i) => i.link);
    expect(feed.items.map((i) => i.url)).toEqual(rssLinks);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.url.startsWith(`${root}jobs/`)).toBe(true);
      expect(typeof item.title).toBe('string');
      expect(item.content_html).toContain('Apply: ');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(item._openings.company).toBeTruthy();
      expect(item._openings.region).toBeTruthy();
      expect(item._openings.category).toBeTruthy();
      expect(item._openings.apply).toMatch(/^(https:|mailto:)/);
      // external_url is a page; apply-by-email stays in _openings.apply.
      expect(item.external_url).toBe(item._openings.apply.startsWith('https:') ? item._openings.apply : undefined);
      expect(item.tags[0]).toBe(item._openings.category);
    }
    for (const never of neverListed) expect(text).not.toContain(never);
  });

  it('the main feed holds every open job, newest first, with company, salary, region and apply', () => {
    const rss = parseXmlStrict(read(dist, '/feed.xml'));
    const items = findAll(rss, 'item');
    expect(items.map((i) => slugOf(childText(i, 'link')!))).toEqual([
      'estimated-salary-birchline',
      'full-listing-alder',
      'onsite-no-salary-alder',
      'remote-europe-birchline',
      'remote-north-america-birchline',
      // Fillers 13 and 14 share a day (test/support/fixture.ts): the slug breaks the tie.
      ...FILLER_SLUGS.slice(14).reverse(),
      fillerSlug(13),
      fillerSlug(14),
      ...FILLER_SLUGS.slice(0, 12).reverse(),
      // Posted in September, before every filler.
      'remote-europe-except-france-dunlin',
      'onsite-lyon-dunlin',
      'pacific-hours-dunlin',
    ]);
    expect(items).toHaveLength(openSlugs.length);
    const full = items[1]!;
    expect(childText(full, 'title')).toBe('Director of Platform Engineering at Alder Works');
    expect(childText(full, 'pubDate')).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    expect(childText(full, 'dc:creator')).toBe('Alder Works');
    expect(childText(full, 'openings:company')).toBe('Alder Works');
    expect(childText(full, 'openings:salary')).toBe('€90,000 – €110,000 per year');
    expect(childText(full, 'openings:region')).toBe('Hybrid (Germany, EU)');
    expect(childText(full, 'openings:apply')).toBe('https://alder.example/careers/director-platform');
    expect(findAll(full, 'category').map((c) => c.text)).toEqual([
      'Engineering',
      'Go',
      'Kubernetes',
      'PostgreSQL',
      'Observability',
      'Team leadership',
    ]);
    const description = cheerio.load(childText(full, 'description')!);
    expect(description('a[href="https://alder.example/careers/director-platform"]').length).toBe(1);
    expect(description.text()).toContain('Alder Works · Hybrid (Germany, EU) · Berlin, Germany · €90,000 – €110,000 per year');
    expect(childText(items[0]!, 'openings:salary')).toBe('£55,000 – £65,000 per year (estimated)');
    expect(childText(items[2]!, 'openings:salary')).toBeUndefined();
    expect(childText(items[2]!, 'openings:apply')).toBe('mailto:jobs@alder.example');
    // Canadian dollars say so: a bare "$" reads as US dollars.
    expect(childText(items[4]!, 'openings:salary')).toBe('CA$70,000 – CA$80,000 per year');
    // "Canada or United States" says again what the brackets say: the summary leaves it out.
    expect(cheerio.load(childText(items[4]!, 'description')!).text()).toContain(
      'Birchline · Remote (Canada, United States) · CA$70,000 – CA$80,000 per year',
    );

    const json = JSON.parse(read(dist, '/feed.json')) as JsonFeedFile;
    expect(json.items[0]).toMatchObject({
      external_url: 'https://birchline.example/jobs/designer',
      date_published: '2026-11-24T00:00:00Z',
      _openings: {
        company: 'Birchline',
        salary: '£55,000 – £65,000 per year (estimated)',
        region: 'Remote (Worldwide)',
        category: 'Product design',
      },
    });
  });

  it('the engineering feed holds only engineering jobs', () => {
    const json = JSON.parse(read(dist, '/categories/engineering/feed.json')) as JsonFeedFile;
    expect(json.items.map((i) => slugOf(i.url)).sort()).toEqual(['full-listing-alder', 'remote-europe-birchline', ...FILLER_SLUGS].sort());
    expect(json.items.every((i) => i._openings.category === 'Engineering')).toBe(true);
    const rss = parseRssFeed(read(dist, '/categories/engineering/feed.xml'));
    expect(rss.items?.every((i) => i.categories?.[0]?.name === 'Engineering')).toBe(true);
    // A category with only closed jobs has an empty, valid feed.
    expect(parseRssFeed(read(dist, '/categories/writing/feed.xml')).items ?? []).toEqual([]);
    expect((JSON.parse(read(dist, '/categories/writing/feed.json')) as JsonFeedFile).items).toEqual([]);
    // One with an open and a closed job holds the open one only.
    const dataMl = JSON.parse(read(dist, '/categories/data-ml/feed.json')) as JsonFeedFile;
    expect(dataMl.items.map((i) => slugOf(i.url))).toEqual(['remote-europe-except-france-dunlin']);
  });

  it('announces the feeds on the home, category, region and skill pages, in <head> and next to the count', () => {
    for (const list of [
      '/',
      '/categories/engineering/',
      '/regions/europe/',
      '/skills/go/',
      '/workplace/remote/',
      '/categories/engineering/2/',
      // The sub-path board's capped lists stop after one page (fixture.subListPageLimit).
      ...(base === '/' ? ['/skills/go/2/', '/page/2/'] : []),
    ]) {
      const $ = loadPage(dist, list);
      const feedList = list.replace(/(page\/)?\d+\/$/, '');
      const rss = $('head link[rel="alternate"][type="application/rss+xml"]');
      const json = $('head link[rel="alternate"][type="application/feed+json"]');
      expect(rss.attr('href'), list).toBe(`${base}${feedList.slice(1)}feed.xml`);
      expect(json.attr('href'), list).toBe(`${base}${feedList.slice(1)}feed.json`);
      expect(rss.attr('title')).toMatch(/^Openings: .+ \(RSS\)$/);
      expect(pageExists(dist, rss.attr('href')!.slice(base.length - 1))).toBe(true);
      expect(pageExists(dist, json.attr('href')!.slice(base.length - 1))).toBe(true);
      expect($(`main a[href="${rss.attr('href')}"]`).text()).toBe('RSS feed');
      expect($(`main a[href="${json.attr('href')}"]`).text()).toBe('JSON feed');
    }
    expect(loadPage(dist, '/categories/engineering/')('head link[rel="alternate"]').first().attr('title')).toBe(
      'Openings: Engineering jobs (RSS)',
    );
    // Pages without a feed of their own announce the board's, so a reader can subscribe from any page.
    for (const page of ['/jobs/full-listing-alder/', '/search/', '/post-a-job/', '/companies/alder-works/']) {
      const links = loadPage(dist, page)('head link[rel="alternate"]');
      expect(links.length, page).toBe(2);
      expect(links.first().attr('href'), page).toBe(`${base}feed.xml`);
      expect(links.first().attr('title'), page).toBe('Openings: Latest jobs (RSS)');
    }
  });
});

describe.each(builds)('sitemap and robots.txt $name', ({ dist, base }) => {
  const root = `${origin}${base}`;
  const sitemapXml = read(dist, '/sitemap.xml');
  const urls = findAll(parseXmlStrict(sitemapXml), 'url');
  const lastmod = new Map(urls.map((u) => [childText(u, 'loc')!, childText(u, 'lastmod')]));

  it('is one well-formed urlset with an absolute loc and a lastmod on every URL', () => {
    expect(parseXmlStrict(sitemapXml).name).toBe('urlset');
    expect(urls.length).toBeGreaterThan(50);
    expect(lastmod.size).toBe(urls.length);
    for (const [loc, date] of lastmod) {
      expect(loc.startsWith(root), loc).toBe(true);
      expect(isDay(date), loc).toBe(true);
      expect(date! <= BUILD_DATE).toBe(true);
    }
    expect(existsSync(join(dist, 'sitemap-1.xml'))).toBe(false);
  });

  it('lists exactly the indexable pages: open jobs yes; closed jobs, drafts and 404 no', () => {
    const indexable = allPages(dist).filter((page) => {
      if (page === '/404.html') return false;
      return loadPage(dist, page)('meta[name="robots"][content~="noindex"]').length === 0;
    });
    expect([...lastmod.keys()].sort()).toEqual(indexable.map((page) => `${root}${page.slice(1)}`).sort());
    for (const slug of openSlugs) expect(lastmod.has(`${root}jobs/${slug}/`), slug).toBe(true);
    for (const never of neverListed) expect(sitemapXml).not.toContain(never);
    // A skill only closed jobs name has no page, so no sitemap entry.
    expect(sitemapXml).not.toContain('/skills/copywriting/');
    // Nor does a company with no open job (its page is noindex).
    expect(sitemapXml).not.toContain('/companies/cedar-co/');
    expect(sitemapXml).not.toContain('/404');
  });

  it('dates jobs by posted and lists by their newest open job, or the build date', () => {
    expect(lastmod.get(`${root}jobs/full-listing-alder/`)).toBe('2026-11-20');
    expect(lastmod.get(`${root}jobs/${fillerSlug(3)}/`)).toBe('2026-10-03');
    expect(lastmod.get(root)).toBe('2026-11-24');
    if (base === '/') expect(lastmod.get(`${root}page/2/`)).toBe('2026-11-24');
    expect(lastmod.get(`${root}categories/engineering/`)).toBe('2026-11-20');
    expect(lastmod.get(`${root}categories/engineering/2/`)).toBe('2026-11-20');
    expect(lastmod.get(`${root}categories/writing/`)).toBe(BUILD_DATE);
    expect(lastmod.get(`${root}companies/alder-works/`)).toBe('2026-11-20');
    expect(lastmod.get(`${root}workplace/onsite/`)).toBe('2026-11-10');
    expect(lastmod.get(`${root}regions/europe/`)).toBe('2026-11-24');
    expect(lastmod.get(`${root}search/`)).toBe('2026-11-24');
    expect(lastmod.get(`${root}post-a-job/`)).toBe(BUILD_DATE);
  });

  it('robots.txt allows everything and points at the sitemap', () => {
    const robots = read(dist, '/robots.txt');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).toContain(`\nSitemap: ${root}sitemap.xml\n`);
  });
});

describe('feed items against the fixture', () => {
  it('open jobs only: every open fixture job is in the main feed and closed ones in none', () => {
    const parsed = parseRssFeed(read(fixture.distRoot, '/feed.xml'));
    const slugs = new Set((parsed.items ?? []).map((i) => slugOf(i.link!)));
    for (const slug of openSlugs) expect(slugs.has(slug), slug).toBe(true);
    const everyFeed = feedFiles(fixture.distSub)
      .map((f) => read(fixture.distSub, f))
      .join('\n');
    for (const never of neverListed) expect(everyFeed).not.toContain(never);
  });
});
