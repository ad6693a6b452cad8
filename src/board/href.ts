import { withBase } from '../lib/urls.ts';

/** A site-relative path ("/jobs/x/") with the configured base path in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The same path as a full URL on the site (`Astro.site`), for canonical links, JSON-LD and share images. */
export function absoluteHref(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}
