import { describe, expect, it } from 'vitest';
import { browseDist, needsBrowser } from '../support/browser.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';

/** Where each card's title, its facts-and-salary line and its skills sit, relative to the card. */
function cardBoxes(width: number, path: string) {
  return async (site: ReturnType<typeof browseDist>) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(`${site.server.url}${path}`);
      // The search page's cards are drawn by its script (render-card.ts), from the index.
      if (path === 'search/') await searchSettled(page);
      return await page.$$eval('main article', (cards) =>
        // Only the cards shown: /search/ keeps its no-JavaScript list of the newest jobs, hidden, to copy from.
        cards
          .filter((card) => card.checkVisibility())
          .map((card) => {
            const box = (el: Element | null) => el!.getBoundingClientRect();
            const facts = card.querySelector('.job-card-facts')!;
            return {
              card: box(card).toJSON() as DOMRect,
              title: box(card.querySelector('h2, h3')).toJSON() as DOMRect,
              facts: box(facts).toJSON() as DOMRect,
              skills: box(card.querySelector('ul')).toJSON() as DOMRect,
              // The words of place and pay, without the room the facts keep below them for the Save button.
              factsText: (() => {
                const range = document.createRange();
                range.selectNodeContents(facts);
                return range.getBoundingClientRect().toJSON() as DOMRect;
              })(),
              save: box(card.querySelector('[data-save-job]')).toJSON() as DOMRect,
            };
          }),
      );
    } finally {
      await page.close();
    }
  };
}

describe('job cards', needsBrowser(), () => {
  const site = browseDist(fixture.distSample);

  // Issue #28: at 1280 px most of a card was blank; place and pay now take the right-hand side, and the
  // Save button the bottom corner under them.
  it.each(['', 'search/'])(
    'at 1280 px on /%s set place and pay in a column on the right, level with the title, and Save in the corner below',
    async (path) => {
      const cards = await cardBoxes(1280, path)(site);
      expect(cards.length).toBeGreaterThan(10);
      for (const { card, title, facts, factsText, skills, save } of cards) {
        expect(facts.left).toBeGreaterThan(card.left + card.width / 2);
        expect(card.right - facts.right).toBeLessThan(32);
        expect(facts.top).toBeLessThan(title.bottom);
        expect(skills.right).toBeLessThanOrEqual(facts.left);
        expect(card.right - save.right).toBeLessThan(32);
        expect(card.bottom - save.bottom).toBeLessThan(32);
        expect(save.top).toBeGreaterThanOrEqual(factsText.bottom);
        expect(save.left).toBeGreaterThanOrEqual(skills.right);
      }
    },
  );

  it.each(['', 'search/'])('at 375 px on /%s stack them: facts and pay under the title, skills under those', async (path) => {
    const cards = await cardBoxes(375, path)(site);
    expect(cards.length).toBeGreaterThan(10);
    for (const { title, facts, skills } of cards) {
      expect(facts.left).toBe(title.left);
      expect(facts.top).toBeGreaterThanOrEqual(title.bottom);
      expect(skills.top).toBeGreaterThanOrEqual(facts.bottom);
    }
  });
});
