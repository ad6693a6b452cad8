import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { buildFeed, jsonFeed, renderJsonFeed, renderRss, rfc3339, rfc822, type FeedInfo, type FeedJob } from '../../src/feeds/feeds.ts';
import { salaryText } from '../../src/lib/salary.ts';
import { feedItemLimit } from '../../src/config/feeds.ts';
import { escapeHtml, escapeXml, xmlSafe } from '../../src/lib/xml.ts';
import { childText, findAll, parseXmlStrict } from '../support/xml.ts';

const info: FeedInfo = {
  title: 'Openings: Data & ML jobs',
  description: 'Analytics, data <engineering> & "ML".',
  homePageUrl: 'https://jobs.example/board/categories/data-ml/',
  rssUrl: 'https://jobs.example/board/categories/data-ml/feed.xml',
  jsonUrl: 'https://jobs.example/board/categories/data-ml/feed.json',
  language: 'en',
  today: '2026-11-25',
};

const jobUrl = (slug: string) => `https://jobs.example/board/jobs/${slug}/`;

function job(slug: string, posted: string, extra: Partial<FeedJob> = {}): FeedJob {
  return {
    slug,
    posted,
    featured: false,
    open: true,
    title: `Job ${slug}`,
    company: { data: { name: 'Alder Works' } },
    category: { label: 'Engineering' },
    skills: [{ label: 'Go' }],
    workplace: 'remote',
    region: ['europe'],
    apply: `https://alder.example/${slug}`,
    ...extra,
  };
}

const hostileTitle = `<script>alert("x")</script>&"' ]]> <![CDATA[ &amp; \u0001bell`;
const hostile = job('hostile', '2026-11-20', {
  title: hostileTitle,
  company: { data: { name: 'Evil & <b>Co</b>' } },
  category: { label: 'Data & ML' },
  skills: [{ label: 'C++ & <T>' }, { label: `"quoted'` }],
  workplace: 'hybrid',
  region: ['DE'],
  location: `<img src=x onerror=alert(1)> Town`,
  salary: { min: 50_000, max: 60_000, currency: 'EUR', period: 'year', estimated: true },
  apply: 'https://evil.example/apply?a=1&b="2"&c=<3>',
  closes: '2027-01-01',
});

