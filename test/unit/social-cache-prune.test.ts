import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markPlaced, pruneUnusedCards, UNUSED_CARD_DAYS } from '../../src/social/cache.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('pruning the social-card cache', () => {
  it('deletes cards no build has placed for the set number of days, and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
    const now = Date.parse('2026-12-05T12:00:00Z');
    const age = (name: string, days: number) => {
      writeFileSync(join(dir, name), 'x');
      const when = new Date(now - days * DAY);
      utimesSync(join(dir, name), when, when);
    };
    age('recent.png', 1);
    age('edge.png', UNUSED_CARD_DAYS - 0.01);
    age('old.png', UNUSED_CARD_DAYS + 1);
    age('old-painting.jpg', 40); // painted before cards were PNGs
    age('old-but-placed-again.png', 40);
    age('being-written.png.123.tmp', 40);
    age('notes.txt', 40);
    markPlaced(join(dir, 'old-but-placed-again.png'), new Date(now));

    expect(pruneUnusedCards(now, dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([
      'being-written.png.123.tmp',
      'edge.png',
      'notes.txt',
      'old-but-placed-again.png',
      'recent.png',
    ]);
  });

  it('does nothing without a cache, and marking a card not painted yet is no error', () => {
    expect(pruneUnusedCards(Date.now(), join(tmpdir(), 'no-such-card-cache'))).toBe(0);
    expect(() => markPlaced(join(tmpdir(), 'no-such-card.png'))).not.toThrow();
  });
});
