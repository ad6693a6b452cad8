/**
 * The install hint (issue #28, point 8): shown only when the browser says
 * the board can be installed (Chromium's beforeinstallprompt, dispatched here
 * by the test), offered once, and an answer is remembered.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { openWithStored, readStoredValue } from '../support/device-storage.ts';
import { offerForMs } from '../../src/install/install-offer.ts';

const hint = '[data-install-hint]';

/**
 * Fires beforeinstallprompt as Chromium does when the board can be installed,
 * with a dialog the visitor answers with `outcome`. Says whether the page took
 * over from the browser's own banner (preventDefault).
 */
function offerInstall(page: Page, outcome: 'accepted' | 'dismissed' = 'dismissed'): Promise<boolean> {
  return page.evaluate((answer) => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    const shown: string[] = [];
    (window as unknown as { installDialogs: string[] }).installDialogs = shown;
    Object.assign(event, {
      prompt: () => {
        shown.push('shown');
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: answer, platform: 'web' }),
    });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  }, outcome);
}

const dialogsShown = (page: Page) => page.evaluate(() => (window as unknown as { installDialogs?: string[] }).installDialogs ?? []);

describe('the install hint', needsBrowser(), () => {
  const site = browseDist(fixture.distRoot);

  async function open(path = ''): Promise<Page> {
    const page = await (await site.browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
    await page.goto(new URL(path, site.server.url).href);
    await page.waitForLoadState('networkidle');
    return page;
  }

  it('shows nothing where the browser cannot install (no beforeinstallprompt)', async () => {
    const page = await open();
    try {
      expect(await page.locator(hint).count()).toBe(1);
      expect(await page.isVisible(hint)).toBe(false);
      expect(await readStoredValue(page, '/', 'install-offer')).toBeUndefined();
    } finally {
      await page.context().close();
    }
  });

  it('offers to install in the footer, not a pop-up, when the browser can, and opens its dialog', async () => {
    const page = await open();
    try {
      expect(await offerInstall(page, 'accepted')).toBe(true);
      await page.locator(hint).waitFor({ state: 'visible' });
      expect(await page.$eval(hint, (el) => el.closest('footer') !== null)).toBe(true);
      expect(await page.locator('[role="dialog"], dialog').count()).toBe(0);
      expect(await page.textContent(`${hint} [data-install-offer]`)).toContain('on your phone');
      // Seen once it is scrolled into view: the offer runs for the rest of that visit.
      await page.locator(hint).scrollIntoViewIfNeeded();
      await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('openings:install-offer')));
      expect(await readStoredValue(page, '/', 'install-offer')).toEqual({ seen: Date.parse('2026-11-25T10:00:00') });

      await page.getByRole('button', { name: 'Install' }).click();
      await page.locator('[data-install-note]').waitFor({ state: 'visible' });
      expect(await dialogsShown(page)).toEqual(['shown']);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Installed. Open it from your home screen or apps.');
      expect(await readStoredValue(page, '/', 'install-offer')).toEqual({ answered: true });
    } finally {
      await page.context().close();
    }
  });

  it('remembers "No thanks": the hint never comes back', async () => {
    const page = await open();
    try {
      await offerInstall(page);
      await page.getByRole('button', { name: 'No thanks' }).click();
      expect(await page.isVisible('[data-install-offer]')).toBe(false);
      // Focus stays in place, on what the hint now says, not lost to the top of the page.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'OK, we won’t ask again. You can still install it from your browser’s menu.',
      );
      expect(await readStoredValue(page, '/', 'install-offer')).toEqual({ answered: true });
      await page.goto(new URL('jobs/full-listing-alder/', site.server.url).href);
      await page.waitForLoadState('networkidle');
      // The browser's own banner stays away too.
      expect(await offerInstall(page)).toBe(true);
      expect(await page.isVisible(hint)).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('remembers a "no" given in the browser’s own dialog', async () => {
    const page = await open();
    try {
      await offerInstall(page, 'dismissed');
      await page.getByRole('button', { name: 'Install' }).click();
      await page.locator('[data-install-note]').waitFor({ state: 'visible' });
      expect(await readStoredValue(page, '/', 'install-offer')).toEqual({ answered: true });
    } finally {
      await page.context().close();
    }
  });

  it('is not offered again after the visit it was first seen in', async () => {
    const page = await open();
    try {
      const seen = Date.parse('2026-11-25T10:00:00') - offerForMs;
      await openWithStored(page, page.url(), '/', { 'install-offer': { seen } });
      await page.waitForLoadState('networkidle');
      await offerInstall(page);
      expect(await page.isVisible(hint)).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});
