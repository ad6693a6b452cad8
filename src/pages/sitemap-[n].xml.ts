import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemap, sitemapEntries, xmlHeaders } from '../seo/sitemap-pages.ts';
import { sitemapUrlLimit } from '../config/feeds.ts';

/** The chunks sitemap.xml points at once a board has more URLs than one sitemap may hold; none until then. */
export const getStaticPaths = (async () => {
  const count = (await sitemapEntries(undefined)).length;
  const chunks = count > sitemapUrlLimit ? Math.ceil(count / sitemapUrlLimit) : 0;
  return Array.from({ length: chunks }, (_, i) => ({ params: { n: String(i + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const chunk = (await sitemap(site)).chunks[Number(params['n']) - 1];
  if (chunk === undefined) return new Response(null, { status: 404 });
  return new Response(chunk, { headers: xmlHeaders });
};
