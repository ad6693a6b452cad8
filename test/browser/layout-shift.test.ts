import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';
import { pagesByType } from '../support/sample-pages.ts';
import { storeOnEveryPage } from '../support/device-storage.ts';

/**
 * Nothing on the key pages moves once shown (cumulative layout shift 0, as
 * `npm run lighthouse` requires): scripts that add buttons or results must
 * fill space that was kept for them.
 */
describe('layout shift on the sample site (Chromium)', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  const sample = pagesByType(fixture.distSample);
  // "job with Web Share": as on a phone, whose browser adds the "Share…" button (headless Chromium has no navigator.share).
  // A returning visitor: "New" badges on the jobs posted since a visit long ago, and two saved jobs, one of them
  // the newest (the first card on home and search) so that a pressed Save button is on every page they open.
  const newest = /data-save-job="([^"]+)"/.exec(readFileSync(join(fixture.distSample, 'index.html'), 'utf8'))?.[1];
  const returning = {
    'saved-jobs': [newest, sample.job.split('/').filter(Boolean).pop()].map((slug) => ({
      slug,
      title: 'A saved job',
      company: 'Fjordline',
      saved: '2026-11-20',
    })),
    visits: { latest: Date.parse('2026-10-01T12:00:00') },
  };
  const pages = {
    home: sample.home,
    job: sample.job,
    'job with Web Share': sample.job,
    category: sample.category,
    search: sample.search,
    'home, returning visitor': sample.home,
    'search, returning visitor': sample.search,
    'saved jobs, returning visitor': sample.saved,
  };

  for (const [name, path] of Object.entries(pages)) {
    for (const width of [375, 1280]) {
      it(`${name} at ${width} px`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        try {
          if (name === 'job with Web Share') {
            await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: () => Promise.resolve() }));
          }
          if (name.endsWith('returning visitor')) await storeOnEveryPage(page, '/', returning);
          await page.goto(new URL(path.slice(1), site.server.url).href, { waitUntil: 'networkidle' });
          if (name.startsWith('search')) await searchSettled(page);
          if (name.endsWith('returning visitor')) {
            await page
              .locator(name.startsWith('saved') ? '#saved-list li' : '[data-new-job]')
              .first()
              .waitFor();
            expect(
              (await page.locator('button[data-save-job][aria-pressed="true"]').count()) + (await page.locator('#saved-list li').count()),
            ).toBeGreaterThan(0);
          }
          if (name.startsWith('job')) {
            // The job page has a share box per layout; CSS shows one.
            await page.locator('[data-share-copy]:visible').waitFor({ state: 'visible' });
            // The posted date, and how long ago on the line kept for it.
            expect(await page.textContent('[data-relative-date]')).toMatch(/^(today|yesterday|last \w+|\d+ \w+ ago)$/);
            const share = page.locator('.share:visible [data-share-native]');
            if (name === 'job') {
              // Without Web Share the button takes no room: no gap beside "Copy link".
              expect(await share.evaluate((button) => (button as HTMLElement).offsetWidth)).toBe(0);
            } else {
              await share.waitFor({ state: 'visible' });
              // Beside "Copy link", on the same line.
              const [copyBox, shareBox] = [await page.locator('[data-share-copy]:visible').boundingBox(), await share.boundingBox()];
              expect(shareBox!.y).toBe(copyBox!.y);
            }
          }
          const shifts = await page.evaluate(
            () =>
              new Promise<{ value: number; sources: string[] }[]>((resolve) => {
                new PerformanceObserver((list) => {
                  const entries = list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[];
                  resolve(
                    entries.map((e) => ({
                      value: e.value,
                      sources: e.sources.map((s) => (s.node as Element)?.outerHTML?.slice(0, 120) ?? ''),
                    })),
                  );
                }).observe({ type: 'layout-shift', buffered: true });
                // The observer only calls back when there are entries.
                setTimeout(() => resolve([]), 500);
              }),
          );
          expect(shifts).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
