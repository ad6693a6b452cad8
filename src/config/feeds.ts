/**
 * Feed and sitemap settings. Feeds are for "what's new": readers poll them,
 * so each one carries only the newest open jobs.
 */

/** Items in each RSS and JSON feed, newest first. */
export const feedItemLimit = 50;

/**
 * XML namespace of the job fields our RSS items carry besides the standard
 * ones (<openings:company>, <openings:salary>, <openings:apply>…). A name,
 * not a page: it never changes with the host the board is deployed to.
 */
export const feedNamespace = 'urn:x-openings:feed:1';

/**
 * URLs per sitemap file, the limit search engines accept. Past it
 * /sitemap.xml becomes a sitemap index pointing at /sitemap-1.xml, /sitemap-2.xml…
 */
export const sitemapUrlLimit = 50_000;
