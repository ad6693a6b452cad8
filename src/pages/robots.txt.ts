import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';

/**
 * Allow everything and point at the sitemap. Crawlers only read robots.txt
 * at the root of a host, so under a sub-path this file is for the host's
 * owner to merge into theirs; the Sitemap line already carries the base path.
 */
export const GET: APIRoute = ({ site: siteUrl }) => {
  const sitemapUrl = absoluteUrl(siteUrl?.href ?? site.url, import.meta.env.BASE_URL, routes.sitemap());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
