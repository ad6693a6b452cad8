/**
 * Sitemaps (sitemaps.org 0.9). One file holds at most `limit` URLs; a larger
 * board gets a sitemap index at the usual address that points at numbered
 * chunks. Pure: callers pass absolute URLs and dates.
 */
import { element } from '../lib/xml.ts';

export interface SitemapEntry {
  /** Absolute URL, with the base path. */
  loc: string;
  /** YYYY-MM-DD. */
  lastmod: string;
}

const xmlns = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function entryXml(tag: 'url' | 'sitemap', entry: SitemapEntry): string {
  return `  <${tag}>${element('loc', entry.loc)}${element('lastmod', entry.lastmod)}</${tag}>\n`;
}

export function renderUrlset(entries: readonly SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${xmlns}">\n${entries.map((e) => entryXml('url', e)).join('')}</urlset>\n`;
}

export function renderSitemapIndex(sitemaps: readonly SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${xmlns}">\n${sitemaps.map((e) => entryXml('sitemap', e)).join('')}</sitemapindex>\n`;
}

/** The newest of some YYYY-MM-DD dates, or `fallback` when there are none. */
export function newestDate(dates: Iterable<string>, fallback: string): string {
  let newest = '';
  for (const date of dates) if (date > newest) newest = date;
  return newest || fallback;
}

/** Drops repeated URLs (the first one wins), so no page is listed twice. */
export function uniqueEntries(entries: readonly SitemapEntry[]): SitemapEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.loc) && (seen.add(e.loc), true));
}

export type SitemapPlan = { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'index'; chunks: SitemapEntry[][] };

/** One urlset when the URLs fit in one file; otherwise chunks of at most `limit`, in order. */
export function planSitemap(entries: readonly SitemapEntry[], limit: number): SitemapPlan {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`sitemap limit must be a positive integer, got ${limit}`);
  if (entries.length <= limit) return { kind: 'urlset', entries: [...entries] };
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return { kind: 'index', chunks };
}

/**
 * The files to write: "index" is /sitemap.xml (a urlset or an index), and
 * chunk n (1-based) is what `chunkUrl(n)` points at. Each chunk's lastmod
 * in the index is its newest page's.
 */
export function sitemapFiles(
  entries: readonly SitemapEntry[],
  limit: number,
  chunkUrl: (n: number) => string,
): { index: string; chunks: string[] } {
  const plan = planSitemap(entries, limit);
  if (plan.kind === 'urlset') return { index: renderUrlset(plan.entries), chunks: [] };
  const index = renderSitemapIndex(
    plan.chunks.map((chunk, i) => ({
      loc: chunkUrl(i + 1),
      lastmod: newestDate(
        chunk.map((e) => e.lastmod),
        chunk[0]!.lastmod,
      ),
    })),
  );
  return { index, chunks: plan.chunks.map(renderUrlset) };
}
