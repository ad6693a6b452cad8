import { describe, expect, it } from 'vitest';
import { browseDist, browserAvailable } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { pagesByType } from '../support/sample-pages.ts';

describe.runIf(browserAvailable())('job page layout', () => {
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
