/**
 * "New since your last visit" (issue #28, point 10): cards posted after the
 * visitor's previous visit carry a "New" badge on home, list pages and
 * search, for the whole of a visit, from times kept in their own browser;
 * and the visitor can turn it off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled, showAllResults } from '../support/search-page.ts';
import { openWithStored, readStoredValue } from '../support/device-storage.ts';
import { visitGapMs } from '../../src/visits/visits.ts';

const now = new Date('2026-11-25T10:00:00');
/** The previous visit ended on 1 November: three open jobs were posted later (20, 24 and 10 November). */
const returning = { visits: { latest: Date.parse('2026-11-01T18:00:00') } };
const postedAfterTheFirst = ['Clinic Onboarding Specialist', 'Director of Platform Engineering', 'Product Designer, Publishing Tools'];

/** The titles of the cards marked new, sorted, and checks that each mark is a bordered word, not a colour. */
async function markedNew(page: Page): Promise<string[]> {
  const marked = await page.$$eval('main article:has([data-new-job])', (cards) =>
    // Only the cards a visitor sees: the search page keeps its no-JavaScript list of the newest jobs, hidden, to copy from.
    cards
      .filter((card) => card.checkVisibility())
      .map((card) => {
        const badge = card.querySelector<HTMLElement>('[data-new-job]')!;
        const style = getComputedStyle(badge);
        return {
          title: card.querySelector('h2, h3')?.textContent?.trim() ?? '',
          text: badge.textContent,
          bordered: parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none',
          // Read right after the posting date.
          afterDate: badge.previousElementSibling?.tagName === 'TIME',
        };
      }),
  );
  for (const mark of marked) expect(mark).toMatchObject({ text: 'New', bordered: true, afterDate: true });
  return marked.map((m) => m.title).sort();
}

describe('new since your last visit', needsBrowser(), () => {
  const site = browseDist(fixture.distRoot);
  const url = (path = '') => new URL(path, site.server.url).href;

  async function open(): Promise<Page> {
    const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.clock.setFixedTime(now);
    return page;
  }

  it('marks nothing on a first visit', async () => {
    const page = await open();
    try {
      await page.goto(url(''));
      await page.waitForLoadState('networkidle');
      expect(await readStoredValue(page, '/', 'visits')).toEqual({ latest: now.getTime() });
      expect(await page.locator('[data-new-job]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('marks the jobs posted since the previous visit on home, list pages and search, all visit long', async () => {
    const page = await open();
    try {
      await openWithStored(page, url(''), '/', returning);
      await page.locator('[data-new-job]').first().waitFor();
      expect(await markedNew(page)).toEqual(postedAfterTheFirst);
      // Onwards through the visit, even with breaks just shorter than the gap: the same jobs stay new.
      await page.clock.setFixedTime(now.getTime() + visitGapMs - 60_000);
      await page.goto(url('categories/engineering/'));
      await page.locator('[data-new-job]').first().waitFor();
      expect(await markedNew(page)).toEqual(['Director of Platform Engineering']);
      await page.clock.setFixedTime(now.getTime() + 2 * (visitGapMs - 60_000));
      // Search: the newest jobs drawn at build time, and the cards it draws from the index.
      await page.goto(url('search/'));
      await searchSettled(page);
      expect(await markedNew(page)).toEqual(postedAfterTheFirst);
      await page.goto(url('search/?workplace=hybrid&workplace=onsite&workplace=remote'));
      await searchSettled(page);
      await showAllResults(page);
      expect(await markedNew(page)).toEqual(postedAfterTheFirst);
      expect(await readStoredValue(page, '/', 'visits')).toMatchObject({ previous: returning.visits.latest });
    } finally {
      await page.context().close();
    }
  });

  it('moves on after a break: the visit just ended becomes the previous one', async () => {
    const page = await open();
    try {
      await openWithStored(page, url(''), '/', returning);
      await page.locator('[data-new-job]').first().waitFor();
      await page.clock.setFixedTime(now.getTime() + visitGapMs + 60_000);
      await page.reload();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-new-job]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('can be turned off on the saved-jobs page, and then keeps no visit times', async () => {
    const page = await open();
    try {
      await openWithStored(page, url('saved/'), '/', returning);
      const setting = page.getByLabel('Mark new jobs');
      expect(await setting.isChecked()).toBe(true);
      await setting.uncheck();
      expect(await readStoredValue(page, '/', 'visits')).toEqual({ off: true });
      await page.goto(url(''));
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-new-job]').count()).toBe(0);
      expect(await readStoredValue(page, '/', 'visits')).toEqual({ off: true });
      // Back on: this page view is a first visit, so badges return from the next visit.
      await page.goto(url('saved/'));
      expect(await setting.isChecked()).toBe(false);
      await setting.check();
      expect(await readStoredValue(page, '/', 'visits')).toEqual({ latest: now.getTime() });
    } finally {
      await page.context().close();
    }
  });
});
