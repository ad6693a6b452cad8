/**
 * Base-path helpers. Every internal link goes through `withBase` so the
 * site works at the domain root and under a sub-path such as /board/.
 */

/** "" | "/" | "board" | "/board" | "/board/" -> "/" or "/board/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
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
