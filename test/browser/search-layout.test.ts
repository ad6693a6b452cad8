/** The search page's layout at phone and desktop widths, without JavaScript, and under a sub-path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, needsBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { fixture } from '../support/fixture.ts';
import { browseSearch, resultTitles, searchSettled } from '../support/search-page.ts';

describe('search page layout', needsBrowser(), () => {
  const { site, openSearch } = browseSearch();

  it('keeps a short list of results at the top, one gap apart', async () => {
    // Three cards are shorter than the list's minimum height (60% of the window), which a grid would share out between them.
    // The three jobs open to people in France (test/browser/search-seekers.test.ts).
    const page = await openSearch('?country=FR');
    // Between the cards themselves: stretched rows would keep 12 px between the list items but not between what they show.
    const gaps = await page.$$eval('#search-results > li > article', (items) =>
      items.slice(1).map((item, i) => Math.round(item.getBoundingClientRect().top - items[i]!.getBoundingClientRect().bottom)),
    );
    expect(gaps).toEqual([12, 12]);
    await page.close();
  });

  it('the header search form works without JavaScript and lands on the right results', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}jobs/full-listing-alder/`);
    await page.fill('#site-search', 'platform');
    await Promise.all([page.waitForURL(/\/search\/\?q=platform$/), page.press('#site-search', 'Enter')]);
    const landed = page.url();
    // Without JavaScript the page says so at once, and shows no count or placeholders that would never change.
    // (Playwright's text locators skip <noscript>, so read the box from the page itself.)
    const notice = await page.evaluate(() => {
      const p = document.querySelector('main noscript p');
      const box = p?.getBoundingClientRect();
      return { text: p?.textContent ?? '', top: box?.top ?? -1, height: box?.height ?? 0 };
    });
    expect(notice.text).toContain('Searching by words and filtering need JavaScript, which is off in this browser.');
    expect(notice.height).toBeGreaterThan(0);
    expect(notice.top).toBeGreaterThan(0);
    expect(notice.top).toBeLessThan(400);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('#search-placeholder').isVisible()).toBe(false);
    // Not a dead end: the notice links to the browsing pages, and the newest jobs drawn at build time show.
    const links = await page.$$eval('main noscript a', (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/categories/', '/regions/', '/skills/']);
    expect(await page.locator('#search-newest-heading').isVisible()).toBe(true);
    expect(await page.locator('#search-newest > li').count()).toBe(20);
    expect(await page.locator('#search-newest > li h3').first().isVisible()).toBe(true);
    await noScript.close();
    const withScript = await site.browser.newPage();
    await withScript.goto(landed);
    await searchSettled(withScript);
    expect(await resultTitles(withScript)).toEqual(['Director of Platform Engineering']);
    await withScript.close();
  });

  it.each([
    [375, '?q=engineer'],
    [1280, '?q=engineer'],
    [375, '?category=engineering&workplace=remote'],
    [1280, '?category=engineering&workplace=remote'],
  ])('does not shift the layout as results arrive (%i px, %s)', async (width, search) => {
    const page = await openSearch(search, { width });
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await page.close();
  });

  describe('no horizontal scroll', () => {
    // The sample board has long region lists ("Hybrid (Netherlands, Belgium, Germany)").
    let sample: StaticServer;
    beforeAll(async () => {
      sample = await serveDist(fixture.distSample);
    });
    afterAll(() => sample?.close());

    const fixturePages = ['search/?q=engineer', '', 'jobs/full-listing-alder/', 'categories/engineering/'];
    const samplePages = [
      '',
      'page/2/',
      'search/',
      'regions/europe/',
      'skills/',
      'jobs/senior-frontend-engineer-quillmoor/',
      'companies/voltmere/',
      'post-a-job/',
    ];
    const pages = [...fixturePages.map((path) => ['fixture', path] as const), ...samplePages.map((path) => ['sample', path] as const)];
    // One page a test: each loads in its own time, and a failure names the page.
    it.each([320, 375].flatMap((width) => pages.map(([board, path]) => [width, board, path] as const)))(
      'has no horizontal scroll at %i px on the %s board: /%s',
      async (width, board, path) => {
        const host = board === 'sample' ? sample : site.server;
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${host.url}${path}`);
        if (path.startsWith('search')) await searchSettled(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.close();
      },
    );
  });
});

describe('search under a sub-path', needsBrowser(), () => {
  it('loads the index and links results under the base path', async () => {
    const server = await serveDist(fixture.distSub, fixture.subBase);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=platform`);
      await searchSettled(page);
      expect(await page.getAttribute('#search-results h3 a', 'href')).toBe('/board/jobs/full-listing-alder/');
      expect(await page.getAttribute('#search-results a.chip', 'href')).toMatch(/^\/board\/skills\//);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
