/**
 * A job's working-hours window in the visitor's own clock (src/client/work-hours.ts),
 * from the visitor's zone on the day they look, daylight saving included.
 * developer-advocate-quillmoor in the sample content asks for UTC−1 to UTC+3.
 */
import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';

const path = 'jobs/developer-advocate-quillmoor/';

describe('work hours in the visitor’s time zone', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  it.each([
    // The team's day is 09:00–17:00 at the window's middle, UTC+1.
    ['Europe/London', '2026-11-26T10:00:00Z', 'That is 08:00–16:00 your time · fits your day'],
    ['Europe/Berlin', '2026-11-26T10:00:00Z', 'That is 09:00–17:00 your time · fits your day'],
    // Berlin in summer is UTC+2: still inside the window, an hour later on the clock.
    ['Europe/Berlin', '2026-07-01T10:00:00Z', 'That is 10:00–18:00 your time · fits your day'],
    // New York either side of its autumn change: UTC−4, then UTC−5.
    ['America/New_York', '2026-10-31T14:00:00Z', 'That is 04:00–12:00 your time · 3 h overlap with your working day'],
    ['America/New_York', '2026-11-02T14:00:00Z', 'That is 03:00–11:00 your time · 2 h overlap with your working day'],
    ['Asia/Tokyo', '2026-11-26T10:00:00Z', 'That is 17:00–01:00 your time · no overlap with your working day'],
  ])('in %s on %s: "%s"', async (timezoneId, instant, expected) => {
    const context = await site.browser.newContext({ timezoneId });
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(new URL(path, site.server.url).href);
      const hours = page.locator('[data-work-hours]');
      await expect.poll(() => hours.textContent()).toBe(expected);
      expect(await hours.isVisible()).toBe(true);
      expect(await page.locator('dt:text("Work hours") + dd').textContent()).toContain('UTC−1 to UTC+3');
    } finally {
      await context.close();
    }
  });

  it('shows the window in UTC without JavaScript, and nothing empty', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      expect((await page.locator('dt:text("Work hours") + dd').innerText()).trim()).toBe('UTC−1 to UTC+3');
      expect(await page.locator('[data-work-hours]').isVisible()).toBe(false);
      expect((await page.locator('dt:text("Open to") + dd').innerText()).trim()).toBe('Europe, except France');
    } finally {
      await context.close();
    }
  });
});