describe('escaping', () => {
  it('escapes the five XML specials and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFEi')).toBe('abcde\tf\ng\rhi');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00')).toBe('lone  high, lone  low, pair \uD83D\uDE00');
    expect(escapeHtml(`<p class="a">Tom's & Jerry</p>`)).toBe('&lt;p class=&quot;a&quot;&gt;Tom&#39;s &amp; Jerry&lt;/p&gt;');
  });

  it('writes hostile listing text into RSS as text: well-formed, nothing raw, every value round-trips', () => {
    const xml = renderRss(buildFeed(info, [hostile], jobUrl));
    const rss = parseXmlStrict(xml);
    const [item] = findAll(rss, 'item');
    const expectedTitle = `${hostileTitle.replace('\u0001', '')} at Evil & <b>Co</b>`;
    expect(childText(item!, 'title')).toBe(expectedTitle);
    expect(childText(item!, 'openings:company')).toBe('Evil & <b>Co</b>');
    expect(childText(item!, 'openings:location')).toBe('<img src=x onerror=alert(1)> Town');
    expect(childText(item!, 'openings:apply')).toBe('https://evil.example/apply?a=1&b="2"&c=<3>');
    expect(findAll(item!, 'category').map((c) => c.text)).toEqual(['Data & ML', 'C++ & <T>', `"quoted'`]);
    expect(childText(rss.children[0]!, 'title')).toBe('Openings: Data & ML jobs');
    // Nothing from the listing reaches the XML unescaped.
    expect(xml).not.toMatch(/<script|<b>|<img|<!\[CDATA\[|\u0001/);

    // The description is HTML, escaped once more as XML text: decoded, it renders the hostile text as text.
    const $ = cheerio.load(childText(item!, 'description')!);
    expect($('script, b, img').length).toBe(0);
    expect($('p').first().text()).toContain('Evil & <b>Co</b> · Hybrid (Germany) · <img src=x onerror=alert(1)> Town');
    expect($('a').attr('href')).toBe('https://evil.example/apply?a=1&b="2"&c=<3>');
    expect($('a').text()).toBe('https://evil.example/apply?a=1&b="2"&c=<3>');
  });

  it('writes hostile listing text into JSON Feed as plain strings and escaped HTML', () => {
    const text = renderJsonFeed(buildFeed(info, [hostile], jobUrl));
    const feed = JSON.parse(text) as { items: Record<string, unknown>[] };
    const [item] = feed.items;
    expect(item!['title']).toBe(`${hostileTitle} at Evil & <b>Co</b>`);
    const $ = cheerio.load(item!['content_html'] as string);
    expect($('script, b, img').length).toBe(0);
    expect($('p').first().text()).toBe(
      'Evil & <b>Co</b> · Hybrid (Germany) · <img src=x onerror=alert(1)> Town · €50,000 – €60,000 per year (estimated)',
    );
    expect(item!['external_url']).toBe('https://evil.example/apply?a=1&b="2"&c=<3>');
  });

  it('never links an apply address that is not http(s) or mailto', () => {
    const sneaky = job('sneaky', '2026-11-20', { apply: 'javascript:alert(1)' });
    const feed = buildFeed(info, [sneaky], jobUrl);
    expect(feed.items[0]!.contentHtml).toContain('<p>Apply: javascript:alert(1)</p>');
    expect(cheerio.load(feed.items[0]!.contentHtml)('a').length).toBe(0);
    const item = (jsonFeed(feed)['items'] as Record<string, unknown>[])[0]!;
    expect(item).not.toHaveProperty('external_url');
  });

  it('gives JSON Feed an external_url only for a web page, not for apply-by-email', () => {
    const byEmail = job('by-email', '2026-11-20', { apply: 'mailto:jobs@alder.example' });
    const feed = buildFeed(info, [byEmail], jobUrl);
    expect(feed.items[0]!.contentHtml).toContain('href="mailto:jobs@alder.example"');
    const item = (jsonFeed(feed)['items'] as Record<string, unknown>[])[0]!;
    expect(item).not.toHaveProperty('external_url');
    expect(item['_openings']).toMatchObject({ apply: 'mailto:jobs@alder.example' });
  });
});

describe('buildFeed', () => {
  it('holds open jobs only, newest first, featured not pinned, ties by slug', () => {
    const jobs = [
      job('old-featured', '2026-10-01', { featured: true }),
      job('b-same-day', '2026-11-10'),
      job('a-same-day', '2026-11-10'),
      job('closed', '2026-11-24', { open: false }),
      job('newest', '2026-11-20'),
    ];
    const feed = buildFeed(info, jobs, jobUrl);
    expect(feed.items.map((i) => i.url)).toEqual(['newest', 'a-same-day', 'b-same-day', 'old-featured'].map(jobUrl));
    expect(feed.updated).toBe('2026-11-20');
    // The caller's array is left in its order.
    expect(jobs[0]!.slug).toBe('old-featured');
  });

  it(`caps every feed at ${feedItemLimit} items, keeping the newest`, () => {
    const many = Array.from({ length: feedItemLimit + 10 }, (_, i) =>
      job(`job-${String(i).padStart(3, '0')}`, `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`),
    );
    const feed = buildFeed(info, many, jobUrl);
    expect(feed.items).toHaveLength(feedItemLimit);
    const dates = feed.items.map((i) => i.posted);
    expect(dates).toEqual([...dates].sort().reverse());
    const dropped = many.filter((j) => !feed.items.some((i) => i.url === jobUrl(j.slug)));
    expect(Math.max(...dropped.map((j) => Date.parse(j.posted)))).toBeLessThanOrEqual(Date.parse(dates.at(-1)!));
    expect(buildFeed(info, many, jobUrl, 3).items).toHaveLength(3);
  });

  it('dates an empty feed by the build date', () => {
    const feed = buildFeed(info, [job('closed', '2026-11-24', { open: false })], jobUrl);
    expect(feed.items).toEqual([]);
    expect(feed.updated).toBe('2026-11-25');
    const rss = parseXmlStrict(renderRss(feed));
    expect(findAll(rss, 'item')).toEqual([]);
    expect(childText(rss.children[0]!, 'pubDate')).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
  });

  it('carries company, salary, region and apply on every item', () => {
    const [item] = buildFeed(info, [hostile], jobUrl).items;
    expect(item).toMatchObject({
      url: jobUrl('hostile'),
      company: 'Evil & <b>Co</b>',
      salary: '€50,000 – €60,000 per year (estimated)',
      region: 'Hybrid (Germany)',
      category: 'Data & ML',
      skills: ['C++ & <T>', `"quoted'`],
      apply: 'https://evil.example/apply?a=1&b="2"&c=<3>',
      posted: '2026-11-20',
      closes: '2027-01-01',
    });
    expect(salaryText({ min: 35, max: 50, currency: 'USD', period: 'hour', estimated: false })).toBe('$35 – $50 per hour');
  });

  it('shows a mailto apply address without its scheme, linked', () => {
    const [item] = buildFeed(
      info,
      [job('mail', '2026-11-20', { apply: 'mailto:jobs@alder.example', region: undefined, workplace: 'onsite', location: 'Munich' })],
      jobUrl,
    ).items;
    const $ = cheerio.load(item!.contentHtml);
    expect($('a').attr('href')).toBe('mailto:jobs@alder.example');
    expect($('a').text()).toBe('jobs@alder.example');
    expect(item!.region).toBe('On-site');
    expect(item!.salary).toBeUndefined();
    expect(item!.summary).toBe('Alder Works · On-site · Munich');
  });
});

