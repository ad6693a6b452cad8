import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';

/** WCAG relative luminance of each logo's plate and of the card behind it, as the browser paints them. */
function plates(page: Page) {
  return page.$$eval('main img[src*="_astro"]', (logos) => {
    // A canvas turns any CSS colour (the theme's are oklch) into the sRGB the screen shows.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const luminance = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return logos.map((logo) => ({
      plate: luminance(getComputedStyle(logo).backgroundColor),
      card: luminance(getComputedStyle(logo.closest('article') ?? document.body).backgroundColor),
    }));
  });
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('company logos', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  // Most logos are drawn for white paper: a dark wordmark on a transparent
  // background must not vanish on the dark theme's cards.
  it.each(['light', 'dark'] as const)('sit on a light plate that keeps a black wordmark legible in the %s scheme', async (colorScheme) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    try {
      await page.goto(site.server.url);
      const found = await plates(page);
      expect(found.length).toBeGreaterThan(5);
      expect(new Set(found.map((f) => f.plate)).size).toBe(1);
      // Black (luminance 0) on the plate: at least the 4.5:1 of body text.
      for (const { plate } of found) expect(contrast(plate, 0)).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });

  it('are on white in the light scheme, and on a dimmer plate that belongs to the dark theme', async () => {
    const open = async (colorScheme: 'light' | 'dark') => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      await page.goto(site.server.url);
      const [first] = await plates(page);
      await page.close();
      return first!;
    };
    const light = await open('light');
    const dark = await open('dark');
    expect(light.plate).toBe(1);
    // Not a glaring white square on a dark card: noticeably dimmer than white.
    expect(dark.plate).toBeLessThan(0.8);
    expect(dark.card).toBeLessThan(0.1);
  });
});
