/**
 * Saved jobs (issue #28, point 9): saved from a card or a job page into the
 * browser's own storage, listed on /saved/ with the closed ones said to be
 * closed, and no button at all where it could not work.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';
import { openWithStored, readStoredValue } from '../support/device-storage.ts';
import { openJobsPartOf } from '../../src/saved/open-jobs.ts';

const saveButton = (page: Page, slug: string) => page.locator(`main button[data-save-job="${slug}"]`).first();
const liveRegion = (page: Page) => page.locator('body > p[role="status"]');
const savedTitles = (page: Page) => page.$$eval('#saved-list h2', (hs) => hs.map((h) => h.textContent));
const savedEntry = (slug: string, title: string, company = 'Birchline') => ({ slug, title, company, saved: '2026-11-21' });

describe('saving jobs', needsBrowser(), () => {
  const site = browseDist(fixture.distRoot);
  const url = (path = '') => new URL(path, site.server.url).href;

  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
    await page.goto(url(path));
    return page;
  }

  it('saves a job from its card, says so, and keeps it across pages', async () => {
    const page = await open('');
    try {
      const button = saveButton(page, 'full-listing-alder');
      await button.waitFor({ state: 'visible' });
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await button.evaluate((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toBe('Save Director of Platform Engineering');
      // The bookmark is the button's ::before, a mask over the text colour (global.css, save-job).
      const bookmark = () => button.evaluate((b) => getComputedStyle(b, '::before').maskImage);
      const outline = await bookmark();
      expect(outline).toContain("fill='none'");
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await liveRegion(page).textContent()).toBe('Saved Director of Platform Engineering. 1 saved job.');
      // Filled, not only recoloured: the state is not told by colour alone.
      expect(await bookmark()).toContain("fill='black'");

      // The job page and every list show it saved; so does the job's own page.
      await page.goto(url('categories/engineering/'));
      expect(await saveButton(page, 'full-listing-alder').getAttribute('aria-pressed')).toBe('true');
      await page.goto(url('jobs/full-listing-alder/'));
      const onPage = page.locator('aside button[data-save-job]');
      expect(await onPage.getAttribute('aria-pressed')).toBe('true');
      // Unsaved from the job page, it is gone everywhere.
      await onPage.click();
      expect(await liveRegion(page).textContent()).toBe('Removed Director of Platform Engineering from your saved jobs.');
      expect(await readStoredValue(page, '/', 'saved-jobs')).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lists saved jobs newest first, links them, and says which have closed', async () => {
    const page = await open('');
    try {
      const parts: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/saved/open-')) parts.push(new URL(request.url()).pathname);
      });
      await openWithStored(page, url('saved/'), '/', {
        'saved-jobs': [
          savedEntry('expired-job-birchline', 'Expired Copywriter Role'),
          savedEntry('estimated-salary-birchline', 'Product Designer, Publishing Tools'),
          // Saved, then deleted from the board: its page is gone, and the list still names it.
          savedEntry('retired-listing-birchline', 'Archivist, Retired Listing'),
        ],
      });
      await page.waitForSelector('#saved-list [data-closed]');
      await page.waitForFunction(() => document.querySelector('#saved-count')?.textContent?.includes('closed'));
      expect(await savedTitles(page)).toEqual([
        'Expired Copywriter Role',
        'Product Designer, Publishing Tools',
        'Archivist, Retired Listing',
      ]);
      expect(await page.textContent('#saved-count')).toBe('3 saved jobs, 2 closed');
      const closed = await page.$$eval('#saved-list li', (items) =>
        items.map((li) => li.querySelector('[data-closed]')?.textContent ?? 'open'),
      );
      expect(closed).toEqual(['Closed', 'open', 'Closed']);
      expect(await page.getAttribute('#saved-list li:nth-child(2) h2 a', 'href')).toBe('/jobs/estimated-salary-birchline/');
      expect(await page.textContent('#saved-list li:nth-child(2) p')).toBe('Birchline · saved 21 Nov 2026');
      // Only the parts the saved jobs fall in (33 open jobs make one part).
      const expected = new Set(
        ['expired-job-birchline', 'estimated-salary-birchline', 'retired-listing-birchline'].map((slug) => openJobsPartOf(slug, 1)),
      );
      expect(new Set(parts)).toEqual(new Set([...expected].map((n) => `/saved/open-${n}.json`)));
      expect(await page.isVisible('#saved-check-failed')).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('calls a saved job closed once its closing day has passed, though the site was built before', async () => {
    const page = await open('');
    try {
      // full-listing-alder takes applications through 15 Jan 2027.
      await page.clock.setFixedTime(new Date('2027-01-16T09:00:00'));
      await openWithStored(page, url('saved/'), '/', {
        'saved-jobs': [savedEntry('full-listing-alder', 'Director of Platform Engineering', 'Alder Works')],
      });
      await page.waitForSelector('#saved-list [data-closed]');
      expect(await page.textContent('#saved-count')).toBe('1 saved job, 1 closed');
    } finally {
      await page.context().close();
    }
  });

  it('removes a saved job, moving focus to the next one, then to the heading', async () => {
    const page = await open('');
    try {
      await openWithStored(page, url('saved/'), '/', {
        'saved-jobs': [
          savedEntry('estimated-salary-birchline', 'Product Designer, Publishing Tools'),
          savedEntry('remote-europe-birchline', 'Frontend Engineer, Reader App'),
        ],
      });
      await page.getByRole('button', { name: 'Remove Product Designer, Publishing Tools' }).click();
      expect(await savedTitles(page)).toEqual(['Frontend Engineer, Reader App']);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove Frontend Engineer, Reader App');
      expect(await liveRegion(page).textContent()).toBe('Removed Product Designer, Publishing Tools. 1 saved job left.');
      await page.keyboard.press('Enter');
      expect(await savedTitles(page)).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.isVisible('#saved-empty')).toBe(true);
      expect(await page.textContent('#saved-count')).toBe('');
    } finally {
      await page.context().close();
    }
  });

  it('says so when it cannot check which saved jobs are open', async () => {
    const page = await open('');
    try {
      await page.route('**/saved/open-*.json', (route) => route.abort());
      await openWithStored(page, url('saved/'), '/', {
        'saved-jobs': [savedEntry('estimated-salary-birchline', 'Product Designer, Publishing Tools')],
      });
      await page.locator('#saved-check-failed').waitFor({ state: 'visible' });
      expect(await savedTitles(page)).toEqual(['Product Designer, Publishing Tools']);
      expect(await page.locator('#saved-list [data-closed]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('follows a save made in another tab', async () => {
    const first = await open('saved/');
    const second = await first.context().newPage();
    try {
      await second.goto(url('jobs/estimated-salary-birchline/'));
      await second.click('aside button[data-save-job]');
      await first.waitForFunction(() => document.querySelectorAll('#saved-list li').length === 1);
      expect(await savedTitles(first)).toEqual(['Product Designer, Publishing Tools']);
    } finally {
      await first.context().close();
    }
  });

  it('saves from the cards the search page draws from the index, as from any other', async () => {
    const page = await open('');
    try {
      await openWithStored(page, url('search/?q=platform'), '/', {
        'saved-jobs': [savedEntry('full-listing-alder', 'Director of Platform Engineering', 'Alder Works')],
      });
      await searchSettled(page);
      expect(await page.getAttribute('#search-results button[data-save-job="full-listing-alder"]', 'aria-pressed')).toBe('true');
      await page.fill('#search-query', 'designer');
      await page.waitForFunction(() => document.querySelector('#search-results h3')?.textContent === 'Product Designer, Publishing Tools');
      const button = page.locator('#search-results button[data-save-job="estimated-salary-birchline"]');
      expect(await button.isVisible()).toBe(true);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(
        ((await readStoredValue(page, '/', 'saved-jobs')) as { slug: string; company: string }[]).map((j) => `${j.slug} ${j.company}`),
      ).toEqual(['estimated-salary-birchline Birchline', 'full-listing-alder Alder Works']);
    } finally {
      await page.context().close();
    }
  });

  it('shows no Save button without JavaScript, and the saved page says why', async () => {
    const page = await open('', { javaScriptEnabled: false });
    try {
      expect(await page.locator('button[data-save-job]').count()).toBeGreaterThan(5);
      expect(await page.locator('button[data-save-job]:visible').count()).toBe(0);
      await page.goto(url('jobs/full-listing-alder/'));
      expect(await page.locator('button[data-save-job]:visible').count()).toBe(0);
      await page.goto(url('saved/'));
      expect(await page.textContent('main noscript')).toContain('Saving jobs needs JavaScript');
      expect(await page.isVisible('#saved-jobs')).toBe(false);
      expect(await page.isVisible('#new-jobs-setting')).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('keeps the buttons out of sight where the browser refuses storage', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      await page.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('Storage is turned off', 'SecurityError');
          },
        }),
      );
      await page.goto(url(''));
      await page.waitForLoadState('networkidle');
      expect(await page.locator('button[data-save-job]:visible').count()).toBe(0);
      await page.goto(url('saved/'));
      await page.locator('#saved-unavailable').waitFor({ state: 'visible' });
      expect(await page.isDisabled('#new-jobs-setting')).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('saving jobs on a board under a sub-path', needsBrowser(), () => {
  const site = browseDist(fixture.distSub, fixture.subBase);

  it('keeps its own list and checks it against its own open jobs', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.url}jobs/expired-job-birchline/`);
      await page.click('aside button[data-save-job]');
      expect(await readStoredValue(page, fixture.subBase, 'saved-jobs')).toHaveLength(1);
      expect(await readStoredValue(page, '/', 'saved-jobs')).toBeUndefined();
      await page.goto(`${site.server.url}saved/`);
      await page.waitForSelector('#saved-list [data-closed]');
      expect(await page.getAttribute('#saved-list h2 a', 'href')).toBe(`${fixture.subBase}jobs/expired-job-birchline/`);
    } finally {
      await page.close();
    }
  });
});
