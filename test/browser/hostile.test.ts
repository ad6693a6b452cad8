/**
 * Hostile listings that got past review, in a real browser: long words,
 * tables and names must not widen a phone's page, and listing text in search
 * results must stay text. The global setup builds the hostile board
 * (test/support/hostile.ts).
 */
import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { hostileSite } from '../support/hostile.ts';
import { searchSettled, showAllResults } from '../support/search-page.ts';

describe('hostile content in Chromium', needsBrowser(), () => {
  const site = browseDist(hostileSite.dist);

  // One page a test: each loads in its own time, and a failure names the page.
  it.each([
    'jobs/long-word/',
    'jobs/emoji-rtl/',
    'jobs/wide-content/',
    '',
    'categories/engineering/',
    'companies/',
    'companies/long-name-co/',
    'skills/wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww/',
    'skills/',
    'search/',
  ])('does not scroll sideways on a 320 px phone, even with those words, tables and names: /%s', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${site.server.url}${path}`);
    if (path === 'search/') await searchSettled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('shows hostile listing text in search results as text, running none of it', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    await showAllResults(page);
    const titles = await page.$$eval('#search-results h3', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(titles).toContain('</script><script>alert(1)</script>');
    expect(await page.locator('#search-results script, #search-results iframe, #search-results [onerror]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