describe('renderers', () => {
  const feed = buildFeed(
    { ...info, iconUrl: 'https://jobs.example/board/icon-512.png' },
    [job('a', '2026-11-20', { salary: { min: 10, currency: 'GBP', period: 'hour', estimated: false } }), job('b', '2026-11-18')],
    jobUrl,
  );

  it('formats dates as RSS and JSON Feed ask', () => {
    expect(rfc822('2026-11-20')).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    expect(rfc3339('2026-11-20')).toBe('2026-11-20T00:00:00Z');
  });

  it('writes RSS 2.0 that a feed reader parses, with a self link and guid permalinks', () => {
    const xml = renderRss(feed);
    const channel = parseXmlStrict(xml).children[0]!;
    expect(findAll(channel, 'atom:link')[0]!.attributes).toMatchObject({ href: info.rssUrl, rel: 'self', type: 'application/rss+xml' });
    const parsed = parseRssFeed(xml);
    expect(parsed.title).toBe(info.title);
    expect(parsed.link).toBe(info.homePageUrl);
    expect(parsed.items?.map((i) => i.guid)).toEqual([
      { value: jobUrl('a'), isPermaLink: true },
      { value: jobUrl('b'), isPermaLink: true },
    ]);
    expect(parsed.items?.[0]?.pubDate).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    expect(parsed.items?.[0]?.categories?.map((c) => c.name)).toEqual(['Engineering', 'Go']);
    expect(childText(findAll(channel, 'item')[0]!, 'openings:salary')).toBe('£10 per hour');
    expect(childText(findAll(channel, 'item')[1]!, 'openings:salary')).toBeUndefined();
  });

  it('writes JSON Feed 1.1 with the apply link as external_url and an _openings extension', () => {
    const text = renderJsonFeed(feed);
    const raw = JSON.parse(text) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(raw['version']).toBe('https://jsonfeed.org/version/1.1');
    expect(raw['feed_url']).toBe(info.jsonUrl);
    expect(raw['icon']).toBe('https://jobs.example/board/icon-512.png');
    expect(raw).not.toHaveProperty('favicon');
    expect(raw.items[0]).toMatchObject({
      id: jobUrl('a'),
      url: jobUrl('a'),
      external_url: 'https://alder.example/a',
      title: 'Job a at Alder Works',
      date_published: '2026-11-20T00:00:00Z',
      authors: [{ name: 'Alder Works' }],
      tags: ['Engineering', 'Go'],
      _openings: {
        company: 'Alder Works',
        salary: '£10 per hour',
        region: 'Remote (Europe)',
        apply: 'https://alder.example/a',
        category: 'Engineering',
      },
    });
    expect(raw.items[1]!['_openings']).not.toHaveProperty('salary');
    const parsed = parseJsonFeed(text);
    expect(parsed.items?.map((i) => i.id)).toEqual([jobUrl('a'), jobUrl('b')]);
  });
});
