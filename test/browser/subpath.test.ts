import { describe, expect, it } from 'vitest';
import { needsBrowser, launchBrowser } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';

describe('the board under a sub-path', needsBrowser(), () => {
  it('clicks through home, a job, a category and search without a single failed request', async () => {
    const server = await serveDist(fixture.distSub, fixture.subBase);
    const browser = await launchBrowser();
    const failed: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));

      await page.goto(server.url);
      expect(new URL(page.url()).pathname).toBe('/board/');
      await page.click('main article h2 a >> nth=0');
      await page.waitForURL(/\/board\/jobs\/[^/]+\/$/);
      const logoWidth = await page.$eval('main header img', (img) => (img as HTMLImageElement).naturalWidth);
      expect(logoWidth).toBeGreaterThan(0);

      await page.click('nav[aria-label="Breadcrumb"] li:nth-child(2) a');
      await page.waitForURL(/\/board\/categories\/[^/]+\/$/);
      expect(await page.locator('main article').count()).toBeGreaterThan(0);

      await page.fill('#site-search', 'platform');
      await Promise.all([page.waitForURL(/\/board\/search\/\?q=platform$/), page.press('#site-search', 'Enter')]);
      await searchSettled(page);
      expect(await page.textContent('#search-results h3')).toBe('Director of Platform Engineering');
      await page.click('#search-results h3 a');
      await page.waitForURL(/\/board\/jobs\/full-listing-alder\/$/);
      await page.waitForLoadState('networkidle');
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
