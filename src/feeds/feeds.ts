/**
 * RSS 2.0 and JSON Feed 1.1 for lists of jobs. `buildFeed` turns jobs into a
 * neutral feed model (plain strings, absolute URLs); `renderRss` and
 * `renderJsonFeed` write it out. Listing text is hostile input: in the RSS
 * every value goes through `escapeXml`, and the HTML summary is built from
 * `escapeHtml`-ed parts before it is escaped again as XML text.
 */
import type { Workplace } from '../schema/job.ts';
import { feedItemLimit, feedNamespace } from '../config/feeds.ts';
import { byNewest, type Sortable } from '../lib/sort.ts';
import { salaryText, type Salary } from '../lib/salary.ts';
import { whereFacts } from '../lib/places.ts';
import { openToLabel } from '../lib/eligibility.ts';
import { windowLabel, type OffsetWindow } from '../lib/time-zones.ts';
import { isSafeLinkUrl } from '../lib/safe-url.ts';
import { element, escapeHtml, escapeXml } from '../lib/xml.ts';

/** What a feed needs from a job: a structural slice of the board's `Job`. */
export interface FeedJob extends Sortable {
  title: string;
  open: boolean;
  company: { data: { name: string } };
  category: { label: string };
  skills: readonly { label: string }[];
  workplace: Workplace;
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  timezones?: OffsetWindow | undefined;
  location?: string | undefined;
  salary?: Salary | undefined;
  apply: string;
  /** Last day to apply, YYYY-MM-DD. */
  closes?: string | undefined;
}

/** The feed's own details; every URL absolute, with the base path. */
export interface FeedInfo {
  title: string;
  description: string;
  /** The HTML page that lists the same jobs. */
  homePageUrl: string;
  rssUrl: string;
  jsonUrl: string;
  language: string;
  /** The build date, YYYY-MM-DD: RSS lastBuildDate, and the feed's date when it is empty. */
  today: string;
  iconUrl?: string | undefined;
  faviconUrl?: string | undefined;
}

export interface FeedItem {
  /** The job page URL: item link, guid and JSON Feed id. */
  url: string;
  /** "Director of Platform Engineering at Alder Works": readers show titles without the feed's context. */
  title: string;
  jobTitle: string;
  /** YYYY-MM-DD. */
  posted: string;
  closes?: string | undefined;
  company: string;
  /** "€90,000 – €110,000 per year", with " (estimated)" when the board estimated it. */
  salary?: string | undefined;
  /** "Hybrid (Germany, EU)", "Remote (Europe except FR)". */
  region: string;
  /** Where applicants may live, in words: "Europe, except France". */
  openTo: string;
  /** The working-hours window, "UTC−1 to UTC+3", when the job gives one. */
  hours?: string | undefined;
  location?: string | undefined;
  category: string;
  skills: string[];
  apply: string;
  /** "Alder Works · Hybrid (Germany, EU) · Berlin, Germany · €90,000 – €110,000 per year". */
  summary: string;
  /** The same as a short HTML fragment, plus the apply link. Safe to embed: every part is escaped. */
  contentHtml: string;
}

export interface Feed extends FeedInfo {
  /** Date of the newest item, or `today` when there are none. */
  updated: string;
  items: FeedItem[];
}

function applyHtml(apply: string): string {
  const label = escapeHtml(apply.replace(/^mailto:/i, ''));
  return isSafeLinkUrl(apply) ? `<a href="${escapeHtml(apply)}">${label}</a>` : label;
}

export function feedItem(job: FeedJob, url: string): FeedItem {
  const company = job.company.data.name;
  const [region, office] = whereFacts(job);
  const hours = job.timezones ? windowLabel(job.timezones) : undefined;
  const salary = job.salary ? salaryText(job.salary) : undefined;
  const skills = job.skills.map((s) => s.label);
  const facts = [company, region, hours && `Work hours ${hours}`, office, salary].filter((part): part is string => Boolean(part));
  const topics = [job.category.label, ...skills];
  const contentHtml = [
    `<p>${facts.map(escapeHtml).join(' · ')}</p>`,
    `<p>${topics.map(escapeHtml).join(' · ')}</p>`,
    `<p>Apply: ${applyHtml(job.apply)}</p>`,
  ].join('');
  return {
    url,
    title: `${job.title} at ${company}`,
    jobTitle: job.title,
    posted: job.posted,
    closes: job.closes,
    company,
    salary,
    region,
    openTo: openToLabel(job),
    hours,
    location: job.location,
    category: job.category.label,
    skills,
    apply: job.apply,
    summary: facts.join(' · '),
    contentHtml,
  };
}

