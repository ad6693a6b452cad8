/**
 * `npm run dev` looks like production: Vite injects styles inline in the
 * dev server, so the dev policy allows inline styles there (and only
 * there). A real dev server, real Chromium, and the policy's own reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, needsBrowser } from '../support/browser.ts';
import { OUTPUT, writeFixtureContent } from '../support/fixture.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const content = join(OUTPUT, 'content-dev-csp');

describe('npm run dev under the Content Security Policy', needsBrowser(), () => {
  let dev: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    writeFixtureContent(content);
    dev = await startDevServer(content);
    await dev.serving();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    dev?.stop();
  });

  it.each(['', 'jobs/full-listing-alder/', 'search/'])(
    'styles /%s with no policy violation',
    async (path) => {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${dev.url}${path}`, { waitUntil: 'networkidle' });
      // Tailwind's styles reached the page: the header's layout and the body's font are not the browser's defaults.
      const styled = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { display: body.display, fontFamily: body.fontFamily };
      });
      expect(styled.display).toBe('flex');
      expect(styled.fontFamily).not.toMatch(/^"?Times/);
      expect(violations).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
