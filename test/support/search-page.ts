/** Helpers for tests that drive the built search page in Chromium. */
import type { Page } from 'playwright-core';
import { browseDist } from './browser.ts';
import { fixture } from './fixture.ts';

/** Waits until the search page has rendered the current search (the list is no longer busy). */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
}

/** How many result cards the page shows. */
export function shownResults(page: Page): Promise<number> {
  return page.locator('#search-results > li').count();
}

/** Clicks "Show more" once and waits for the next cards. */
export async function showMoreResults(page: Page): Promise<void> {
  const before = await shownResults(page);
  await page.click('#search-more');
  await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
}

/** Clicks "Show more" until every result is on the page. */
export async function showAllResults(page: Page): Promise<void> {
  while (await page.isVisible('#search-more')) await showMoreResults(page);
}

/** The titles of the result cards, in order. */
export function resultTitles(page: Page): Promise<string[]> {
  return page.$$eval('#search-results h3', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
}

/** The result count as the page says it ("33 jobs"). */
export function resultCount(page: Page): Promise<string | null> {
  return page.textContent('#result-count');
}

/** The count beside one filter value; empty while the counts of its group are not loaded. */
export function filterCount(page: Page, group: string, value: string): Promise<string | null> {
  return page.textContent(`fieldset[data-filter-group="${group}"] [data-count-for="${value}"]`);
}

/** Ticks or unticks a filter value and waits for the results it gives. */
export async function toggleFilter(page: Page, name: string, value: string): Promise<void> {
  await page.click(`input[name="${name}"][value="${value}"]`);
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
  await searchSettled(page);
}

/**
 * The fixture board served and Chromium launched for the tests of the
 * enclosing `describe` (see browseDist), and a way to open its search page:
 * `openSearch('?q=rust', { width: 375 })` opens it with that query string in a
 * window that wide and waits for the results.
 */
export function browseSearch(): {
  site: ReturnType<typeof browseDist>;
  openSearch: (query?: string, options?: { width?: number }) => Promise<Page>;
} {
  const site = browseDist(fixture.distRoot);
  return {
    site,
    openSearch: async (query = '', options = {}) => {
      const page = await site.browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
      await page.goto(`${site.server.url}search/${query}`);
      await searchSettled(page);
      return page;
    },
  };
}
