import { describe, expect, it } from 'vitest';
import { cardsPainted } from '../../src/bench/cards-painted.ts';

describe('the benchmark reads how many social cards a build painted', () => {
  it('adds those painted while Astro built to those painted after', () => {
    const lines = [
      { text: 'Social images ahead: 40 painted while Astro built, 64 cards checked (all open jobs) in 900 ms' },
      { text: '\u001b[2mSocial images: 64 cards (24 painted, 40 from cache) in 360 ms\u001b[0m' },
    ];
    expect(cardsPainted(lines)).toBe(64);
  });

  it('counts none when every card came from the cache, and knows when the build said nothing of cards', () => {
    expect(cardsPainted([{ text: 'Social images: 64 cards (0 painted, 64 from cache) in 360 ms' }])).toBe(0);
    expect(cardsPainted([{ text: '[build] Complete!' }])).toBeNull();
  });
});
