/**
 * The search index is split into parts of at most `partSize` jobs, newest
 * first. Pagefind's indexer holds a whole index in memory while it writes
 * it, so one index for a very large board needs more memory than a build
 * machine has (docs/performance.md); parts bound that to one part's worth. Parts are newest first (`byNewest`) so
 * the browser can list "Newest" by reading part after part (see
 * src/search/merge.ts).
 */
import { byNewest } from '../lib/sort.ts';

/** Where part `n`'s Pagefind bundle lives, relative to the site root: part 0 is Pagefind's usual folder. */
export function partBundlePath(part: number): string {
  return part === 0 ? 'pagefind/' : `pagefind/parts/${part}/`;
}

/** How many parts `jobCount` jobs need (at least one, so search always has an index to load). */
export function partCount(jobCount: number, partSize: number): number {
  return Math.max(1, Math.ceil(jobCount / partSize));
}

export interface PartEntry<T> {
  job: T;
  /**
   * The job's place in the newest-first order (`byNewest`) counted from
   * the oldest (1 = oldest): the "Newest" sort key, so Pagefind breaks ties
   * between jobs posted on one day as the search page's drawn list does.
   */
  fromOldest: number;
}

/** Jobs split into parts newest first (`byNewest` in src/lib/sort.ts: ties by slug), so every build splits the same way. */
export function splitIntoParts<T extends { posted: string; slug: string }>(jobs: readonly T[], partSize: number): PartEntry<T>[][] {
  const newestFirst = [...jobs].sort(byNewest).map((job, i) => ({ job, fromOldest: jobs.length - i }));
  return Array.from({ length: partCount(jobs.length, partSize) }, (_, i) => newestFirst.slice(i * partSize, (i + 1) * partSize));
}
