import { describe, expect, it } from 'vitest';
import { headerRules, headersFor, netlifyHeaders, vercelConfig } from '../../src/hosting/host-config.ts';
import { contentSecurityPolicy, everyResponseHeaders } from '../../src/config/security.ts';

describe('host headers', () => {
  const rules = headerRules('/board', everyResponseHeaders());

  it('sends the CSP and security headers everywhere under the base path', () => {
    expect(rules[0]!.path).toBe('/board/*');
    expect(rules[0]!.headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(rules[0]!.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(rules[0]!.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(rules[0]!.headers['Referrer-Policy']).toBeDefined();
    expect(rules[0]!.headers['Permissions-Policy']).toBeDefined();
  });

  it('caches hashed assets for a year and the search index briefly', () => {
    const text = netlifyHeaders(rules);
    expect(text).toContain('/board/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/board/pagefind/*\n  Cache-Control: public, max-age=600, must-revalidate');
  });

  it("types every feed as a feed, the board's and each list page's, and leaves sitemaps XML", () => {
    const text = netlifyHeaders(rules);
    expect(text).toContain('/board/*feed.xml\n  Content-Type: application/rss+xml; charset=utf-8');
    expect(text).toContain('/board/*feed.json\n  Content-Type: application/feed+json; charset=utf-8');
    expect(headersFor(rules, '/board/feed.xml')['Content-Type']).toBe('application/rss+xml; charset=utf-8');
    expect(headersFor(rules, '/board/categories/data-ml/feed.json')['Content-Type']).toBe('application/feed+json; charset=utf-8');
    expect(headersFor(rules, '/board/sitemap.xml')['Content-Type']).toBeUndefined();
    expect(headersFor(rules, '/feed.xml')).toEqual({});
  });

  it('writes the same rules for Vercel', () => {
    const config = vercelConfig(rules);
    expect(config.headers.map((h) => h.source)).toEqual([
      '/board/(.*)',
      '/board/_astro/(.*)',
      '/board/pagefind/(.*)',
      '/board/(.*)feed.xml',
      '/board/(.*)feed.json',
    ]);
  });

  it('never sets one header in two rules that match one file (Netlify would join the values)', () => {
    for (const path of ['/board/_astro/a.css', '/board/pagefind/pagefind.js', '/board/regions/europe/feed.xml', '/board/feed.json']) {
      const matching = rules.filter((rule) => Object.keys(headersFor([rule], path)).length > 0);
      const names = matching.flatMap((rule) => Object.keys(rule.headers));
      expect(matching.length, path).toBeGreaterThan(1);
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('reads a rule path as Netlify and Cloudflare do: * is any run of characters, slashes too, and nothing else is special', () => {
    const only = (path: string) => [{ path, headers: { 'X-Match': 'yes' } }];
    expect(headersFor(only('/board/*'), '/board/')).toEqual({ 'X-Match': 'yes' });
    expect(headersFor(only('/board/*'), '/board')).toEqual({});
    expect(headersFor(only('/b.rd/*'), '/bxrd/x')).toEqual({});
    expect(headersFor(only('/*feed.xml'), '/a/b/feed.xml')).toEqual({ 'X-Match': 'yes' });
    expect(headersFor(only('/*feed.xml'), '/feed.xml/')).toEqual({});
  });

  it('leaves frame-ancestors out of the meta policy, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
  });
});
