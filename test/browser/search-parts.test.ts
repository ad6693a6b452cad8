/**
 * A search index split into parts (src/search/parts.ts) must answer like
 * one index. The fixture board is built twice from the same content: at the
 * root with one index, and under /board/ in parts of 7 jobs (6 parts). The
 * same searches on both must list the same jobs in the same order, with the
 * same counts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture, FILLER_COUNT, OPEN_HAND_WRITTEN } from '../support/fixture.ts';
import { searchSettled, showAllResults } from '../support/search-page.ts';
import { byNewest } from '../../src/lib/sort.ts';

const OPEN_JOBS = OPEN_HAND_WRITTEN.length + FILLER_COUNT;
const PARTS = Math.ceil(OPEN_JOBS / fixture.subSearchPartSize);

interface Card {
  title: string;
  slug: string;
  posted: string;
  salary: string;
}

describe('search index in parts: the build', () => {
  it(`writes ${PARTS} Pagefind bundles and no leftover records`, () => {
    const parts = readdirSync(join(fixture.distSub, 'pagefind/parts')).sort();
    expect(parts).toEqual(Array.from({ length: PARTS - 1 }, (_, i) => String(i + 1)).sort());
    for (const part of ['', ...parts.map((p) => `parts/${p}/`)]) {
      expect(existsSync(join(fixture.distSub, `pagefind/${part}pagefind-entry.json`))).toBe(true);
      // Pagefind's ready-made UIs are never loaded (the page has its own), so they are not shipped.
      const uiFiles = readdirSync(join(fixture.distSub, `pagefind/${part}`)).filter((file) => /ui|highlight/.test(file));
      expect(uiFiles, part).toEqual([]);
    }
    expect(existsSync(join(fixture.distSub, 'search-records'))).toBe(false);
    expect(existsSync(join(fixture.distRoot, 'pagefind/parts'))).toBe(false);
  });
});

describe('search index in parts answers like one index', needsBrowser(), () => {
  const whole = browseDist(fixture.distRoot);
  const parted = browseDist(fixture.distSub, fixture.subBase);

  /** Every result card, clicking "Show more" until there is no more. */
  async function allCards(site: typeof whole, search: string): Promise<{ count: string | null; cards: Card[]; page: Page }> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}search/${search}`);
    await searchSettled(page);
    await showAllResults(page);
    const cards = await page.$$eval('#search-results > li', (items) =>
      items.map((item) => ({
        title: item.querySelector('h3')?.textContent?.trim() ?? '',
        slug: /\/jobs\/([^/]+)\/$/.exec(item.querySelector('h3 a')?.getAttribute('href') ?? '')?.[1] ?? '',
        posted: item.querySelector('time')?.getAttribute('datetime') ?? '',
        salary: item.querySelector('.job-card-pay')?.textContent?.trim() ?? '',
      })),
    );
    return { count: await page.textContent('#result-count'), cards, page };
  }

  async function both(search: string) {
    const [one, split] = await Promise.all([allCards(whole, search), allCards(parted, search)]);
    return { one, split };
  }

  const titles = (cards: Card[]) => cards.map((c) => c.title).sort();

  // The empty search starts from the newest jobs drawn at build time; every workplace ticked comes from the index alone.
  it.each(['', '?workplace=hybrid&workplace=onsite&workplace=remote'])(
    "lists every open job in the board's newest-first order, across all parts (%s)",
    async (search) => {
      const { one, split } = await both(search);
      expect(split.count).toBe(`${OPEN_JOBS} jobs`);
      expect(split.cards).toHaveLength(OPEN_JOBS);
      expect(split.cards).toEqual(one.cards);
      // The board's order, slug after date (src/lib/sort.ts): the index sorts by each job's place in it.
      expect(split.cards.map((c) => c.slug)).toEqual([...split.cards].sort(byNewest).map((c) => c.slug));
      await Promise.all([one.page.close(), split.page.close()]);
    },
  );

  it('merges "Highest pay" across parts', async () => {
    const { one, split } = await both('?sort=salary');
    expect(split.cards).toHaveLength(OPEN_JOBS);
    const stated = (cards: Card[]) => cards.filter((c) => c.salary).map((c) => `${c.title}: ${c.salary}`);
    expect(stated(split.cards).length).toBeGreaterThan(1);
    expect(stated(split.cards)).toEqual(stated(one.cards));
    // Jobs with a salary come before jobs without one.
    const firstWithout = split.cards.findIndex((c) => !c.salary);
    expect(split.cards.slice(firstWithout).every((c) => !c.salary)).toBe(true);
    expect(titles(split.cards)).toEqual(titles(one.cards));
    await Promise.all([one.page.close(), split.page.close()]);
  });

  it.each([
    '?q=engineer',
    '?q=platform',
    '?workplace=remote&sort=salary',
    '?region=europe',
    '?q=designer&category=product-design',
    // The three questions: each part cuts pay by its own values, and the parts' answers merge.
    '?country=FR',
    '?country=DE&pay=90000&currency=EUR&sort=salary',
    '?pay=60000&currency=GBP&unstated=1',
    '?tz=UTC%2B1&workplace=remote',
  ])('finds the same jobs for %s', async (search) => {
    const { one, split } = await both(search);
    // Agreeing on nothing would prove nothing: each search finds jobs.
    expect(one.cards.length).toBeGreaterThan(0);
    expect(split.count).toBe(one.count);
    expect(titles(split.cards)).toEqual(titles(one.cards));
    await Promise.all([one.page.close(), split.page.close()]);
  });

  it('adds up filter counts across parts', async () => {
    const { one, split } = await both('?workplace=remote');
    const counts = async (page: Page) => {
      await page.hover('fieldset[data-filter-group="region"]');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('fieldset[data-filter-group="region"] [data-count-for]')].some((el) => el.textContent !== ''),
      );
      await searchSettled(page);
      return page.$$eval('fieldset[data-filter-group] [data-count-for]', (labels) =>
        labels.map(
          (l) => `${l.closest('fieldset')?.getAttribute('data-filter-group')}/${l.getAttribute('data-count-for')}=${l.textContent}`,
        ),
      );
    };
    const [a, b] = await Promise.all([counts(one.page), counts(split.page)]);
    expect(b.some((entry) => /^region\/europe=\d+$/.test(entry))).toBe(true);
    expect(b).toEqual(a);
    await Promise.all([one.page.close(), split.page.close()]);
  });
});
