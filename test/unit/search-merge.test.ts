import { describe, expect, it } from 'vitest';
import { byScore, concatenated, countOf, deferredList, mergedByKey, orderedList, sumCounts } from '../../src/search/merge.ts';
import { partBundlePath, partCount, splitIntoParts } from '../../src/search/parts.ts';
import { htmlToText } from '../../src/lib/plain-text.ts';

interface Hit {
  id: string;
  score: number;
  salary: number;
}
const hit = (id: string, salary = 0, score = 0): Hit => ({ id, score, salary });

/** A loader that records what it was asked for, like Pagefind's result.data(). */
function recordingLoad() {
  const loaded: string[] = [];
  return { loaded, load: async (h: Hit) => (loaded.push(h.id), h) };
}
const ids = (hits: Hit[]) => hits.map((h) => h.id);

describe('splitting the index into parts', () => {
  const jobs = [
    { slug: 'b', posted: '2026-11-01' },
    { slug: 'a', posted: '2026-11-20' },
    { slug: 'c', posted: '2026-11-01' },
    { slug: 'd', posted: '2026-10-05' },
    { slug: 'e', posted: '2026-11-24' },
  ];

  it('puts the newest jobs in the first part, ties by slug, at most partSize each', () => {
    expect(splitIntoParts(jobs, 2).map((part) => part.map((entry) => entry.job.slug))).toEqual([['e', 'a'], ['b', 'c'], ['d']]);
    expect(splitIntoParts(jobs, 10).map((part) => part.length)).toEqual([5]);
  });

  it('numbers the jobs from the oldest across parts, so a descending sort lists them in board order', () => {
    const entries = splitIntoParts(jobs, 2).flat();
    expect(entries.map((entry) => [entry.job.slug, entry.fromOldest])).toEqual([
      ['e', 5],
      ['a', 4],
      ['b', 3],
      ['c', 2],
      ['d', 1],
    ]);
  });

  it('always has one part, even for an empty board', () => {
    expect(partCount(0, 10_000)).toBe(1);
    expect(splitIntoParts([], 10)).toEqual([[]]);
    expect(partCount(10_000, 10_000)).toBe(1);
    expect(partCount(10_001, 10_000)).toBe(2);
  });

  it("keeps part 0 in Pagefind's usual folder and the others inside it", () => {
    expect(partBundlePath(0)).toBe('pagefind/');
    expect(partBundlePath(3)).toBe('pagefind/parts/3/');
  });
});

