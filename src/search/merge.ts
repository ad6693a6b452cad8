/**
 * Merging the results of several search index parts (src/search/parts.ts)
 * into the one list a visitor sees. Parts hold jobs newest first, so:
 *   - "Newest": part after part, each newest first (`byNewest`), is newest first overall;
 *   - "Best match": by Pagefind's score, as Pagefind merges indexes itself;
 *   - "Highest salary": a k-way merge on each result's salary, read from its
 *     data as pages are shown, so a page costs its own results plus at most
 *     one page per part, never the whole result set.
 * Filter counts add up across parts.
 */

export type Counts = Record<string, Record<string, number>>;

/** Results in the order a visitor sees them, read a page at a time. */
export interface ResultList<Data> {
  readonly length: number;
  /** The data of results [from, to), in order. */
  page(from: number, to: number): Promise<Data[]>;
}

export function sumCounts(all: readonly Counts[]): Counts {
  // No prototype: a skill called "constructor" or "toString" must start at 0, not at Object's method.
  const sum: Counts = Object.create(null);
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (sum[key] ??= Object.create(null) as Record<string, number>);
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

/** How many results carry `value` in filter group `key`; 0 when none do, whatever the value is called. */
export function countOf(counts: Counts, key: string, value: string): number {
  const values = Object.hasOwn(counts, key) ? counts[key]! : {};
  return Object.hasOwn(values, value) ? values[value]! : 0;
}

/**
 * A list whose length is known before its results are: `open` runs the
 * search the first time a page is asked for. `open` gives undefined when the
 * search could not run (the index did not load); the page is then empty,
 * and the next page asked for calls `open` again.
 */
export function deferredList<Data>(length: number, open: () => Promise<ResultList<Data> | undefined>): ResultList<Data> {
  // The promise, not the list: pages asked for while the search runs share that one search.
  let opening: Promise<ResultList<Data> | undefined> | undefined;
  return {
    length,
    async page(from, to) {
      // A search that threw (an index file that would not load) counts as one that could not run.
      opening ??= open().catch(() => undefined);
      const list = await opening;
      if (list) return list.page(from, to);
      opening = undefined;
      return [];
    },
  };
}

/** A list whose order is known up front. */
export function orderedList<Result, Data>(results: readonly Result[], load: (result: Result) => Promise<Data>): ResultList<Data> {
  return {
    length: results.length,
    page: (from, to) => Promise.all(results.slice(from, to).map(load)),
  };
}

/** "Newest": the parts one after the other. */
export function concatenated<Result, Data>(
  parts: readonly (readonly Result[])[],
  load: (result: Result) => Promise<Data>,
): ResultList<Data> {
  return orderedList(parts.flat(), load);
}

/** "Best match": highest score first; equal scores keep part order (newer parts first). */
export function byScore<Result extends { score: number }, Data>(
  parts: readonly (readonly Result[])[],
  load: (result: Result) => Promise<Data>,
): ResultList<Data> {
  return orderedList(
    parts.flat().sort((a, b) => b.score - a.score),
    load,
  );
}

/**
 * Highest `key` first, where each part is already in that order. The key is
 * in a result's data, so the merge reads data as it goes: for a page of n
 * results, the next n of every part (the most any one part can give).
 * Ties go to the earlier part, which holds the newer jobs.
 */
export function mergedByKey<Result, Data>(
  parts: readonly (readonly Result[])[],
  load: (result: Result) => Promise<Data>,
  key: (data: Data) => number,
): ResultList<Data> {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const taken = parts.map(() => 0);
  const merged: Data[] = [];

  async function extendTo(to: number): Promise<void> {
    const need = Math.min(to, length) - merged.length;
    if (need <= 0) return;
    const heads = await Promise.all(parts.map((part, p) => Promise.all(part.slice(taken[p], taken[p]! + need).map(load))));
    const at = heads.map(() => 0);
    for (let n = 0; n < need; n++) {
      let best = -1;
      for (let p = 0; p < heads.length; p++) {
        if (at[p]! >= heads[p]!.length) continue;
        if (best < 0 || key(heads[p]![at[p]!]!) > key(heads[best]![at[best]!]!)) best = p;
      }
      merged.push(heads[best]![at[best]!]!);
      at[best] = at[best]! + 1;
    }
    at.forEach((count, p) => (taken[p] = taken[p]! + count));
  }

  // One page at a time: a second request waits for the first, so the cursors stay consistent.
  let queue = Promise.resolve();
  return {
    length,
    page(from, to) {
      const done = queue.then(() => extendTo(to));
      queue = done.catch(() => undefined);
      return done.then(() => merged.slice(from, to));
    },
  };
}
