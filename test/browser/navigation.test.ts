import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';

describe('site navigation', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  // Phones once hid "Jobs" to save room, leaving the logo as the only way back to the list.
  it.each([320, 375, 1280])('at %i px the main menu shows every link, Jobs first, none cut off', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(`${site.server.url}companies/`);
      const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      expect(await menu.allTextContents()).toEqual(['Jobs', 'Categories', 'Regions', 'Companies', 'Post a job', 'Saved jobs']);
      for (const link of await menu.all()) {
        expect(await link.isVisible()).toBe(true);
        const box = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      await menu.first().click();
      await page.waitForURL(site.server.url);
      expect(await page.locator('h1').textContent()).toBe('Latest jobs');
    } finally {
      await page.close();
    }
  });

  it.each([375, 1280])('at %i px the 404 page has one search box, and it searches', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      const response = await page.goto(`${site.server.url}no-such-page/`);
      expect(response?.status()).toBe(404);
      const boxes = page.getByRole('searchbox');
      expect(await boxes.count()).toBe(1);
      expect(await boxes.isVisible()).toBe(true);
      await boxes.fill('designer');
      await boxes.press('Enter');
      await page.waitForURL(/\/search\/\?q=designer$/);
    } finally {
      await page.close();
    }
  });
});
