import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { needsBrowser, launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';
import { contentSecurityPolicy, securityHeaders } from '../../src/config/security.ts';

describe('Content Security Policy', needsBrowser(), () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    // The same policy the generated host headers send.
    server = await serveDist(fixture.distRoot, '/', { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeaders });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['', 'jobs/full-listing-alder/', 'search/?q=engineer&workplace=remote', 'categories/engineering/', 'saved/'])(
    'reports no violations on /%s, and its scripts still run',
    async (path) => {
      const page = await browser.newPage();
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      // Some blocks (WebAssembly compilation) only show up as console errors.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`${server.url}${path}`);
      if (path.startsWith('search')) {
        await searchSettled(page);
        expect(await page.textContent('#result-count')).toMatch(/^\d+ jobs?$/);
      }
      await page.waitForLoadState('networkidle');
      // The relative-time script ran: "20 Nov 2026" became words like "5 days ago". Only the times shown count: the
      // search page keeps its no-JavaScript list of the newest jobs, dates as written, hidden, to copy from.
      const times = await page.$$eval('time[data-relative-prefix]', (ts) =>
        ts.filter((t) => t.checkVisibility()).map((t) => t.textContent ?? ''),
      );
      if (times.length) expect(times.some((t) => /ago|today|yesterday|last|week|month/.test(t))).toBe(true);
      // The layout's script ran: it found storage and showed the Save buttons (src/saved/client/save-buttons.ts).
      expect(await page.getAttribute('html', 'data-save-jobs')).toBe('');
      // The saved-jobs page's own script ran and drew the (empty) list.
      if (path === 'saved/') expect(await page.isVisible('#saved-empty')).toBe(true);
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});
