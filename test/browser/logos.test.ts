import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';

describe('company logos', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  // Most logos are drawn for white paper: a dark wordmark on a transparent
  // background must not vanish on the dark theme's cards.
  it.each(['light', 'dark'] as const)('sit on a white tile in the %s scheme', async (colorScheme) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    try {
      await page.goto(site.server.url);
      const backgrounds = await page.$$eval('main img[src*="_astro"]', (logos) =>
        logos.map((logo) => getComputedStyle(logo).backgroundColor),
      );
      expect(backgrounds.length).toBeGreaterThan(5);
      expect(new Set(backgrounds)).toEqual(new Set(['rgb(255, 255, 255)']));
    } finally {
      await page.close();
    }
  });
});
