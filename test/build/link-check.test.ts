import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { fixture, OUTPUT } from '../support/fixture.ts';
import { allPages } from '../support/html.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';

/**
 * The maintained link checker (linkinator), offline, over the site served
 * the way a host serves it. It complements the hand-written checker in
 * links.test.ts (which checks base prefixes in the HTML itself) by
 * following links over HTTP: pages, assets, stylesheets' url()s, and
 * fragments (#main on every page).
 *
 * linkinator checks a fragment on another page only if it has seen the link
 * before it fetches that page, so pages must not be fetched as start points
 * while the crawl may still find links to them: that raced under load. Two
 * passes: crawl from the home page; then check the pages it never reached
 * (closed jobs, the 404 page), without recursing again.
 */
async function brokenLinks(dist: string, base: string): Promise<string[]> {
  const server: StaticServer = await serveDist(dist, base);
  try {
    const origin = new URL(server.url).origin;
    const check = (path: string[], recurse: boolean) =>
      new LinkChecker().check({
        path,
        recurse,
        checkFragments: true,
        checkCss: true,
        concurrency: 20,
        timeout: 10_000,
        // Offline: canonical, Open Graph and structured-data URLs use the
        // public SITE_URL; map them onto the local server so they are checked
        // too. Everything else off this server (employers, share links) is skipped.
        urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(fixture.siteUrl)}/`), replacement: `${origin}/` }],
        linksToSkip: async (link) => !link.startsWith(`${origin}/`),
      });
    const crawled = await check([server.url], true);
    const reached = new Set(crawled.links.map((link) => link.url));
    const unreached = allPages(dist)
      .map((page) => `${origin}${base}${page.slice(1)}`)
      .filter((url) => !reached.has(url));
    const rest = unreached.length > 0 ? (await check(unreached, false)).links : [];
    const broken = [...crawled.links, ...rest]
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => {
        const why = link.failureDetails?.find((d): d is Error => d instanceof Error)?.message ?? `HTTP ${link.status}`;
        const from = link.parent ? ` (linked from ${link.parent.replace(origin, '')})` : '';
        return `${link.url.replace(origin, '')} — ${why}${from}`;
      });
    return [...new Set(broken)].sort();
  } finally {
    await server.close();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('links (linkinator, over HTTP)', () => {
  it('finds no broken link, asset or fragment on the sample site', async () => {
    expect(await brokenLinks(fixture.distSample, '/')).toEqual([]);
  }, 120_000);

  it('finds no broken link, asset or fragment under a sub-path', async () => {
    expect(await brokenLinks(fixture.distSub, fixture.subBase)).toEqual([]);
  }, 120_000);

  describe('catches what it should (the gate is not vacuous)', () => {
    const planted = join(OUTPUT, 'dist-links-planted');
    beforeAll(() => {
      rmSync(planted, { recursive: true, force: true });
      mkdirSync(join(planted, 'a'), { recursive: true });
      mkdirSync(join(planted, 'closed'), { recursive: true });
      const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
      writeFileSync(
        join(planted, 'index.html'),
        page(`<a href="#main">skip</a><a href="#nowhere">x</a><main id="main"><a href="a/">a</a><a href="/board/a/#here">a</a>
          <a href="/board/a/#missing">x</a><a href="/board/gone/">x</a><img src="/board/gone.png" alt="">
          <a href="/a/">no base</a><a href="https://elsewhere.example/">x</a><a href="mailto:x@example.org">x</a></main>`),
      );
      writeFileSync(join(planted, 'a', 'index.html'), page('<h1 id="here">a</h1><a href="/board/">up</a>'));
      // Linked from nowhere, like a closed job: checked in the second pass.
      writeFileSync(join(planted, 'closed', 'index.html'), page('<a href="/board/a/#gone-too">x</a><a href="/board/closed-gone/">x</a>'));
      writeFileSync(join(planted, '404.html'), page('<p>Not found</p>'));
    });
    afterAll(() => rmSync(planted, { recursive: true, force: true }));

    it('reports missing pages, assets and fragments, and links that leave the base path', async () => {
      const broken = await brokenLinks(planted, '/board/');
      expect(broken.map((line) => line.split(' — ')[0])).toEqual([
        '/a/',
        '/board/#nowhere',
        '/board/a/#gone-too',
        '/board/a/#missing',
        '/board/closed-gone/',
        '/board/gone.png',
        '/board/gone/',
      ]);
    });
  });
});
