/**
 * The search page keeps its state in the URL: Back and Forward, links and
 * reloads must land on the same results, typing must not flood the history,
 * and keyboard users must be able to move past the filters.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { needsBrowser } from '../support/browser.ts';
import { OPEN_JOB_COUNT } from '../support/fixture.ts';
import {
  browseSearch,
  resultCount,
  resultTitles,
  searchSettled,
  showMoreResults,
  shownResults,
  toggleFilter,
} from '../support/search-page.ts';

describe('search state in the URL and history, and keyboard use', needsBrowser(), () => {
  const { site, openSearch } = browseSearch();

  /** The empty search page, reached from the home page (so Back has somewhere to go), then `query` typed. */
  async function typedAfterArriving(query: string): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url);
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    await page.fill('#search-query', query);
    await page.waitForURL(new RegExp(`q=${query}`));
    return page;
  }

  it('typing a query and deleting it leaves no history entry of its own', async () => {
    const page = await typedAfterArriving('rust');
    await page.fill('#search-query', '');
    await page.waitForURL(`${site.server.url}search/`);
    await searchSettled(page);
    expect(await shownResults(page)).toBe(20);
    await page.goBack();
    await page.waitForURL(site.server.url, { timeout: 5000 });
    await page.close();
  });

  it('keeps a filter ticked straight after deleting the query, and Back still skips the typing', async () => {
    const page = await typedAfterArriving('rust');
    await searchSettled(page);
    // Deleting the words and ticking a filter at once: the box loses focus as the box is ticked.
    await page.fill('#search-query', '');
    await page.click('input[name="workplace"][value="onsite"]');
    await page.waitForURL(`${site.server.url}search/?workplace=onsite`);
    // Alder's clinic job and Dunlin's Lyon warehouse job.
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '2 jobs');
    expect(await page.isChecked('input[name="workplace"][value="onsite"]')).toBe(true);
    await page.goBack();
    await page.waitForURL(`${site.server.url}search/`);
    await page.goBack();
    await page.waitForURL(site.server.url, { timeout: 5000 });
    await page.close();
  });

  it('restores the same state from a URL', async () => {
    const page = await openSearch('?q=engineer&category=engineering&workplace=hybrid&sort=salary');
    expect(await page.inputValue('#search-query')).toBe('engineer');
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(true);
    expect(await page.isChecked('input[name="workplace"][value="hybrid"]')).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('salary');
    expect(await resultTitles(page)).toEqual(['Director of Platform Engineering']);
    await page.close();
  });

  it('goes back and forward through filter changes', async () => {
    const page = await openSearch();
    await toggleFilter(page, 'workplace', 'remote');
    const remoteCount = await resultCount(page);
    await toggleFilter(page, 'region', 'europe');
    // Birchline's two jobs open in Europe (one worldwide) and Dunlin's, open across Europe but France.
    expect(await resultCount(page)).toBe('3 jobs');
    await page.goBack();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, remoteCount);
    expect(await page.isChecked('input[name="region"][value="europe"]')).toBe(false);
    expect(await page.isChecked('input[name="workplace"][value="remote"]')).toBe(true);
    await page.goBack();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, `${OPEN_JOB_COUNT} jobs`);
    await page.goForward();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, remoteCount);
    expect(page.url()).toBe(`${site.server.url}search/?workplace=remote`);
    await page.close();
  });

  it('lets keyboard users skip the filters, and close the phone filter panel with Escape', async () => {
    const desktop = await openSearch('?q=engineer');
    await desktop.focus('#search-form button[type=submit]');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to results');
    await desktop.keyboard.press('Enter');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    // The hash the link adds does not search again.
    expect(await desktop.$$eval('#search-results > li', (cards) => cards.length)).toBeGreaterThan(0);
    await desktop.close();

    const phone = await openSearch('', { width: 375 });
    await phone.click('#filters summary');
    await phone.focus('input[name="workplace"][value="remote"]');
    await phone.keyboard.press('Escape');
    expect(await phone.evaluate(() => (document.querySelector('#filters') as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await phone.close();
  });

  it('typing a query adds one history entry, so Back returns to the filters before it', async () => {
    const page = await openSearch();
    await toggleFilter(page, 'workplace', 'remote');
    await toggleFilter(page, 'category', 'engineering');
    const before = page.url();
    const beforeCount = await resultCount(page);
    const entries = await page.evaluate(() => history.length);
    // Two searches while typing, with a pause between them: the second replaces the first's entry.
    await page.locator('#search-query').pressSequentially('fil');
    await page.waitForURL(/q=fil&/);
    await searchSettled(page);
    await page.locator('#search-query').pressSequentially('ler');
    await page.waitForURL(/q=filler&/);
    await searchSettled(page);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    await page.goBack();
    await page.waitForURL(before);
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, beforeCount);
    expect(await page.inputValue('#search-query')).toBe('');
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(true);
    expect(await page.isChecked('input[name="workplace"][value="remote"]')).toBe(true);
    await page.goForward();
    await page.waitForURL(/q=filler&/);
    expect(await page.inputValue('#search-query')).toBe('filler');

    // Leaving the box ends the typing: editing the query again is a new entry.
    await page.locator('#search-query').fill('rust');
    await page.waitForURL(/q=rust&/);
    await page.keyboard.press('Tab');
    await page.focus('#search-query');
    await page.keyboard.press('End');
    await page.keyboard.type(' go');
    await page.waitForURL(/q=rust\+go&/);
    await page.goBack();
    await page.waitForURL(/q=rust&/);
    await page.close();
  });

  it('Back from a job after "Show more jobs" shows as many results, where they were (phone)', async () => {
    const page = await openSearch('?workplace=remote', { width: 375 });
    await showMoreResults(page);
    const shown = await shownResults(page);
    expect(shown).toBeGreaterThan(20);
    const link = page
      .locator('#search-results > li')
      .nth(shown - 3)
      .locator('h3 a');
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await Promise.all([page.waitForURL(/\/jobs\//), link.click()]);

    await page.goBack();
    await searchSettled(page);
    expect(await shownResults(page)).toBe(shown);
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, scrolled, { timeout: 3000 });
    // The list still grows from there.
    expect(await page.isVisible('#search-more')).toBe(shown < Number((await resultCount(page))?.split(' ')[0]));
    await page.close();
  });

  it('the skip link moves to the content without searching again', async () => {
    const page = await openSearch('?workplace=remote');
    await showMoreResults(page);
    const shown = await shownResults(page);
    // A search that runs again marks the list busy and replaces its cards.
    await page.evaluate(() => {
      const counter = window as unknown as { listChanges: number };
      counter.listChanges = 0;
      new MutationObserver((records) => (counter.listChanges += records.length)).observe(document.querySelector('#search-results')!, {
        childList: true,
        attributes: true,
      });
    });
    await page.focus('a[href="#main"]');
    // Tailwind's not-sr-only sets padding to 0: the focused link keeps its own.
    expect(await page.$eval('a[href="#main"]', (a) => getComputedStyle(a).paddingLeft)).not.toBe('0px');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.goBack();
    await page.waitForURL(`${site.server.url}search/?workplace=remote`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { listChanges: number }).listChanges)).toBe(0);
    expect(await shownResults(page)).toBe(shown);
    await page.close();
  });
});
