/**
 * The search page draws the newest jobs at build time, so the first screen
 * needs no index; the index takes over for "Show more" and any query, and the
 * drawn list must survive an index that cannot load.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { needsBrowser } from '../support/browser.ts';
import { OPEN_JOB_COUNT } from '../support/fixture.ts';
import { browseSearch, resultCount, resultTitles, searchSettled, showAllResults, shownResults } from '../support/search-page.ts';

describe('the jobs the search page draws at build time', needsBrowser(), () => {
  const { site, openSearch } = browseSearch();

  it('shows every open job, newest first, before any query', async () => {
    const page = await openSearch();
    expect(await resultCount(page)).toBe(`${OPEN_JOB_COUNT} jobs`);
    expect(await page.getAttribute('#result-count', 'role')).toBe('status');
    expect((await resultTitles(page))[0]).toBe('Product Designer, Publishing Tools');
    await page.close();
  });

  it('draws the newest jobs without loading the index, and "Show more" carries on in the index\'s order', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    expect(await shownResults(page)).toBe(20);
    expect(fetched).toEqual([]);
    expect(await page.locator('#search-results script').count()).toBe(0);
    // The drawn cards say how long ago, as the index's cards do, not the date printed at build time.
    expect(await page.textContent('#search-results li:first-child time')).toMatch(
      /^(today|yesterday|last (week|month|year)|\d+ (days|weeks|months|years) ago)$/,
    );

    const cards = (p: Page) =>
      p.$$eval('#search-results > li', (items) =>
        items.map((li) => [li.querySelector('h3')?.textContent?.trim(), li.querySelector('time')?.textContent?.trim()].join(' | ')),
      );
    await showAllResults(page);
    const drawnThenIndexed = await cards(page);
    expect(fetched.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(new Set(drawnThenIndexed).size).toBe(OPEN_JOB_COUNT);
    // Fillers 13 and 14 share a posting day (test/support/fixture.ts): the last drawn job and the first from the index.
    expect((await resultTitles(page)).slice(19, 21)).toEqual(['Filler Engineer 13', 'Filler Engineer 14']);

    // Every workplace ticked: the same jobs, all of them from the index, newest first.
    const indexed = await openSearch('?workplace=hybrid&workplace=onsite&workplace=remote');
    await showAllResults(indexed);
    expect(await cards(indexed)).toEqual(drawnThenIndexed);
    await indexed.close();
    await page.close();
  });

  it('draws a card at build time exactly as the script draws it from the index', async () => {
    /** Each element as tag, attributes (sorted) and own text, whitespace collapsed. */
    const shape = (p: Page, n: number) =>
      p.$eval(`#search-results > li:nth-child(${n})`, (item) =>
        [item, ...item.querySelectorAll('*')].map((el) =>
          [
            el.tagName,
            ...[...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
            [...el.childNodes]
              .filter((c) => c.nodeType === Node.TEXT_NODE)
              .map((c) => c.textContent)
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          ].join(' | '),
        ),
      );
    const drawn = await openSearch();
    const indexed = await openSearch('?workplace=hybrid&workplace=onsite&workplace=remote');
    // The first shows an estimated salary, the second is featured and states one, the sixth has no salary.
    for (const n of [1, 2, 6]) expect(await shape(drawn, n)).toEqual(await shape(indexed, n));
    await drawn.close();
    await indexed.close();
  });

  it('adds one page for a double click on "Show more"', async () => {
    const page = await openSearch();
    await page.dblclick('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length >= n, OPEN_JOB_COUNT);
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    const shown = await resultTitles(page);
    expect(shown).toHaveLength(OPEN_JOB_COUNT);
    expect(new Set(shown).size).toBe(OPEN_JOB_COUNT);
    expect(await page.isVisible('#search-more')).toBe(false);
    await page.close();
  });

  /** The empty search page with every request for the index failing, as offline. */
  async function openSearchWithoutIndex(): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    return page;
  }

  it('keeps the drawn jobs and their count when the index cannot load', async () => {
    const page = await openSearchWithoutIndex();
    await page.click('#search-more');
    await page.waitForSelector('#search-message:not(.hidden)');
    expect(await page.textContent('#search-message')).toContain('Search could not load');
    expect(await shownResults(page)).toBe(20);
    expect(await resultCount(page)).toBe(`${OPEN_JOB_COUNT} jobs`);
    // A button that can add nothing would only mislead; the note takes its place, where the visitor is looking.
    expect(await page.isVisible('#search-more')).toBe(false);
    expect(await page.textContent('#search-more-failed')).toBe(
      `Could not load more jobs. Check your connection and reload the page to see all ${OPEN_JOB_COUNT} jobs.`,
    );
    expect(await page.isVisible('#search-more-failed')).toBe(true);
    // The button had focus and is gone: focus moves to the note, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-more-failed');
    await page.close();
  });

  it('clears the drawn jobs when a query cannot be searched, rather than leave them dimmed under it', async () => {
    const page = await openSearchWithoutIndex();
    await page.fill('#search-query', 'rust');
    await page.waitForURL(/q=rust/);
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === 'Search unavailable');
    expect(await shownResults(page)).toBe(0);
    expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('false');
    expect(await page.textContent('#search-message')).toContain('Search could not load');
    await page.close();
  });

  it('returns to the drawn list when the query is cleared, fetching no result for it', async () => {
    const page = await openSearch();
    const first = await resultTitles(page);
    await page.fill('#search-query', 'platform');
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '1 job');
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
    });
    await page.fill('#search-query', '');
    await page.waitForURL(`${site.server.url}search/`);
    await page.waitForFunction((n) => document.querySelector('#result-count')?.textContent === `${n} jobs`, OPEN_JOB_COUNT);
    await searchSettled(page);
    expect(await resultTitles(page)).toEqual(first);
    expect(fragments).toEqual([]);
    await page.close();
  });
});
