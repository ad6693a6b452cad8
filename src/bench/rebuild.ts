/**
 * `npm run bench -- --rebuild`: after the cold build, the change a day of
 * merged pull requests brings (one listing edited, one added, one removed),
 * then the same build again, as a host's CI runs it: a clean dist/, with
 * node_modules/ (Astro's cache and the social cards') kept between builds. Job
 * and list pages the change does not show up on are copied from Astro's
 * cache (src/board/page-keys.ts); social cards come from their cache.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TimedLine } from './phases.ts';

export const NEW_LISTING_SLUG = 'bench-rebuild-new-listing';

/**
 * Edits the first listing's title, adds a copy of the second posted on the
 * build date, and deletes the last, so the board keeps its size (and its
 * number of search index parts). Returns what changed, in words.
 */
export function applyRebuildChange(contentDir: string, buildDate: string): string {
  const jobsDir = join(contentDir, 'jobs');
  const listings = readdirSync(jobsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const [edited, copied] = listings;
  const removed = listings.at(-1);
  if (!edited || !copied || listings.length < 3) throw new Error(`${jobsDir} needs at least three listings for --rebuild`);
  const editedPath = join(jobsDir, edited);
  writeFileSync(editedPath, readFileSync(editedPath, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (updated)'));
  const copy = readFileSync(join(jobsDir, copied), 'utf8')
    .replace(/^posted: .*$/m, `posted: ${buildDate}`)
    // Each open job needs its own apply link (the validator rejects copies).
    .replace(/^apply: .*$/m, `apply: https://bench-rebuild.example/careers/${NEW_LISTING_SLUG}`);
  writeFileSync(join(jobsDir, `${NEW_LISTING_SLUG}.md`), copy);
  rmSync(join(jobsDir, removed!));
  return `"${edited}" retitled, "${NEW_LISTING_SLUG}.md" added (a copy of "${copied}" posted ${buildDate}) and "${removed}" deleted`;
}

export interface PageCounts {
  /** Copied from Astro's incremental-build cache. */
  restored: number;
  rendered: number;
}

export interface RebuiltPages {
  jobs: PageCounts;
  /** Every other HTML page: list pages are keyed too, the rest always rendered. */
  others: PageCounts;
}

/**
 * Counts pages in Astro's build log: "├─ /jobs/<slug>/index.html (restored)" or "(+12ms)".
 * Astro renders pages side by side, so a rendered page's path is often followed by other
 * pages' lines before its timing: a page was copied only when "(restored)" or "(cached)"
 * follows its path directly.
 */
export function countPages(lines: readonly TimedLine[]): RebuiltPages {
  const counts: RebuiltPages = { jobs: { restored: 0, rendered: 0 }, others: { restored: 0, rendered: 0 } };
  for (const line of lines) {
    // Astro colours its log when CI is set.
    const text = stripVTControlCharacters(line.text);
    for (const [, page, copied] of text.matchAll(/├─ (\/\S*\.html)\s*(\((?:restored|cached)\))?/g)) {
      const kind = /^\/jobs\/[^/]+\/index\.html$/.test(page!) ? counts.jobs : counts.others;
      if (copied) kind.restored++;
      else kind.rendered++;
    }
  }
  return counts;
}
