import { describe, expect, it } from 'vitest';
import { headerRules, netlifyHeaders, vercelConfig } from '../../src/hosting/host-config.ts';
import { contentSecurityPolicy, securityHeaders } from '../../src/config/security.ts';

describe('host headers', () => {
  const rules = headerRules('/board', contentSecurityPolicy(), securityHeaders);

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

  it('writes the same rules for Vercel', () => {
    const config = vercelConfig(rules);
    expect(config.headers.map((h) => h.source)).toEqual(['/board/(.*)', '/board/_astro/(.*)', '/board/pagefind/(.*)']);
  });

  it('leaves frame-ancestors out of the meta policy, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
  });
});
