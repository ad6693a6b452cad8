import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { pagesByType } from '../support/sample-pages.ts';

describe('job page layout', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);
  const job = pagesByType(fixture.distSample).job;

  // Phones read the job first and share after; desktops keep sharing in the side panel.
  it.each([
    [375, 'after the description'],
    [1280, 'in the side panel'],
  ] as const)('at %i px shows one share box, %s', async (width, where) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(new URL(job.slice(1), site.server.url).href);
      const visible = page.locator('.share:visible');
      expect(await visible.count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Share this job' }).count()).toBe(1);
      const inPanel = await visible.evaluate((box) => box.closest('aside') !== null);
      expect(inPanel).toBe(where === 'in the side panel');
      const [shareTop, descriptionTop] = await Promise.all([
        visible.evaluate((box) => box.getBoundingClientRect().top),
        page.locator('.prose').evaluate((prose) => prose.getBoundingClientRect().top),
      ]);
      if (where === 'after the description') expect(shareTop).toBeGreaterThan(descriptionTop);
    } finally {
      await page.close();
    }
  });
});

// "Posted today" must mean the visitor's today: the page holds the date, the browser says how long ago.
describe("how long ago, on the visitor's calendar", needsBrowser(), () => {
  const site = browseDist(fixture.distRoot);

  it.each([
    // full-listing-alder was posted on 2026-11-20.
    ['America/Los_Angeles', '2026-11-21T04:00:00Z', 'today'], // 20:00 on the 20th in Los Angeles
    ['Asia/Tokyo', '2026-11-20T22:00:00Z', 'yesterday'], // 07:00 on the 21st in Tokyo
    ['UTC', '2026-11-23T12:00:00Z', '3 days ago'],
  ])('in %s at %s the job page and its cards say "%s"', async (timezoneId, instant, expected) => {
    const context = await site.browser.newContext({ timezoneId });
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(new URL('jobs/full-listing-alder/', site.server.url).href);
      await page.waitForFunction(() => document.querySelector('[data-relative-date]')?.textContent !== '');
      expect(await page.locator('[data-relative-date]').textContent()).toBe(expected);
      await page.goto(new URL('companies/alder-works/', site.server.url).href);
      const card = page.locator('article', { hasText: 'Director of Platform Engineering' }).locator('time[data-relative-prefix]');
      await page.waitForFunction(() => !/\d{4}$/.test(document.querySelector('time[data-relative-prefix]')?.textContent ?? ''));
      expect(await card.textContent()).toBe(expected);
    } finally {
      await context.close();
    }
  });
});
