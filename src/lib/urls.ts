/**
 * Base-path helpers. Every internal link goes through `withBase` so the
 * site works at the domain root and under a sub-path such as /board/.
 */

/** "" | "/" | "board" | "/board" | "/board/" -> "/" or "/board/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * What is wrong with the SITE_URL a build was given, as one line for the
 * host; undefined when nothing is. Astro would only say "Invalid URL", and
 * it drops a path in the site address without a word: the sub-path belongs
 * in BASE_PATH.
 */
export function siteUrlProblem(siteUrl: string | undefined, basePath: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  const example = 'like SITE_URL=https://jobs.example.org';
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return `SITE_URL "${siteUrl}" is not a full address; start it with https://, ${example}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${siteUrl}" must start with https://, ${example}`;
  const path = normalizeBase(url.pathname);
  if (path !== '/' && path !== normalizeBase(basePath)) {
    return `SITE_URL "${siteUrl}" has a path, which the build would ignore; give the sub-path as BASE_PATH: SITE_URL=${url.origin} BASE_PATH=${path}`;
  }
  return undefined;
}

/** Join a site-relative path ("/jobs/x/") onto the base ("/board/"). */
export function withBase(base: string, path: string): string {
  const prefix = normalizeBase(base);
  return prefix + path.replace(/^\/+/, '');
}

/** An absolute URL for canonical links, feeds and share links. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}
