/** Queries, filters, their counts and chips, sorting and empty states on the search page. */
import { describe, expect, it } from 'vitest';
import { needsBrowser } from '../support/browser.ts';
import { OPEN_JOB_COUNT } from '../support/fixture.ts';
import { browseSearch, filterCount, resultCount, resultTitles, searchSettled, toggleFilter } from '../support/search-page.ts';

describe('search queries and filters', needsBrowser(), () => {
  const { site, openSearch } = browseSearch();

  it('offers "Best match" only once there are words to match', async () => {
    const page = await openSearch();
    expect(await page.$eval('#search-sort option[value="best"]', (o) => (o as HTMLOptionElement).disabled)).toBe(true);
    await page.fill('#search-query', 'engineer');
    await page.waitForURL(/q=engineer/);
    expect(await page.$eval('#search-sort option[value="best"]', (o) => (o as HTMLOptionElement).disabled)).toBe(false);
    expect(await page.inputValue('#search-sort')).toBe('best');
    await page.close();
  });

  it('typing a query shows the matching jobs and not the others', async () => {
    const page = await openSearch();
    await page.fill('#search-query', 'platform');
    await page.waitForFunction(() => document.querySelector('#result-count')?.textContent === '1 job');
    await searchSettled(page);
    expect(await resultTitles(page)).toEqual(['Director of Platform Engineering']);
    expect(page.url()).toBe(`${site.server.url}search/?q=platform`);
    await page.close();
  });

  it.each([
    ['category', 'customer-support', 1],
    ['workplace', 'onsite', 2],
    ['employment', 'part-time', 1],
    ['experience', 'director', 1],
    ['region', 'europe', 6],
    ['skill', 'figma', 1],
    // Five open jobs state a salary; a sixth shows the board's estimate, which does not count.
    ['salary', 'stated', 5],
  ] as const)('the %s filter narrows results and updates the other counts', async (group, value, expected) => {
    const page = await openSearch();
    const before = await filterCount(page, 'workplace', 'remote');
    await toggleFilter(page, group, value);
    expect(await resultCount(page)).toBe(`${expected} job${expected === 1 ? '' : 's'}`);
    expect((await resultTitles(page)).length).toBe(expected);
    if (group !== 'workplace') {
      // The workplace counts load when the visitor reaches for that group, and then count only the filtered jobs.
      await page.hover('fieldset[data-filter-group="workplace"]');
      await page.waitForFunction(() =>
        /^\d+$/.test(document.querySelector('[data-filter-group="workplace"] [data-count-for="remote"]')?.textContent ?? ''),
      );
      const after = Number(await filterCount(page, 'workplace', 'remote'));
      expect(after).toBeLessThan(Number(before));
      expect(after).toBeLessThanOrEqual(expected);
    }
    await page.close();
  });

  it('combines values with OR within a group and AND across groups', async () => {
    const page = await openSearch();
    await toggleFilter(page, 'category', 'engineering');
    expect(await resultCount(page)).toBe('30 jobs');
    await toggleFilter(page, 'category', 'product-design');
    expect(await resultCount(page)).toBe('31 jobs');
    // Counts in the same group still show what ticking another value would add.
    expect(await filterCount(page, 'category', 'customer-support')).toBe('1');
    await toggleFilter(page, 'workplace', 'hybrid');
    expect(await resultTitles(page)).toEqual(['Director of Platform Engineering']);
    expect(page.url()).toBe(`${site.server.url}search/?category=engineering&category=product-design&workplace=hybrid`);
    await page.close();
  });

  it('loads filter counts only when the visitor reaches for the filters', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.goto(`${site.server.url}search/`);
    await searchSettled(page);
    // Nothing narrows the results yet: the board-wide counts printed at build time are exact, in every group alike.
    const counted = await page.$$eval('fieldset[data-filter-group]', (groups) =>
      groups.map((group) => [...group.querySelectorAll('[data-count-for]')].every((label) => /^\d+$/.test(label.textContent ?? ''))),
    );
    expect(counted).toEqual([true, true, true, true, true, true, true]);
    await page.fill('#search-query', 'engineer');
    await page.waitForURL(/q=engineer/);
    await searchSettled(page);
    expect(filterFiles).toEqual([]);
    // A query narrows the results, and its counts are not loaded: no number rather than a wrong one.
    expect(await filterCount(page, 'workplace', 'remote')).toBe('');

    await page.hover('fieldset[data-filter-group="workplace"]');
    await page.waitForFunction(
      () => document.querySelector('fieldset[data-filter-group="workplace"] [data-count-for="remote"]')?.textContent !== '',
    );
    // Only the group reached for: one filter file, and other groups still show no number.
    expect(filterFiles).toHaveLength(1);
    expect(await filterCount(page, 'category', 'engineering')).toBe('');
    const remote = Number(await filterCount(page, 'workplace', 'remote'));
    await toggleFilter(page, 'workplace', 'remote');
    expect(await resultCount(page)).toBe(`${remote} job${remote === 1 ? '' : 's'}`);
    await page.close();
  });

  it('on a phone, opening the filters loads the counts of every group', async () => {
    const page = await openSearch('?q=engineer', { width: 375 });
    expect(await filterCount(page, 'category', 'engineering')).toBe('');
    await page.click('#filters > summary');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-count-for]')].every((label) => /^\d+$/.test(label.textContent ?? '')),
    );
    expect(Number(await filterCount(page, 'workplace', 'remote'))).toBeLessThan(OPEN_JOB_COUNT);
    await page.close();
  });

  it('sorts by highest pay, each job by its yearly equivalent', async () => {
    const page = await openSearch();
    await page.selectOption('#search-sort', 'salary');
    await page.waitForURL(/sort=salary/);
    await searchSettled(page);
    expect((await resultTitles(page)).slice(0, 4)).toEqual([
      'Director of Platform Engineering', // €110,000/yr ≈ $118,800
      'Customs Data Analyst', // €400/day × 260 = €104,000 ≈ $112,320
      'Frontend Engineer, Reader App', // $50/hr × 2,080 = $104,000
      'Product Designer, Publishing Tools', // £65,000/yr ≈ $82,550
    ]);
    await page.close();
  });

  it('shows a helpful empty state with a way to remove filters', async () => {
    const page = await openSearch('?category=writing');
    expect(await resultCount(page)).toBe('0 jobs');
    expect(await page.isVisible('#search-empty')).toBe(true);
    await page.click('#search-active button');
    await page.waitForFunction((c) => document.querySelector('#result-count')?.textContent === c, `${OPEN_JOB_COUNT} jobs`);
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
    await page.waitForURL(`${site.server.url}search/?q=engineer&workplace=remote&sort=salary`);
    await searchSettled(page);
    expect(await page.isChecked('input[name="category"][value="engineering"]')).toBe(false);
    // Focus moves to the chip that took the removed one's place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove filter: Remote');

    await page.click('#search-clear-filters');
    await page.waitForURL(`${site.server.url}search/?q=engineer&sort=salary`);
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

  it('lists the chips in the panel’s order, whatever order the filters were chosen in', async () => {
    const page = await openSearch();
    const labels = () => page.$$eval('#search-active button', (buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    // Chosen from the bottom of the panel up: salary stated, remote, Engineering, then the question at the top.
    await toggleFilter(page, 'salary', 'stated');
    await toggleFilter(page, 'workplace', 'remote');
    await toggleFilter(page, 'category', 'engineering');
    await page.selectOption('#search-country', 'DE');
    await page.waitForURL(/country=DE/);
    await searchSettled(page);
    const panelOrder = [
      'Remove filter: Lives in Germany',
      'Remove filter: Engineering',
      'Remove filter: Remote',
      'Remove filter: Salary stated',
    ];
    expect(await labels()).toEqual(panelOrder);
    // The same link opened afresh shows them in the same order.
    const again = await openSearch(new URL(page.url()).search);
    expect(await again.$$eval('#search-active button', (buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual(panelOrder);
    await Promise.all([page.close(), again.close()]);
  });

  it('suggests a word the board uses when a typo finds nothing, and searches it on request', async () => {
    const words: string[] = [];
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => {
      if (request.url().endsWith('/search-words.json')) words.push(request.url());
    });
    await page.goto(`${site.server.url}search/?q=designer`);
    await searchSettled(page);
    // A query that finds jobs never fetches the board's words.
    expect(words).toEqual([]);
    await page.fill('#search-query', 'figam');
    await page.waitForURL(/q=figam/);
    await page.waitForSelector('#search-suggestion:not(.hidden)');
    expect(await resultCount(page)).toBe('0 jobs');
    expect(await page.textContent('#search-suggestion')).toBe('Did you mean Figma?');
    expect(words).toHaveLength(1);
    await page.click('#search-suggestion a');
    await page.waitForURL(/q=Figma/);
    await searchSettled(page);
    expect(await page.inputValue('#search-query')).toBe('Figma');
    expect(await resultTitles(page)).toEqual(['Product Designer, Publishing Tools']);
    expect(await page.isVisible('#search-suggestion')).toBe(false);
    await page.close();
  });

  it('ignores filter values the board does not offer, in a link or a mistyped URL', async () => {
    const page = await openSearch('?category=bogus&category=customer-support&salary=150k-plus');
    const chips = page.locator('#search-active button');
    expect(await chips.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual([
      'Remove filter: Customer support',
    ]);
    expect(await resultCount(page)).toBe('1 job');
    await page.close();
  });

  it('shows no filter chips while no filter is on', async () => {
    const page = await openSearch('?q=engineer');
    expect(await page.isVisible('#search-filters-active')).toBe(false);
    await page.close();
  });

  it('never shows an expired job', async () => {
    const page = await openSearch('?q=copywriter');
    expect(await resultCount(page)).toBe('0 jobs');
    // The expired jobs are in Writing and Data & ML, where one other job is open.
    const all = await openSearch('?category=writing&category=data-ml');
    expect(await resultTitles(all)).toEqual(['Customs Data Analyst']);
    await page.close();
    await all.close();
  });
});
