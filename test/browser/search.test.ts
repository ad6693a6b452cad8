import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { needsBrowser, launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { fixture, FILLER_COUNT, OPEN_HAND_WRITTEN } from '../support/fixture.ts';
import { searchSettled, showAllResults, showMoreResults, shownResults } from '../support/search-page.ts';

const OPEN_JOBS = OPEN_HAND_WRITTEN.length + FILLER_COUNT;

describe('search page in a real browser', needsBrowser(), () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(fixture.distRoot);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSearch(query = '', options: { width?: number } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
    await page.goto(`${server.url}search/${query}`);
    await searchSettled(page);
    return page;
  }

  async function click(page: Page, name: string, value: string) {
    await page.click(`input[name="${name}"][value="${value}"]`);
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
    await searchSettled(page);
  }

  const titles = (page: Page) => page.$$eval('#search-results h3', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
  const count = (page: Page) => page.textContent('#result-count');
  const countFor = (page: Page, group: string, value: string) =>
    page.textContent(`fieldset[data-filter-group="${group}"] [data-count-for="${value}"]`);

  it('shows every open job, newest first, before any query', async () => {
    const page = await openSearch();
    expect(await count(page)).toBe(`${OPEN_JOBS} jobs`);
    expect(await page.getAttribute('#result-count', 'role')).toBe('status');
    expect((await titles(page))[0]).toBe('Product Designer, Publishing Tools');
    await page.close();
  });

  it('draws the newest jobs without loading the index, and "Show more" carries on in the index\'s order', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}search/`);
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    expect(await shownResults(page)).toBe(20);
    expect(fetched).toEqual([]);
    expect(await page.locator('#search-results script').count()).toBe(0);
    // The drawn cards say how long ago, as the index's cards do, not the date printed at build time.
    expect(await page.textContent('#search-results li:first-child time')).toMatch(
      /^(today|yesterday|last (week|month|year)|\d+ (days|weeks|months|years) ago)$/,
    );

    const cards = (p: Page) =>
      p.$$eval('#search-results > li', (items) =>
        items.map((li) => [li.querySelector('h3')?.textContent?.trim(), li.querySelector('time')?.textContent?.trim()].join(' | ')),
      );
    await showAllResults(page);
    const drawnThenIndexed = await cards(page);
    expect(fetched.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(new Set(drawnThenIndexed).size).toBe(OPEN_JOBS);
    // Fillers 13 and 14 share a posting day (test/support/fixture.ts): the last drawn job and the first from the index.
    expect((await titles(page)).slice(19, 21)).toEqual(['Filler Engineer 13', 'Filler Engineer 14']);

    // Every workplace ticked: the same jobs, all of them from the index, newest first.
    const indexed = await openSearch('?workplace=hybrid&workplace=onsite&workplace=remote');
    await showAllResults(indexed);
    expect(await cards(indexed)).toEqual(drawnThenIndexed);
    await indexed.close();
    await page.close();
  });

  it('draws a card at build time exactly as the script draws it from the index', async () => {
    /** Each element as tag, attributes (sorted) and own text, whitespace collapsed. */
    const shape = (p: Page, n: number) =>
      p.$eval(`#search-results > li:nth-child(${n})`, (item) =>
        [item, ...item.querySelectorAll('*')].map((el) =>
          [
            el.tagName,
            ...[...el.attributes]
              .filter((a) => a.name !== 'data-relative-prefix')
              .map((a) => `${a.name}=${a.value}`)
              .sort(),
            [...el.childNodes]
              .filter((c) => c.nodeType === Node.TEXT_NODE)
              .map((c) => c.textContent)
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          ].join(' | '),
        ),
      );
    const drawn = await openSearch();
    const indexed = await openSearch('?workplace=hybrid&workplace=onsite&workplace=remote');
    // The first shows an estimated salary, the second is featured and states one, the sixth has no salary.
    for (const n of [1, 2, 6]) expect(await shape(drawn, n)).toEqual(await shape(indexed, n));
    await drawn.close();
    await indexed.close();
  });

  it('adds one page for a double click on "Show more"', async () => {
    const page = await openSearch();
    await page.dblclick('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length >= n, OPEN_JOBS);
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    const shown = await titles(page);
    expect(shown).toHaveLength(OPEN_JOBS);
    expect(new Set(shown).size).toBe(OPEN_JOBS);
    expect(await page.isVisible('#search-more')).toBe(false);
    await page.close();
  });

  /** The empty search page with every request for the index failing, as offline. */
  async function openSearchWithoutIndex(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${server.url}search/`);
    await searchSettled(page);
    return page;
  }

  it('keeps the drawn jobs and their count when the index cannot load', async () => {
    const page = await openSearchWithoutIndex();
    await page.click('#search-more');
    await page.waitForSelector('#search-message:not(.hidden)');
    expect(await page.textContent('#search-message')).toContain('Search could not load');
    expect(await shownResults(page)).toBe(20);
    expect(await count(page)).toBe(`${OPEN_JOBS} jobs`);
    // A button that can add nothing would only mislead; the note takes its place, where the visitor is looking.
    expect(await page.isVisible('#search-more')).toBe(false);
    expect(await page.textContent('#search-more-failed')).toBe(
      `Could not load more jobs. Check your connection and reload the page to see all ${OPEN_JOBS} jobs.`,
    );
    expect(await page.isVisible('#search-more-failed')).toBe(true);
    // The button had focus and is gone: focus moves to the note, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-more-failed');
    await page.close();
  });

  it('clears the drawn jobs when a query cannot be searched, rather than leave them dimmed under it', async () => {
    const page = await openSearchWithoutIndex();
    await page.fill('#search-query', 'rust');
    await page.waitForURL(/q=rust/);
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === 'Search unavailable');
    expect(await shownResults(page)).toBe(0);
    expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('false');
    expect(await page.textContent('#search-message')).toContain('Search could not load');
    await page.close();
  });

  /** The empty search page, reached from the home page (so Back has somewhere to go), then `query` typed. */
  async function typedAfterArriving(query: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.goto(`${server.url}search/`);
    await searchSettled(page);
    await page.fill('#search-query', query);
    await page.waitForURL(new RegExp(`q=${query}`));
    return page;
  }

  it('typing a query and deleting it leaves no history entry of its own', async () => {
    const page = await typedAfterArriving('rust');
    await page.fill('#search-query', '');
    await page.waitForURL(`${server.url}search/`);
    await searchSettled(page);
    expect(await shownResults(page)).toBe(20);
    await page.goBack();
    await page.waitForURL(server.url, { timeout: 5000 });
    await page.close();
  });

  it('keeps a filter ticked straight after deleting the query, and Back still skips the typing', async () => {
    const page = await typedAfterArriving('rust');
    await searchSettled(page);
    // Deleting the words and ticking a filter at once: the box loses focus as the box is ticked.
    await page.fill('#search-query', '');
    await page.click('input[name="workplace"][value="onsite"]');
    await page.waitForURL(`${server.url}search/?workplace=onsite`);
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '1 job');
    expect(await page.isChecked('input[name="workplace"][value="onsite"]')).toBe(true);
    await page.goBack();
    await page.waitForURL(`${server.url}search/`);
    await page.goBack();
    await page.waitForURL(server.url, { timeout: 5000 });
    await page.close();
  });

  it('offers "Best match" only once there are words to match', async () => {
    const page = await openSearch();
    expect(await page.$eval('#search-sort option[value="best"]', (o) => (o as HTMLOptionElement).disabled)).toBe(true);
    await page.fill('#search-query', 'engineer');
    await page.waitForURL(/q=engineer/);
    expect(await page.$eval('#search-sort option[value="best"]', (o) => (o as HTMLOptionElement).disabled)).toBe(false);
    expect(await page.inputValue('#search-sort')).toBe('best');
    await page.close();
  });

  it('keeps a short list of results at the top, one gap apart', async () => {
    // Three cards are shorter than the list's minimum height (60% of the window), which a grid would share out between them.
    const page = await openSearch('?salary=stated');
    // Between the cards themselves: stretched rows would keep 12 px between the list items but not between what they show.
    const gaps = await page.$$eval('#search-results > li > article', (items) =>
      items.slice(1).map((item, i) => Math.round(item.getBoundingClientRect().top - items[i]!.getBoundingClientRect().bottom)),
    );
    expect(gaps).toEqual([12, 12]);
    await page.close();
  });

  it('returns to the drawn list when the query is cleared, fetching no result for it', async () => {
    const page = await openSearch();
    const first = await titles(page);
    await page.fill('#search-query', 'platform');
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '1 job');
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
    });
    await page.fill('#search-query', '');
    await page.waitForURL(`${server.url}search/`);
    await page.waitForFunction((n) => document.querySelector('#result-count')?.textContent === `${n} jobs`, OPEN_JOBS);
    await searchSettled(page);
    expect(await titles(page)).toEqual(first);
    expect(fragments).toEqual([]);
    await page.close();
  });

  it('typing a query shows the matching jobs and not the others', async () => {
    const page = await openSearch();
    await page.fill('#search-query', 'platform');
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '1 job');
    await searchSettled(page);
    expect(await titles(page)).toEqual(['Director of Platform Engineering']);
    expect(page.url()).toBe(`${server.url}search/?q=platform`);
    await page.close();
  });

  it.each([
    ['category', 'customer-support', 1],
    ['workplace', 'onsite', 1],
    ['employment', 'part-time', 1],
    ['experience', 'director', 1],
    ['region', 'europe', 4],
    ['skill', 'typescript', 1],
    // Three open jobs state a salary; a fourth shows the board's estimate, which does not count.
    ['salary', 'stated', 3],
    ['band', '100k-150k', 2],
  ] as const)('the %s filter narrows results and updates the other counts', async (group, value, expected) => {
    const page = await openSearch();
    const before = await countFor(page, 'workplace', 'remote');
    await click(page, group, value);
    expect(await count(page)).toBe(`${expected} job${expected === 1 ? '' : 's'}`);
    expect((await titles(page)).length).toBe(expected);
    if (group !== 'workplace') {
      // The workplace counts load when the visitor reaches for that group, and then count only the filtered jobs.
      await page.hover('fieldset[data-filter-group="workplace"]');
      await page.waitForFunction(() =>
        /^\d+$/.test(document.querySelector('[data-filter-group="workplace"] [data-count-for="remote"]')?.textContent ?? ''),
      );
      const after = Number(await countFor(page, 'workplace', 'remote'));
      expect(after).toBeLessThan(Number(before));
      expect(after).toBeLessThanOrEqual(expected);
    }
    await page.close();
  });

  it('combines values with OR within a group and AND across groups', async () => {
    const page = await openSearch();
    await click(page, 'category', 'engineering');
    expect(await count(page)).toBe('30 jobs');
    await click(page, 'category', 'product-design');
    expect(await count(page)).toBe('31 jobs');
    // Counts in the same group still show what ticking another value would add.
    expect(await countFor(page, 'category', 'customer-support')).toBe('1');
    await click(page, 'workplace', 'hybrid');
    expect(await titles(page)).toEqual(['Director of Platform Engineering']);
    expect(page.url()).toBe(`${server.url}search/?category=engineering&category=product-design&workplace=hybrid`);
    await page.close();
  });

  it('loads filter counts only when the visitor reaches for the filters', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.goto(`${server.url}search/`);
    await searchSettled(page);
    // Nothing narrows the results yet: the board-wide counts printed at build time are exact.
    expect(await countFor(page, 'workplace', 'remote')).toMatch(/^\d+$/);
    await page.fill('#search-query', 'engineer');
    await page.waitForURL(/q=engineer/);
    await searchSettled(page);
    expect(filterFiles).toEqual([]);
    // A query narrows the results, and its counts are not loaded: no number rather than a wrong one.
    expect(await countFor(page, 'workplace', 'remote')).toBe('');

    await page.hover('fieldset[data-filter-group="workplace"]');
    await page.waitForFunction(
      () => document.querySelector('fieldset[data-filter-group="workplace"] [data-count-for="remote"]')?.textContent !== '',
    );
    // Only the group reached for: one filter file, and other groups still show no number.
    expect(filterFiles).toHaveLength(1);
    expect(await countFor(page, 'category', 'engineering')).toBe('');
    const remote = Number(await countFor(page, 'workplace', 'remote'));
    await click(page, 'workplace', 'remote');
    expect(await count(page)).toBe(`${remote} job${remote === 1 ? '' : 's'}`);
    await page.close();
  });

  it('on a phone, opening the filters loads the counts of every group', async () => {
    const page = await openSearch('?q=engineer', { width: 375 });
    expect(await countFor(page, 'category', 'engineering')).toBe('');
    await page.click('#filters > summary');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-count-for]')].every((label) => /^\d+$/.test(label.textContent ?? '')),
    );
    expect(Number(await countFor(page, 'workplace', 'remote'))).toBeLessThan(OPEN_JOBS);
    await page.close();
  });

  it('sorts by highest salary', async () => {
    const page = await openSearch();
    await page.selectOption('#search-sort', 'salary');
    await page.waitForURL(/sort=salary/);
    await searchSettled(page);
    expect((await titles(page)).slice(0, 3)).toEqual([
      'Director of Platform Engineering', // €110,000/yr ≈ $118,800
      'Frontend Engineer, Reader App', // $50/hr ≈ $104,000/yr
      'Product Designer, Publishing Tools', // £65,000/yr ≈ $82,550
    ]);
    await page.close();
  });

  it('restores the same state from a URL', async () => {
    const page = await openSearch('?q=engineer&category=engineering&workplace=hybrid&sort=salary');
    expect(await page.inputValue('#search-query')).toBe('engineer');
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(true);
    expect(await page.isChecked('input[name="workplace"][value="hybrid"]')).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('salary');
    expect(await titles(page)).toEqual(['Director of Platform Engineering']);
    await page.close();
  });

  it('goes back and forward through filter changes', async () => {
    const page = await openSearch();
    await click(page, 'workplace', 'remote');
    const remoteCount = await count(page);
    await click(page, 'region', 'europe');
    expect(await count(page)).toBe('2 jobs');
    await page.goBack();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, remoteCount);
    expect(await page.isChecked('input[name="region"][value="europe"]')).toBe(false);
    expect(await page.isChecked('input[name="workplace"][value="remote"]')).toBe(true);
    await page.goBack();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, `${OPEN_JOBS} jobs`);
    await page.goForward();
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, remoteCount);
    expect(page.url()).toBe(`${server.url}search/?workplace=remote`);
    await page.close();
  });

  it('shows a helpful empty state with a way to remove filters', async () => {
    const page = await openSearch('?category=writing');
    expect(await count(page)).toBe('0 jobs');
    expect(await page.isVisible('#search-empty')).toBe(true);
    await page.click('#search-active button');
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, `${OPEN_JOBS} jobs`);
    await page.close();
  });

  it.each([
    ['?q=desinger', 'No jobs match “desinger”.', 'Check the spelling, or try a shorter or more general word.'],
    ['?category=writing', 'No jobs match this filter.', 'Remove the filter above.'],
    ['?category=writing&workplace=remote', 'No jobs match these filters.', 'Remove a filter above, or clear them all.'],
    ['?q=engineer&category=writing', 'No jobs match “engineer” with this filter.', 'Try other words, or remove the filter above.'],
  ])('the empty state of %s speaks of what narrowed it and links to every job', async (search, title, hint) => {
    const page = await openSearch(search);
    expect(await page.textContent('#search-empty-title')).toBe(title);
    expect(await page.textContent('#search-empty-hint')).toBe(hint);
    expect(await page.isVisible('#search-browse-all a')).toBe(true);
    expect(await page.getAttribute('#search-browse-all a', 'href')).toBe('/');
    await page.close();
  });

  it('shows the active filters as chips that remove them, and a button that clears them all', async () => {
    const page = await openSearch('?q=engineer&category=engineering&workplace=remote&sort=salary');
    const chips = page.locator('#search-active button');
    expect(await chips.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual([
      'Remove filter: Engineering',
      'Remove filter: Remote',
    ]);
    expect(await page.getAttribute('#search-active', 'aria-label')).toBe('Active filters');

    await chips.first().click();
    await page.waitForURL(`${server.url}search/?q=engineer&workplace=remote&sort=salary`);
    await searchSettled(page);
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(false);
    // Focus moves to the chip that took the removed one's place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove filter: Remote');

    await page.click('#search-clear-filters');
    await page.waitForURL(`${server.url}search/?q=engineer&sort=salary`);
    await searchSettled(page);
    expect(await page.isVisible('#search-filters-active')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    expect(await page.inputValue('#search-query')).toBe('engineer');
    expect(await page.inputValue('#search-sort')).toBe('salary');
    await page.goBack();
    await page.waitForURL(/workplace=remote/);
    await page.waitForFunction(() => document.querySelectorAll('#search-active button').length === 1);
    await page.close();
  });

  it('ignores filter values the board does not offer, in a link or a mistyped URL', async () => {
    const page = await openSearch('?category=bogus&category=customer-support&salary=150k-plus');
    const chips = page.locator('#search-active button');
    expect(await chips.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual([
      'Remove filter: Customer support',
    ]);
    expect(await count(page)).toBe('1 job');
    await page.close();
  });

  it('lets keyboard users skip the filters, and close the phone filter panel with Escape', async () => {
    const desktop = await openSearch('?q=engineer');
    await desktop.focus('#search-form button[type=submit]');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to results');
    await desktop.keyboard.press('Enter');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    // The hash the link adds does not search again.
    expect(await desktop.$$eval('#search-results > li', (cards) => cards.length)).toBeGreaterThan(0);
    await desktop.close();

    const phone = await openSearch('', { width: 375 });
    await phone.click('#filters summary');
    await phone.focus('input[name="workplace"][value="remote"]');
    await phone.keyboard.press('Escape');
    expect(await phone.evaluate(() => (document.querySelector('#filters') as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await phone.close();
  });

  it('shows no filter chips while no filter is on', async () => {
    const page = await openSearch('?q=engineer');
    expect(await page.isVisible('#search-filters-active')).toBe(false);
    await page.close();
  });

  it('typing a query adds one history entry, so Back returns to the filters before it', async () => {
    const page = await openSearch();
    await click(page, 'workplace', 'remote');
    await click(page, 'category', 'engineering');
    const before = page.url();
    const beforeCount = await count(page);
    const entries = await page.evaluate(() => history.length);
    // Two searches while typing, with a pause between them: the second replaces the first's entry.
    await page.locator('#search-query').pressSequentially('fil');
    await page.waitForURL(/q=fil&/);
    await searchSettled(page);
    await page.locator('#search-query').pressSequentially('ler');
    await page.waitForURL(/q=filler&/);
    await searchSettled(page);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    await page.goBack();
    await page.waitForURL(before);
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, beforeCount);
    expect(await page.inputValue('#search-query')).toBe('');
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(true);
    expect(await page.isChecked('input[name="workplace"][value="remote"]')).toBe(true);
    await page.goForward();
    await page.waitForURL(/q=filler&/);
    expect(await page.inputValue('#search-query')).toBe('filler');

    // Leaving the box ends the typing: editing the query again is a new entry.
    await page.locator('#search-query').fill('rust');
    await page.waitForURL(/q=rust&/);
    await page.keyboard.press('Tab');
    await page.focus('#search-query');
    await page.keyboard.press('End');
    await page.keyboard.type(' go');
    await page.waitForURL(/q=rust\+go&/);
    await page.goBack();
    await page.waitForURL(/q=rust&/);
    await page.close();
  });

  it('Back from a job after "Show more jobs" shows as many results, where they were (phone)', async () => {
    const page = await openSearch('?workplace=remote', { width: 375 });
    await showMoreResults(page);
    const shown = await shownResults(page);
    expect(shown).toBeGreaterThan(20);
    const link = page
      .locator('#search-results > li')
      .nth(shown - 3)
      .locator('h3 a');
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await Promise.all([page.waitForURL(/\/jobs\//), link.click()]);

    await page.goBack();
    await searchSettled(page);
    expect(await shownResults(page)).toBe(shown);
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, scrolled, { timeout: 3000 });
    // The list still grows from there.
    expect(await page.isVisible('#search-more')).toBe(shown < Number((await count(page))?.split(' ')[0]));
    await page.close();
  });

  it('the skip link moves to the content without searching again', async () => {
    const page = await openSearch('?workplace=remote');
    await showMoreResults(page);
    const shown = await shownResults(page);
    // A search that runs again marks the list busy and replaces its cards.
    await page.evaluate(() => {
      const counter = window as unknown as { listChanges: number };
      counter.listChanges = 0;
      new MutationObserver((records) => (counter.listChanges += records.length)).observe(document.querySelector('#search-results')!, {
        childList: true,
        attributes: true,
      });
    });
    await page.focus('a[href="#main"]');
    // Tailwind's not-sr-only sets padding to 0: the focused link keeps its own.
    expect(await page.$eval('a[href="#main"]', (a) => getComputedStyle(a).paddingLeft)).not.toBe('0px');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.goBack();
    await page.waitForURL(`${server.url}search/?workplace=remote`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { listChanges: number }).listChanges)).toBe(0);
    expect(await shownResults(page)).toBe(shown);
    await page.close();
  });

  it('the header search form works without JavaScript and lands on the right results', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}jobs/full-listing-alder/`);
    await page.fill('#site-search', 'platform');
    await Promise.all([page.waitForURL(/\/search\/\?q=platform$/), page.press('#site-search', 'Enter')]);
    const landed = page.url();
    // Without JavaScript the page says so at once, and shows no count or placeholders that would never change.
    // (Playwright's text locators skip <noscript>, so read the box from the page itself.)
    const notice = await page.evaluate(() => {
      const p = document.querySelector('main noscript p');
      const box = p?.getBoundingClientRect();
      return { text: p?.textContent ?? '', top: box?.top ?? -1, height: box?.height ?? 0 };
    });
    expect(notice.text).toContain('Search runs in your browser and needs JavaScript');
    expect(notice.height).toBeGreaterThan(0);
    expect(notice.top).toBeGreaterThan(0);
    expect(notice.top).toBeLessThan(400);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('#search-placeholder').isVisible()).toBe(false);
    await noScript.close();
    const withScript = await browser.newPage();
    await withScript.goto(landed);
    await searchSettled(withScript);
    expect(await titles(withScript)).toEqual(['Director of Platform Engineering']);
    await withScript.close();
  });

  it('never shows an expired job', async () => {
    const page = await openSearch('?q=copywriter');
    expect(await count(page)).toBe('0 jobs');
    const all = await openSearch('?category=writing&category=data-ml');
    expect(await titles(all)).toEqual([]);
    await page.close();
    await all.close();
  });

  it.each([
    [375, '?q=engineer'],
    [1280, '?q=engineer'],
    [375, '?category=engineering&workplace=remote'],
    [1280, '?category=engineering&workplace=remote'],
  ])('does not shift the layout as results arrive (%i px, %s)', async (width, search) => {
    const page = await openSearch(search, { width });
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await page.close();
  });

  it.each([320, 375])('has no horizontal scroll at %i px, on the fixture and the sample board', async (width) => {
    // The sample board has long region lists ("Hybrid (Netherlands, Belgium, Germany)").
    const sample = await serveDist(fixture.distSample);
    try {
      const pages = [
        [server, ['search/?q=engineer', '', 'jobs/full-listing-alder/', 'categories/engineering/']],
        [
          sample,
          [
            '',
            'page/2/',
            'search/',
            'regions/europe/',
            'skills/',
            'jobs/senior-frontend-engineer-quillmoor/',
            'companies/voltmere/',
            'post-a-job/',
          ],
        ],
      ] as const;
      for (const [host, paths] of pages) {
        for (const path of paths) {
          const page = await browser.newPage({ viewport: { width, height: 800 } });
          await page.goto(`${host.url}${path}`);
          if (path.startsWith('search')) await searchSettled(page);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `${host === sample ? 'sample' : 'fixture'} /${path}`).toBeLessThanOrEqual(width);
          await page.close();
        }
      }
    } finally {
      await sample.close();
    }
  });
});

describe('search under a sub-path', needsBrowser(), () => {
  it('loads the index and links results under the base path', async () => {
    const server = await serveDist(fixture.distSub, fixture.subBase);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=platform`);
      await searchSettled(page);
      expect(await page.getAttribute('#search-results h3 a', 'href')).toBe('/board/jobs/full-listing-alder/');
      expect(await page.getAttribute('#search-results a.chip', 'href')).toMatch(/^\/board\/skills\//);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
