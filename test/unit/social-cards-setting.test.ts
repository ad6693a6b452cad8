import { describe, expect, it } from 'vitest';
import { jobShareImagePath, socialCardList } from '../../src/social/cards.ts';
import { perJobCards, socialCardsProblem, socialCardsSetting } from '../../src/social/setting.ts';
import { site } from '../../src/config/site.ts';

describe('the socialCards setting', () => {
  it("shares a job's own card only while it is open and cards are painted per job", () => {
    const open = { slug: 'data-engineer-acme', open: true };
    expect(jobShareImagePath(open, 'per-job')).toBe('/jobs/data-engineer-acme/social.png');
    // Undefined: the page falls back to the board's image, like every other page.
    expect(jobShareImagePath(open, 'board')).toBeUndefined();
    expect(jobShareImagePath({ ...open, open: false }, 'per-job')).toBeUndefined();
  });

  it("lists no card to paint with 'board'", () => {
    expect(socialCardList([], 'board')).toEqual({ boardName: site.name, cards: [] });
  });

  it('takes SOCIAL_CARDS over the site setting for one build, and refuses a value it does not know', () => {
    expect(socialCardsSetting({})).toBe(site.socialCards);
    expect(socialCardsSetting({ SOCIAL_CARDS: '' })).toBe(site.socialCards);
    expect(socialCardsSetting({ SOCIAL_CARDS: 'board' })).toBe('board');
    expect(perJobCards({ SOCIAL_CARDS: 'board' })).toBe(false);
    expect(perJobCards({ SOCIAL_CARDS: 'per-job' })).toBe(true);
    expect(socialCardsProblem({ SOCIAL_CARDS: 'none' })).toBe(
      `SOCIAL_CARDS "none" is not a choice; use per-job or board (socialCards in src/config/site.ts)`,
    );
    expect(() => socialCardsSetting({ SOCIAL_CARDS: 'off' })).toThrow('SOCIAL_CARDS "off" is not a choice');
  });
});
