/**
 * The nginx and Caddy configs that `npm run server-config` prints, run for
 * real against the fixture builds, at the root and under a sub-path: every
 * file gets its proper type (nosniff makes a wrong one fatal), the same
 * security headers and cache rules as `_headers`, and the board's 404 page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyResponseHeaders, securityHeaders, strictTransportSecurity } from '../../src/config/security.ts';
import { cacheControl, headerRules, headersFor } from '../../src/hosting/host-config.ts';
import { fixture } from '../support/fixture.ts';
import { otherSite, startWebServer, needsWebServer, type RunningWebServer, type WebServerKind } from '../support/web-server.ts';

const everyResponse = everyResponseHeaders();

function builtAsset(dist: string, extension: string): string {
  const name = readdirSync(join(dist, '_astro')).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`no ${extension} in ${dist}/_astro`);
  return `_astro/${name}`;
}

function notFoundTitle(dist: string): string {
  return /<title>[^<]+<\/title>/.exec(readFileSync(join(dist, '404.html'), 'utf8'))![0];
}

const layouts = [
  { name: 'at the domain root', dist: fixture.distRoot, base: '/' },
  { name: `under ${fixture.subBase}`, dist: fixture.distSub, base: fixture.subBase },
];

for (const kind of ['nginx', 'caddy'] as const satisfies WebServerKind[]) {
  describe(`${kind} config`, needsWebServer(kind), () => {
    for (const layout of layouts) {
      describe(layout.name, () => {
        let server: RunningWebServer;
        const url = (path: string) => `${server.origin}${layout.base}${path}`;
        const get = (path: string) => fetch(url(path), { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } });

        beforeAll(async () => {
          server = await startWebServer(kind, layout.dist, layout.base);
        });
        afterAll(async () => {
          await server?.stop();
        });

        const files: [path: string, type: RegExp][] = [
          ['', /^text\/html/],
          ['jobs/full-listing-alder/', /^text\/html/],
          [builtAsset(layout.dist, '.css'), /^text\/css/],
          [builtAsset(layout.dist, '.js'), /^(text|application)\/javascript/],
          [builtAsset(layout.dist, '.svg'), /^image\/svg\+xml/],
          ['pagefind/pagefind.js', /^(text|application)\/javascript/],
          ['pagefind/pagefind-entry.json', /^application\/json/],
          // Feed readers and browsers tell a feed by its type; a sitemap stays plain XML.
          ['feed.xml', /^application\/rss\+xml; charset=utf-8$/],
          ['feed.json', /^application\/feed\+json; charset=utf-8$/],
          ['categories/engineering/feed.xml', /^application\/rss\+xml; charset=utf-8$/],
          ['categories/engineering/feed.json', /^application\/feed\+json; charset=utf-8$/],
          ['sitemap.xml', /^(text|application)\/xml/],
          ['robots.txt', /^text\/plain/],
          ['manifest.webmanifest', /^application\/manifest\+json/],
          ['favicon.svg', /^image\/svg\+xml/],
          ['icon-192.png', /^image\/png/],
        ];

        it('serves every kind of file the board has with its own content type', async () => {
          for (const [path, type] of files) {
            const response = await get(path);
            expect(response.status, path).toBe(200);
            expect(response.headers.get('content-type'), path).toMatch(type);
          }
        });

        it('sends the CSP and security headers on every file, the 404 page too', async () => {
          for (const path of [...files.map(([file]) => file), 'no-such-page/']) {
            const response = await get(path);
            for (const [name, value] of Object.entries(everyResponse)) {
              expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
            }
          }
        });

        it('sends every header the `_headers` and vercel.json rules give each file', async () => {
          const rules = headerRules(layout.base, everyResponse);
          for (const [path] of files) {
            const response = await get(path);
            for (const [name, value] of Object.entries(headersFor(rules, new URL(url(path)).pathname))) {
              expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
            }
          }
        });

        it('caches hashed assets for a year, the search index briefly, and revalidates HTML', async () => {
          const cache = async (path: string) => (await get(path)).headers.get('cache-control');
          expect(await cache('')).toBe(cacheControl.html);
          expect(await cache('jobs/full-listing-alder/')).toBe(cacheControl.html);
          expect(await cache(builtAsset(layout.dist, '.css'))).toBe(cacheControl.assets);
          expect(await cache('pagefind/pagefind.js')).toBe(cacheControl.searchIndex);
        });

        it('compresses pages, styles and feeds', async () => {
          for (const path of ['', builtAsset(layout.dist, '.css'), 'feed.xml', 'feed.json']) {
            expect((await get(path)).headers.get('content-encoding'), path).toBe('gzip');
          }
        });

        it('redirects a page address without its trailing slash, with the headers', async () => {
          const response = await get('jobs/full-listing-alder');
          expect([301, 308]).toContain(response.status);
          expect(response.headers.get('location')).toBe(`${layout.base}jobs/full-listing-alder/`);
          expect(response.headers.get('content-security-policy')).toBe(everyResponse['Content-Security-Policy']);
        });

        it('never lets a missing asset be cached for a year', async () => {
          const response = await get('_astro/no-such-file.css');
          expect(response.status).toBe(404);
          expect(response.headers.get('cache-control')).toBe(cacheControl.html);
        });

        it("answers an unknown address with the board's own 404 page", async () => {
          const response = await get('jobs/no-such-job/');
          expect(response.status).toBe(404);
          expect(response.headers.get('content-type')).toMatch(/^text\/html/);
          expect(await response.text()).toContain(notFoundTitle(layout.dist));
        });

        it("answers a missing feed with the board's 404 page, typed as a page", async () => {
          const response = await get('jobs/feed.xml');
          expect(response.status).toBe(404);
          expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        });

        it("answers a folder address that has no page with the board's 404 page, never a bare 403", async () => {
          for (const path of ['jobs/', 'page/', '_astro/', 'pagefind/']) {
            const response = await get(path);
            expect(response.status, path).toBe(404);
            expect(await response.text(), path).toContain(notFoundTitle(layout.dist));
            expect(response.headers.get('cache-control'), path).toBe(cacheControl.html);
          }
        });

        if (layout.base !== '/') {
          it('redirects the sub-path without its trailing slash, with the headers', async () => {
            const response = await fetch(`${server.origin}${layout.base.slice(0, -1)}`, { redirect: 'manual' });
            expect(response.status).toBe(301);
            expect(response.headers.get('location')).toBe(layout.base);
            expect(response.headers.get('x-frame-options')).toBe(securityHeaders['X-Frame-Options']);
          });

          it('leaves the rest of the domain alone: no board headers, 404 page or caching outside the sub-path', async () => {
            for (const path of ['/', '/about/', '/no-such-page/']) {
              const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
              expect(response.status, path).toBe(200);
              expect(await response.text(), path).toBe(otherSite);
              expect(response.headers.get('content-security-policy'), path).toBeNull();
              expect(response.headers.get('cache-control'), path).toBeNull();
            }
          });
        }
      });
    }

    describe('with Strict-Transport-Security on and off', () => {
      const paths = ['', 'jobs/full-listing-alder/', 'jobs/full-listing-alder', 'no-such-page/', 'feed.xml'];
      for (const enabled of [true, false]) {
        it(`${enabled ? 'sends it on' : 'leaves it off'} every response, pages, redirects and the 404 page alike`, async () => {
          const hsts = { ...strictTransportSecurity, enabled, includeSubDomains: true };
          const server = await startWebServer(kind, fixture.distSub, fixture.subBase, everyResponseHeaders(hsts));
          try {
            for (const path of paths) {
              const response = await fetch(`${server.origin}${fixture.subBase}${path}`, { redirect: 'manual' });
              const expected = enabled ? `max-age=${hsts.maxAgeSeconds}; includeSubDomains` : null;
              expect(response.headers.get('strict-transport-security'), path).toBe(expected);
            }
          } finally {
            await server.stop();
          }
        });
      }
    });
  });
}