/**
 * Open jobs only, newest first (a feed is "what's new", so featured jobs are
 * not pinned), at most `limit` of them.
 */
export function buildFeed(info: FeedInfo, jobs: readonly FeedJob[], jobUrl: (slug: string) => string, limit = feedItemLimit): Feed {
  const items = jobs
    .filter((job) => job.open)
    .sort(byNewest)
    .slice(0, Math.max(0, limit))
    .map((job) => feedItem(job, jobUrl(job.slug)));
  const updated = items.reduce((newest, item) => (item.posted > newest ? item.posted : newest), '') || info.today;
  return { ...info, updated, items };
}

/** "2026-11-20" -> "Fri, 20 Nov 2026 00:00:00 GMT" (RFC 822, as RSS 2.0 asks). */
export function rfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** "2026-11-20" -> "2026-11-20T00:00:00Z" (RFC 3339, as JSON Feed asks). */
export function rfc3339(date: string): string {
  return `${date}T00:00:00Z`;
}

function rssItem(item: FeedItem): string {
  const lines = [
    element('title', item.title),
    element('link', item.url),
    element('guid', item.url, { isPermaLink: 'true' }),
    element('pubDate', rfc822(item.posted)),
    element('dc:creator', item.company),
    ...[item.category, ...item.skills].map((c) => element('category', c)),
    element('description', item.contentHtml),
    element('openings:title', item.jobTitle),
    element('openings:company', item.company),
    element('openings:region', item.region),
    item.openTo && element('openings:openTo', item.openTo),
    item.hours && element('openings:hours', item.hours),
    item.location && element('openings:location', item.location),
    item.salary && element('openings:salary', item.salary),
    element('openings:category', item.category),
    element('openings:apply', item.apply),
    item.closes && element('openings:closes', item.closes),
  ];
  return `    <item>\n${lines
    .filter(Boolean)
    .map((line) => `      ${line}\n`)
    .join('')}    </item>\n`;
}

export function renderRss(feed: Feed): string {
  const channel = [
    element('title', feed.title),
    element('link', feed.homePageUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('pubDate', rfc822(feed.updated)),
    element('lastBuildDate', rfc822(feed.today)),
    element('docs', 'https://www.rssboard.org/rss-specification'),
    `<atom:link href="${escapeXml(feed.rssUrl)}" rel="self" type="application/rss+xml" />`,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:openings="${escapeXml(feedNamespace)}">\n` +
    '  <channel>\n' +
    channel.map((line) => `    ${line}\n`).join('') +
    feed.items.map(rssItem).join('') +
    '  </channel>\n' +
    '</rss>\n'
  );
}

/** The `_openings` extension object of each JSON Feed item (the spec's way to add fields). */
export interface JsonFeedExtension {
  title: string;
  company: string;
  salary?: string;
  region: string;
  openTo?: string;
  hours?: string;
  location?: string;
  category: string;
  skills: string[];
  apply: string;
  posted: string;
  closes?: string;
}

export function jsonFeed(feed: Feed): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.jsonUrl,
    description: feed.description,
    language: feed.language,
    ...(feed.iconUrl && { icon: feed.iconUrl }),
    ...(feed.faviconUrl && { favicon: feed.faviconUrl }),
    items: feed.items.map((item) => {
      const extension: JsonFeedExtension = {
        title: item.jobTitle,
        company: item.company,
        ...(item.salary && { salary: item.salary }),
        region: item.region,
        ...(item.openTo && { openTo: item.openTo }),
        ...(item.hours && { hours: item.hours }),
        ...(item.location && { location: item.location }),
        category: item.category,
        skills: item.skills,
        apply: item.apply,
        posted: item.posted,
        ...(item.closes && { closes: item.closes }),
      };
      return {
        id: item.url,
        url: item.url,
        // JSON Feed's external_url is a page: an apply-by-email address stays in content_html and _openings.apply.
        ...(isSafeLinkUrl(item.apply) && /^https?:/i.test(item.apply) && { external_url: item.apply }),
        title: item.title,
        content_html: item.contentHtml,
        summary: item.summary,
        date_published: rfc3339(item.posted),
        authors: [{ name: item.company }],
        tags: [item.category, ...item.skills],
        _openings: extension,
      };
    }),
  };
}

export function renderJsonFeed(feed: Feed): string {
  return `${JSON.stringify(jsonFeed(feed), null, 2)}\n`;
}

export const feedContentTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;
