/**
 * The search index is split into parts of at most `partSize` jobs, newest
 * first. Pagefind's indexer holds a whole index in memory while it writes
 * it (about 250 KB per job), so one index for 100 000 jobs needs more than
 * 24 GB; parts bound that to one part's worth. Parts are in date order so
 * the browser can list "Newest" by reading part after part (see
 * src/lib/search-merge.ts).
 */

/** Where part `n`'s Pagefind bundle lives, relative to the site root: part 0 is Pagefind's usual folder. */
export function partBundlePath(part: number): string {
  return part === 0 ? 'pagefind/' : `pagefind/parts/${part}/`;
}

/** How many parts `jobCount` jobs need (at least one, so search always has an index to load). */
export function partCount(jobCount: number, partSize: number): number {
  return Math.max(1, Math.ceil(jobCount / partSize));
}

/** Jobs split into parts, newest first; ties by slug so every build splits the same way. */
export function splitIntoParts<T extends { posted: string; slug: string }>(jobs: readonly T[], partSize: number): T[][] {
  const newestFirst = [...jobs].sort((a, b) => b.posted.localeCompare(a.posted) || a.slug.localeCompare(b.slug));
  return Array.from({ length: partCount(jobs.length, partSize) }, (_, i) => newestFirst.slice(i * partSize, (i + 1) * partSize));
}
