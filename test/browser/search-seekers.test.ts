/**
 * The three questions at the top of the search panel: "I live in",
 * "Fits my hours" (on both sides of a daylight-saving change) and "Pay at
 * least" (an hourly rate counted as a full-time year), the answers
 * remembered on the device, and values of a link the page cannot use.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { needsBrowser } from '../support/browser.ts';
import { OPEN_JOB_COUNT } from '../support/fixture.ts';
import { browseSearch, resultCount, resultTitles, searchSettled, showAllResults } from '../support/search-page.ts';

const chips = (page: Page) => page.$$eval('#search-active button', (buttons) => buttons.map((b) => b.textContent?.replace('×', '').trim()));

describe('"I live in…"', needsBrowser(), () => {
  const { site, openSearch } = browseSearch();

  it.each([
    // Worldwide and Europe jobs, and the on-site job in Lyon; not the Europe job that leaves France out.
    ['FR', ['Frontend Engineer, Reader App', 'Product Designer, Publishing Tools', 'Warehouse Systems Coordinator']],
    // The hybrid job in Berlin and the on-site one in Munich are for people in Germany, whatever their region says.
    [
      'DE',
      [
        'Clinic Onboarding Specialist',
        'Customs Data Analyst',
        'Director of Platform Engineering',
        'Frontend Engineer, Reader App',
        'Product Designer, Publishing Tools',
      ],
    ],
  ])('?country=%s shows the jobs open to people living there', async (country, titles) => {
    const page = await openSearch(`?country=${country}`);
    await showAllResults(page);
    expect((await resultTitles(page)).sort()).toEqual(titles);
    expect(await page.inputValue('#search-country')).toBe(country);
    await page.close();
  });

  it('says plainly when nothing is open to the visitor', async () => {
    const page = await openSearch('?country=FR&category=engineering&workplace=hybrid');
    expect(await page.textContent('#search-empty-title')).toBe('No hybrid jobs in Engineering are open to people in France.');
    await page.close();
  });

  it('remembers the country on the device, and a link that names another keeps its own', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    await page.selectOption('#search-country', 'FR');
    await page.waitForURL(/country=FR/);
    await searchSettled(page);

    // A later search from the header's box (no country in its address) is made from France.
    await page.goto(`${site.server.url}search/?q=engineer`);
    await searchSettled(page);
    expect(page.url()).toBe(`${site.server.url}search/?q=engineer&country=FR`);
    expect(await page.inputValue('#search-country')).toBe('FR');
    expect(await chips(page)).toEqual(['Lives in France']);

    await page.goto(`${site.server.url}search/?country=DE`);
    await searchSettled(page);
    expect(await page.inputValue('#search-country')).toBe('DE');
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    expect(await page.inputValue('#search-country')).toBe('FR');

    await page.click('#search-forget');
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    expect(await page.inputValue('#search-country')).toBe('');
    expect(await resultCount(page)).toBe(`${OPEN_JOB_COUNT} jobs`);
    await context.close();
  });
});

describe('"I live in" on the home and list pages', needsBrowser(), () => {
  const { site } = browseSearch();

  it('opens search on that country, keeps the list’s filter, and is remembered for the next page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}categories/engineering/`);
    await page.selectOption('#residence-country', 'FR');
    await page.click('form[data-residence-picker] button[type=submit]');
    await page.waitForURL(/\/search\//);
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('category')).toBe('engineering');
    expect(new URL(page.url()).searchParams.get('country')).toBe('FR');
    expect(await chips(page)).toEqual(['Lives in France', 'Engineering']);

    // The home page starts on the country chosen, and a search without one is made from there.
    await page.goto(site.server.url);
    expect(await page.inputValue('#residence-country')).toBe('FR');
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    expect(await page.inputValue('#search-country')).toBe('FR');
    await context.close();
  });

  it('is a plain form without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.selectOption('#residence-country', 'DE');
    await page.click('form[data-residence-picker] button[type=submit]');
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).search).toBe('?country=DE');
    await context.close();
  });
});

describe('"Fits my hours"', needsBrowser(), () => {
  const { site } = browseSearch();

  /** The search page in a browser whose zone is `timezoneId` and whose clock stands at `time`. */
  async function openAt(timezoneId: string, time: string, search = '') {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId });
    await context.clock.setFixedTime(new Date(time));
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/${search}`);
    await searchSettled(page);
    return { page, context };
  }

  it('uses the browser’s zone, on its offset today: Paris before the clocks go forward', async () => {
    const { page, context } = await openAt('Europe/Paris', '2026-03-28T12:00:00Z');
    await page.check('#search-fits-hours');
    await page.waitForURL(/tz=Europe%2FParis/);
    await searchSettled(page);
    await showAllResults(page);
    const titles = await resultTitles(page);
    // UTC−1 to UTC+1 holds Paris's UTC+1; the Pacific window does not; jobs naming no hours stay.
    expect(titles).toContain('Customs Data Analyst');
    expect(titles).not.toContain('Product Manager, Route Planning');
    expect(titles).toHaveLength(OPEN_JOB_COUNT - 1);
    expect(await chips(page)).toEqual(['Fits my hours (UTC+1)']);
    expect(await page.textContent('#search-hours-note')).toBe('Jobs that name no working hours are kept.');
    await context.close();
  });

  it('and after: on summer time Paris is UTC+2, outside the window', async () => {
    const { page, context } = await openAt('Europe/Paris', '2026-03-30T12:00:00Z', '?tz=Europe/Paris');
    await showAllResults(page);
    const titles = await resultTitles(page);
    expect(titles).not.toContain('Customs Data Analyst');
    expect(titles).toHaveLength(OPEN_JOB_COUNT - 2);
    expect(await chips(page)).toEqual(['Fits my hours (UTC+2)']);
    expect(await page.isChecked('#search-fits-hours')).toBe(true);
    await context.close();
  });

  it.each([
    ['2026-01-15T20:00:00Z', true],
    ['2026-07-15T20:00:00Z', false],
  ])('a window across the date line (UTC+10 to UTC−8) holds Los Angeles on %s: %s', async (time, fits) => {
    const { page, context } = await openAt('Europe/Paris', time, '?tz=America/Los_Angeles&category=product-management');
    expect(await resultTitles(page)).toEqual(fits ? ['Product Manager, Route Planning'] : []);
    // A zone that is not the browser's is added to the list, chosen.
    expect(await page.inputValue('#search-tz')).toBe('America/Los_Angeles');
    await context.close();
  });
});

describe('"Pay at least"', needsBrowser(), () => {
  const { openSearch } = browseSearch();

  it('keeps jobs whose yearly maximum reaches the amount, an hourly rate as a full-time year', async () => {
    // $50 an hour × 2,080 hours is $104,000 a year: exactly enough.
    const page = await openSearch('?pay=104000&currency=USD');
    expect((await resultTitles(page)).sort()).toEqual([
      'Customs Data Analyst', // €400 a day × 260 ≈ $112,320
      'Director of Platform Engineering', // €110,000 ≈ $118,800
      'Frontend Engineer, Reader App',
    ]);
    expect(await chips(page)).toEqual(['Pay at least $104,000']);
    const frontend = page.locator('#search-results > li', { hasText: 'Frontend Engineer' });
    expect(await frontend.locator('[data-yearly]').textContent()).toBe('≈ $104K a year');
    const higher = await openSearch('?pay=104001&currency=USD');
    expect(await resultTitles(higher)).not.toContain('Frontend Engineer, Reader App');
    await Promise.all([page.close(), higher.close()]);
  });

  it('converts the amount, marks estimated salaries, and includes jobs without one only when asked', async () => {
    const page = await openSearch('?pay=60000&currency=GBP');
    expect(await resultCount(page)).toBe('4 jobs');
    const designer = page.locator('#search-results > li', { hasText: 'Product Designer' });
    expect(await designer.textContent()).toContain('(Estimated)');
    expect(await designer.locator('[data-yearly]').textContent()).toBe('≈ £65K a year');
    await page.check('input[name="unstated"]');
    await page.waitForURL(/unstated=1/);
    await searchSettled(page);
    // The 30 open jobs that state no salary join; the two below £60,000 a year stay out.
    expect(await resultCount(page)).toBe(`${OPEN_JOB_COUNT - 2} jobs`);
    await page.close();
  });

  it('takes an amount typed in the form, in the currency chosen', async () => {
    const page = await openSearch();
    await page.selectOption('#search-currency', 'EUR');
    await page.fill('#search-pay', '90 000');
    await page.press('#search-pay', 'Enter');
    await page.waitForURL(/pay=90000&currency=EUR/);
    await searchSettled(page);
    expect((await resultTitles(page)).sort()).toEqual([
      'Customs Data Analyst',
      'Director of Platform Engineering',
      'Frontend Engineer, Reader App',
    ]);
    expect(await page.inputValue('#search-pay')).toBe('90000');
    await page.close();
  });

  it('sorts by the yearly figure and gives it in the visitor’s currency', async () => {
    const page = await openSearch('?sort=salary');
    await page.selectOption('#search-currency', 'EUR');
    await page.waitForFunction(() => document.querySelector('#search-results [data-yearly]')?.textContent?.includes('€'));
    expect(await page.locator('#search-results > li').first().locator('[data-yearly]').textContent()).toBe('≈ €110K a year');
    await page.close();
  });
});

describe('values of a link the page cannot use', needsBrowser(), () => {
  const { site, openSearch } = browseSearch();

  it('are ignored, named in the filter area and left out of the address', async () => {
    const page = await openSearch('?country=ZZ&tz=Mars/Olympus&pay=lots&currency=EUR&category=bogus');
    expect(await resultCount(page)).toBe(`${OPEN_JOB_COUNT} jobs`);
    expect(await page.textContent('#search-ignored')).toBe(
      'Not used: country “ZZ”: not a country code the board knows; tz “Mars/Olympus”: not a time zone or UTC offset; ' +
        'pay “lots”: not a whole yearly amount; category “bogus”: not offered here.',
    );
    expect(page.url()).toBe(`${site.server.url}search/`);
    const currency = await openSearch('?pay=80000&currency=XYZ');
    expect(await resultCount(currency)).toBe(`${OPEN_JOB_COUNT} jobs`);
    expect(await currency.textContent('#search-ignored')).toContain('currency “XYZ”: not one the board converts, so “Pay at least” is off');
    await Promise.all([page.close(), currency.close()]);
  });
});
