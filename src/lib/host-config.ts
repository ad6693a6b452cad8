/**
 * Header files for static hosts, generated from one policy:
 * `_headers` (Netlify, Cloudflare Pages) and `vercel.json` (Vercel).
 * Hashed assets are cached for a year; the search index briefly, since its
 * entry files keep their names between builds; HTML keeps the host default
 * (revalidate on every visit), so a rebuild shows at once.
 */
import { normalizeBase } from './urls.ts';

export interface HeaderRule {
  /** Path pattern under the base, with a trailing * wildcard. */
  path: string;
  headers: Record<string, string>;
}

export function headerRules(base: string, csp: string, security: Record<string, string>): HeaderRule[] {
  const root = normalizeBase(base);
  return [
    { path: `${root}*`, headers: { 'Content-Security-Policy': csp, ...security } },
    { path: `${root}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: `${root}pagefind/*`, headers: { 'Cache-Control': 'public, max-age=600, must-revalidate' } },
  ];
}

/** Netlify / Cloudflare Pages `_headers` syntax. */
export function netlifyHeaders(rules: readonly HeaderRule[]): string {
  return `${rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n')}\n`;
}

/** vercel.json `headers`, with path-to-regexp sources. */
export function vercelConfig(rules: readonly HeaderRule[]): { headers: { source: string; headers: { key: string; value: string }[] }[] } {
  return {
    headers: rules.map((rule) => ({
      source: rule.path.replace(/\*$/, '(.*)'),
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
}
