import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type Axe from 'axe-core';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';
import { pagesByType } from '../support/sample-pages.ts';
import { storeOnEveryPage } from '../support/device-storage.ts';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Impacts that fail the gate; moderate and minor findings are left to review. */
const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

describe('accessibility of the sample site (axe-core in Chromium)', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  const sample = pagesByType(fixture.distSample);
  const slugOf = (path: string) => path.split('/').filter(Boolean).pop()!;
  /** What a returning visitor's browser holds: two saved jobs, one closed, and a visit long ago, so cards say "New". */
  const returning = {
    'saved-jobs': [sample.job, sample['closed job']].map((path) => ({
      slug: slugOf(path),
      title: 'A saved job',
      company: 'Fjordline',
      saved: '2026-11-20',
    })),
    visits: { latest: Date.parse('2026-10-01T12:00:00') },
  };
  type Visitor = 'returning' | 'returning, on a browser that can install';
  const pages: [name: string, path: string, visitor?: Visitor][] = [
    ['home', sample.home],
    ['job', sample.job],
    // Its notice has the page's only link inside coloured text.
    ['closed job', sample['closed job']],
    ['category', sample.category],
    ['company', sample.company],
    // The newest jobs drawn at build time, then results the script draws from the index.
    ['search, no query', sample.search],
    ['search with results', `${sample.search}?q=engineer`],
    // A missing URL, so the server answers with the 404 page the way a host does.
    ['404', '/no-such-page/'],
    // What the browser keeps for the visitor: "New" badges, saved jobs, the install hint.
    ['home, for a returning visitor who can install', sample.home, 'returning, on a browser that can install'],
    ['job, saved', sample.job, 'returning'],
    ['saved jobs', sample.saved, 'returning'],
  ];
  const variants = (['light', 'dark'] as const).flatMap((colorScheme) => [375, 1280].map((width) => ({ colorScheme, width })));

  async function open(path: string, { colorScheme, width }: (typeof variants)[number], visitor?: Visitor): Promise<Page> {
    // bypassCSP: the site's CSP (rightly) blocks the inline script axe is injected as.
    const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
    if (visitor) await storeOnEveryPage(page, '/', returning);
    await page.goto(new URL(path.slice(1), site.server.url).href);
    // An unstyled page (its stylesheet missing, e.g. while dist is being rebuilt) would
    // report misleading contrast problems; say so instead.
    const unstyled = await page.$$eval('link[rel="stylesheet"]', (links) =>
      links.filter((l) => !(l as HTMLLinkElement).sheet?.cssRules.length).map((l) => l.getAttribute('href')),
    );
    expect(unstyled, 'stylesheets that did not load').toEqual([]);
    if (path.startsWith(sample.search)) {
      await searchSettled(page);
      expect(await page.locator('#search-results > li').count(), 'search shows results').toBeGreaterThan(0);
    }
    if (visitor && path === sample.saved) await page.waitForSelector('#saved-list [data-closed]');
    else if (visitor) await page.waitForSelector('button[data-save-job][aria-pressed="true"]');
    if (visitor && path === sample.home) await page.waitForSelector('[data-new-job]');
    if (visitor === 'returning, on a browser that can install') {
      await page.evaluate(() => {
        const event = new Event('beforeinstallprompt', { cancelable: true });
        window.dispatchEvent(Object.assign(event, { prompt: () => Promise.resolve(), userChoice: new Promise(() => {}) }));
      });
      await page.waitForSelector('[data-install-hint]:not([hidden])');
    }
    await page.addScriptTag({ path: axeScript });
    return page;
  }

  const runAxe = (page: Page) =>
    page.evaluate(async (): Promise<Violation[]> => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })),
      }));
    });

  describe.each(variants)('$colorScheme scheme, $width px wide', (variant) => {
    it.each(pages)('the %s page (%s) has no serious or critical violations', async (_name, path, visitor) => {
      const page = await open(path, variant, visitor);
      try {
        const violations = await runAxe(page);
        const report = violations
          .filter((v) => BLOCKING.has(v.impact ?? ''))
          .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target}: ${v.help}. ${n.summary.replace(/\s+/g, ' ')}`));
        expect(report).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});

// WCAG 2.4.3: Tab moves through the header in the order people read it, on phones (two rows) and desktops (one).
describe('header focus order', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  it.each([375, 700, 1280])('at %i px follows the visual order: row by row, left to right, with room to type', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(site.server.url);
      const boxes = await page.$$eval('body > header :is(a[href], input, button)', (elements) =>
        elements
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => {
            const box = el.getBoundingClientRect();
            return {
              name: el.textContent?.trim() || el.getAttribute('placeholder') || el.tagName,
              top: box.top,
              bottom: box.bottom,
              left: box.left,
            };
          }),
      );
      expect(boxes.length).toBeGreaterThan(5);
      // The search box never gets squeezed by the menu beside it.
      const searchWidth = await page.$eval('#site-search', (input) => input.getBoundingClientRect().width);
      expect(searchWidth).toBeGreaterThan(120);
      for (let i = 1; i < boxes.length; i++) {
        const [before, after] = [boxes[i - 1]!, boxes[i]!];
        const sameRow = after.top < before.bottom && before.top < after.bottom;
        const inReadingOrder = sameRow ? after.left > before.left : after.top >= before.bottom;
        expect(inReadingOrder, `${before.name} then ${after.name}`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});
