import type { APIRoute } from 'astro';
import { sitemap, xmlHeaders } from '../seo/sitemap-pages.ts';

/** Every indexable page (see src/seo/sitemap-pages.ts); a sitemap index when there are too many for one file. */
export const GET: APIRoute = async ({ site }) => new Response((await sitemap(site)).index, { headers: xmlHeaders });