describe('merging parts', () => {
  it('adds filter counts up', () => {
    expect(sumCounts([{ workplace: { remote: 2, hybrid: 1 } }, { workplace: { remote: 3 }, region: { europe: 1 } }, {}])).toEqual({
      workplace: { remote: 5, hybrid: 1 },
      region: { europe: 1 },
    });
  });

  it('counts values named like Object methods as plain values', () => {
    const sum = sumCounts([{ skill: { constructor: 1, rust: 2 } }, { skill: { constructor: 1, toString: 4 } }]);
    expect({ ...sum['skill'] }).toEqual({ constructor: 2, rust: 2, toString: 4 });
    expect(countOf(sum, 'skill', 'constructor')).toBe(2);
    expect(countOf({ skill: { rust: 1 } }, 'skill', 'constructor')).toBe(0);
    expect(countOf({ skill: { rust: 1 } }, 'skill', '__proto__')).toBe(0);
    expect(countOf({}, 'hasOwnProperty', 'rust')).toBe(0);
  });

  it('"Newest" reads part after part, loading only the page asked for', async () => {
    const { loaded, load } = recordingLoad();
    const list = concatenated([[hit('a1'), hit('a2')], [hit('b1')], [hit('c1'), hit('c2')]], load);
    expect(list.length).toBe(5);
    expect(ids(await list.page(0, 3))).toEqual(['a1', 'a2', 'b1']);
    expect(ids(await list.page(3, 10))).toEqual(['c1', 'c2']);
    expect(loaded).toEqual(['a1', 'a2', 'b1', 'c1', 'c2']);
  });

  it('"Best match" orders by score, equal scores in part order', async () => {
    const { load } = recordingLoad();
    const list = byScore(
      [
        [hit('a', 0, 2), hit('b', 0, 1)],
        [hit('c', 0, 3), hit('d', 0, 1)],
      ],
      load,
    );
    expect(ids(await list.page(0, 4))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('"Highest salary" merges parts already in salary order, page by page', async () => {
    const { loaded, load } = recordingLoad();
    const parts = [[hit('a', 90), hit('b', 50), hit('c', 0)], [hit('d', 120), hit('e', 50), hit('f', 10)], [hit('g', 70)]];
    const list = mergedByKey(parts, load, (h) => h.salary);
    expect(list.length).toBe(7);
    expect(ids(await list.page(0, 2))).toEqual(['d', 'a']);
    // A page of 2 reads at most 2 from each part, not the whole result set.
    expect(loaded.sort()).toEqual(['a', 'b', 'd', 'e', 'g']);
    // Ties go to the earlier part (newer jobs).
    expect(ids(await list.page(2, 7))).toEqual(['g', 'b', 'e', 'f', 'c']);
    expect(ids(await list.page(0, 7))).toEqual(['d', 'a', 'g', 'b', 'e', 'f', 'c']);
  });

  it('"Highest salary" serves pages asked for at the same time in order', async () => {
    const { load } = recordingLoad();
    const list = mergedByKey([[hit('a', 3), hit('b', 1)], [hit('c', 2)]], load, (h) => h.salary);
    const [first, second] = await Promise.all([list.page(0, 1), list.page(1, 3)]);
    expect(ids(first)).toEqual(['a']);
    expect(ids(second)).toEqual(['c', 'b']);
  });

  it('a single ordered list pages through as given', async () => {
    const { load } = recordingLoad();
    const list = orderedList([hit('x'), hit('y')], load);
    expect(ids(await list.page(1, 5))).toEqual(['y']);
  });

  it('a deferred list searches once, on the first page asked for, and tries again after a dropped search', async () => {
    const { load } = recordingLoad();
    const searches: string[] = [];
    let drop = true;
    const list = deferredList(3, async () => {
      searches.push(drop ? 'dropped' : 'ran');
      return drop ? undefined : orderedList([hit('x'), hit('y'), hit('z')], load);
    });
    expect(list.length).toBe(3);
    expect(searches).toEqual([]);
    expect(await list.page(0, 2)).toEqual([]);
    drop = false;
    const [first, rest] = await Promise.all([list.page(0, 1), list.page(1, 3)]);
    expect(ids(first)).toEqual(['x']);
    expect(ids(rest)).toEqual(['y', 'z']);
    expect(searches).toEqual(['dropped', 'ran']);
  });

  it('a deferred list whose search throws gives an empty page, and tries again', async () => {
    const { load } = recordingLoad();
    let fail = true;
    const list = deferredList(1, async () => {
      if (fail) throw new Error('index chunk did not load');
      return orderedList([hit('x')], load);
    });
    expect(await list.page(0, 1)).toEqual([]);
    fail = false;
    expect(ids(await list.page(0, 1))).toEqual(['x']);
  });
});

describe('description text for the index', () => {
  it('drops tags, keeps words apart across blocks and together across inline tags, decodes entities', () => {
    expect(
      htmlToText('<h2>About</h2><p>We build <strong>un</strong>usual tools &amp; ship &lt;fast&gt;.</p><ul><li>Go</li><li>Rust</li></ul>'),
    ).toBe('About We build unusual tools & ship <fast>. Go Rust');
  });

  it('returns nothing for an empty description', () => {
    expect(htmlToText('')).toBe('');
  });
});
