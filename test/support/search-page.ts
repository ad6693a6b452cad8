/** Helpers for tests that drive the built search page in Chromium. */
import type { Page } from 'playwright-core';

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
