import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { fixture, FILLER_COUNT, OPEN_HAND_WRITTEN } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';

const OPEN_JOBS = OPEN_HAND_WRITTEN.length + FILLER_COUNT;

describe.runIf(browserAvailable())('search page in a real browser', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(fixture.distRoot);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSearch(query = '', options: { width?: number } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
    await page.goto(`${server.url}search/${query}`);
    await searchSettled(page);
    return page;
  }

  async function click(page: Page, name: string, value: string) {
    await page.click(`input[name="${name}"][value="${value}"]`);
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
    await searchSettled(page);
  }

  const titles = (page: Page) => page.$$eval('#search-results h3', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
  const count = (page: Page) => page.textContent('#result-count');
  const countFor = (page: Page, group: string, value: string) =>
    page.textContent(`fieldset[data-filter-group="${group}"] [data-count-for="${value}"]`);

  it('shows every open job, newest first, before any query', async () => {
    const page = await openSearch();
    expect(await count(page)).toBe(`${OPEN_JOBS} jobs`);
    expect(await page.getAttribute('#result-count', 'role')).toBe('status');
    expect((await titles(page))[0]).toBe('Product Designer, Publishing Tools');
    await page.close();
  });

  it('typing a query shows the matching jobs and not the others', async () => {
    const page = await openSearch();
    await page.fill('#search-query', 'platform');
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '1 job');
    await searchSettled(page);
    expect(await titles(page)).toEqual(['Director of Platform Engineering']);
    expect(page.url()).toBe(`${server.url}search/?q=platform`);
    await page.close();
  });

  it.each([
    ['category', 'customer-support', 1],
    ['workplace', 'onsite', 1],
    ['employment', 'part-time', 1],
    ['experience', 'director', 1],
    ['region', 'europe', 4],
    ['skill', 'typescript', 1],
    ['salary', 'stated', 4],
    ['band', '100k-150k', 2],
  ] as const)('the %s filter narrows results and updates the other counts', async (group, value, expected) => {
    const page = await openSearch();
    const before = await countFor(page, 'workplace', 'remote');
    await click(page, group, value);
    expect(await count(page)).toBe(`${expected} job${expected === 1 ? '' : 's'}`);
    expect((await titles(page)).length).toBe(expected);
    if (group !== 'workplace') {
      // The workplace counts load when the visitor reaches for that group, and then count only the filtered jobs.
      await page.hover('fieldset[data-filter-group="workplace"]');
      await page.waitForFunction(() =>
        /^\d+$/.test(document.querySelector('[data-filter-group="workplace"] [data-count-for="remote"]')?.textContent ?? ''),
      );
      const after = Number(await countFor(page, 'workplace', 'remote'));
      expect(after).toBeLessThan(Number(before));
      expect(after).toBeLessThanOrEqual(expected);
    }
    await page.close();
  });

  it('combines values with OR within a group and AND across groups', async () => {
    const page = await openSearch();
    await click(page, 'category', 'engineering');
    expect(await count(page)).toBe('30 jobs');
    await click(page, 'category', 'product-design');
    expect(await count(page)).toBe('31 jobs');
    // Counts in the same group still show what ticking another value would add.
    expect(await countFor(page, 'category', 'customer-support')).toBe('1');
    await click(page, 'workplace', 'hybrid');
    expect(await titles(page)).toEqual(['Director of Platform Engineering']);
    expect(page.url()).toBe(`${server.url}search/?category=engineering&category=product-design&workplace=hybrid`);
    await page.close();
  });

  it('loads filter counts only when the visitor reaches for the filters', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.goto(`${server.url}search/`);
    await searchSettled(page);
    // Nothing narrows the results yet: the board-wide counts printed at build time are exact.
    expect(await countFor(page, 'workplace', 'remote')).toMatch(/^\d+$/);
    await page.fill('#search-query', 'engineer');
    await page.waitForURL(/q=engineer/);
    await searchSettled(page);
    expect(filterFiles).toEqual([]);
    // A query narrows the results, and its counts are not loaded: no number rather than a wrong one.
    expect(await countFor(page, 'workplace', 'remote')).toBe('');

    await page.hover('fieldset[data-filter-group="workplace"]');
    await page.waitForFunction(
      () => document.querySelector('fieldset[data-filter-group="workplace"] [data-count-for="remote"]')?.textContent !== '',
    );
    // Only the group reached for: one filter file, and other groups still show no number.
    expect(filterFiles).toHaveLength(1);
    expect(await countFor(page, 'category', 'engineering')).toBe('');
    const remote = Number(await countFor(page, 'workplace', 'remote'));
    await click(page, 'workplace', 'remote');
    expect(await count(page)).toBe(`${remote} job${remote === 1 ? '' : 's'}`);
    await page.close();
  });

  it('on a phone, opening the filters loads the counts of every group', async () => {
    const page = await openSearch('?q=engineer', { width: 375 });
    expect(await countFor(page, 'category', 'engineering')).toBe('');
    await page.click('#filters > summary');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-count-for]')].every((label) => /^\d+$/.test(label.textContent ?? '')),
    );
    expect(Number(await countFor(page, 'workplace', 'remote'))).toBeLessThan(OPEN_JOBS);
    await page.close();
  });

  it('sorts by highest salary', async () => {
    const page = await openSearch();
    await page.selectOption('#search-sort', 'salary');
    await page.waitForURL(/sort=salary/);
    await searchSettled(page);
    expect((await titles(page)).slice(0, 3)).toEqual([
      'Director of Platform Engineering', // €110,000/yr ≈ $118,800
      'Frontend Engineer, Reader App', // $50/hr ≈ $104,000/yr
      'Product Designer, Publishing Tools', // £65,000/yr ≈ $82,550
    ]);
    await page.close();
  });

  it('restores the same state from a URL', async () => {
    const page = await openSearch('?q=engineer&category=engineering&workplace=hybrid&sort=salary');
    expect(await page.inputValue('#search-query')).toBe('engineer');
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(true);
    expect(await page.isChecked('input[name="workplace"][value="hybrid"]')).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('salary');
    expect(await titles(page)).toEqual(['Director of Platform Engineering']);
    await page.close();
  });

  it('goes back and forward through filter changes', async () => {
    const page = await openSearch();
    await click(page, 'workplace', 'remote');
    const remoteCount = await count(page);
    await click(page, 'region', 'europe');
    expect(await count(page)).toBe('2 jobs');
    await page.goBack();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, remoteCount);
    expect(await page.isChecked('input[name="region"][value="europe"]')).toBe(false);
    expect(await page.isChecked('input[name="workplace"][value="remote"]')).toBe(true);
    await page.goBack();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, `${OPEN_JOBS} jobs`);
    await page.goForward();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, remoteCount);
    expect(page.url()).toBe(`${server.url}search/?workplace=remote`);
    await page.close();
  });

  it('shows a helpful empty state with a way to remove filters', async () => {
    const page = await openSearch('?category=writing');
    expect(await count(page)).toBe('0 jobs');
    expect(await page.isVisible('#search-empty')).toBe(true);
    await page.click('#search-active button');
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, `${OPEN_JOBS} jobs`);
    await page.close();
  });

  it('the header search form works without JavaScript and lands on the right results', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}jobs/full-listing-alder/`);
    await page.fill('#site-search', 'platform');
    await Promise.all([page.waitForURL(/\/search\/\?q=platform$/), page.press('#site-search', 'Enter')]);
    const landed = page.url();
    await noScript.close();
    const withScript = await browser.newPage();
    await withScript.goto(landed);
    await searchSettled(withScript);
    expect(await titles(withScript)).toEqual(['Director of Platform Engineering']);
    await withScript.close();
  });

  it('never shows an expired job', async () => {
    const page = await openSearch('?q=copywriter');
    expect(await count(page)).toBe('0 jobs');
    const all = await openSearch('?category=writing&category=data-ml');
    expect(await titles(all)).toEqual([]);
    await page.close();
    await all.close();
  });

  it.each([375, 1280])('does not shift the layout as results arrive (%i px)', async (width) => {
    const page = await openSearch('?q=engineer', { width });
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

  it.each([320, 375])('has no horizontal scroll at %i px, on the fixture and the sample board', async (width) => {
    // The sample board has long region lists ("Hybrid (Netherlands, Belgium, Germany)").
    const sample = await serveDist(fixture.distSample);
    try {
      const pages = [
        [server, ['search/?q=engineer', '', 'jobs/full-listing-alder/', 'categories/engineering/']],
        [
          sample,
          [
            '',
            'page/2/',
            'search/',
            'regions/europe/',
            'skills/',
            'jobs/senior-frontend-engineer-quillmoor/',
            'companies/voltmere/',
            'post-a-job/',
          ],
        ],
      ] as const;
      for (const [host, paths] of pages) {
        for (const path of paths) {
          const page = await browser.newPage({ viewport: { width, height: 800 } });
          await page.goto(`${host.url}${path}`);
          if (path.startsWith('search')) await searchSettled(page);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `${host === sample ? 'sample' : 'fixture'} /${path}`).toBeLessThanOrEqual(width);
          await page.close();
        }
      }
    } finally {
      await sample.close();
    }
  });
});

describe.runIf(browserAvailable())('search under a sub-path', () => {
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
