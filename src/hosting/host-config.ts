/**
 * Header files for static hosts, generated from one policy:
 * `_headers` (Netlify, Cloudflare Pages) and `vercel.json` (Vercel).
 * Hashed assets are cached for a year; the search index briefly, since its
 * entry files keep their names between builds; HTML keeps these hosts'
 * default (revalidate on every visit), so a rebuild shows at once.
 */
import { feedContentTypes } from '../feeds/feeds.ts';
import { routes, type FeedFormat } from '../lib/routes.ts';
import { normalizeBase } from '../lib/urls.ts';

/**
 * Cache-Control by kind of file. Astro hashes asset names, so they never
 * change; Pagefind's entry files keep their names between builds; HTML must
 * revalidate so that a rebuild (an expired job, a new one) shows at once.
 */
export const cacheControl = {
  assets: 'public, max-age=31536000, immutable',
  searchIndex: 'public, max-age=600, must-revalidate',
  html: 'no-cache',
} as const;

/** Folders under the base that get their own cache rule. */
export const cachedFolders = { assets: '_astro/', searchIndex: 'pagefind/' } as const;

export interface HeaderRule {
  /** Path pattern under the base, with a trailing * wildcard. */
  path: string;
  headers: Record<string, string>;
}

/** `everyResponse`: the CSP and security headers (everyResponseHeaders() in src/config/security.ts). */
export function headerRules(base: string, everyResponse: Record<string, string>): HeaderRule[] {
  const root = normalizeBase(base);
  return [
    { path: `${root}*`, headers: everyResponse },
    { path: `${root}${cachedFolders.assets}*`, headers: { 'Cache-Control': cacheControl.assets } },
    { path: `${root}${cachedFolders.searchIndex}*`, headers: { 'Cache-Control': cacheControl.searchIndex } },
    ...contentTypeRules(base),
  ];
}

/**
 * The feeds' own types, for the board's feed and every list page's: hosts
 * would send generic XML and JSON, and feed readers and browsers tell a feed
 * by its type (sitemaps stay XML). `/board/*feed.xml` has one wildcard, all
 * Cloudflare allows, and matches /board/feed.xml as well as deeper ones.
 */
export function contentTypeRules(base: string): HeaderRule[] {
  const root = normalizeBase(base);
  return Object.entries(feedContentTypes).map(([format, type]) => ({
    path: `${root}*${routes.feed('', format as FeedFormat)}`,
    headers: { 'Content-Type': type },
  }));
}

const regExpSyntax = /[.*+?^${}()|[\]\\]/g;

/** The source of a rule path's pattern as Netlify and Cloudflare read it: `*` is any run of characters, slashes too. */
export function pathPatternSource(path: string): string {
  return path
    .split('*')
    .map((part) => part.replace(regExpSyntax, '\\$&'))
    .join('.*');
}

/** The headers the rules give a path: those of every rule that matches it, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const matching = rules.filter((rule) => new RegExp(`^${pathPatternSource(rule.path)}$`).test(pathname));
  return Object.assign({}, ...matching.map((rule) => rule.headers)) as Record<string, string>;
}

/** Netlify / Cloudflare Pages `_headers` syntax. */
export function netlifyHeaders(rules: readonly HeaderRule[]): string {
  return `${rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n')}\n`;
}

/** vercel.json `headers`, with path-to-regexp sources. */
export function vercelConfig(rules: readonly HeaderRule[]): { headers: { source: string; headers: { key: string; value: string }[] }[] } {
  return {
    headers: rules.map((rule) => ({
      source: rule.path.replaceAll('*', '(.*)'),
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
}
