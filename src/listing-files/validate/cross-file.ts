/** Rules that need more than one file: two listings at one page address, and two open jobs with one apply link. */
import { basename } from 'node:path/posix';
import { shorten } from '../../schema/messages.ts';
import type { Problem } from '../problem.ts';
import type { ApplyLinkUse } from './listing.ts';

/** Listings whose file names differ only in case give one page address: every one after the first is reported. */
export function sameSlugProblems(jobPaths: readonly string[]): Problem[] {
  const seenSlugs = new Map<string, string>();
  const problems: Problem[] = [];
  for (const path of jobPaths) {
    const slug = basename(path).replace(/\.md$/i, '').toLowerCase();
    const twin = seenSlugs.get(slug);
    if (twin) {
      problems.push({
        file: path,
        line: 1,
        field: 'file name',
        message: `gives the same page address as ${twin}; rename one of them`,
        severity: 'error',
      });
    } else seenSlugs.set(slug, path);
  }
  return problems;
}

/** Open jobs that share an apply link, however it is spelt: each is reported, naming the others. */
export function sharedApplyLinkProblems(openApplyLinks: readonly ApplyLinkUse[]): Problem[] {
  const byKey = Map.groupBy(openApplyLinks, (use) => use.key);
  return [...byKey.values()]
    .filter((uses) => uses.length > 1)
    .flatMap((uses) =>
      uses.map((use): Problem => {
        const others = uses
          .filter((u) => u !== use)
          .map((u) => u.file)
          .join(', ');
        return {
          file: use.file,
          line: use.line,
          field: 'apply',
          message: `${shorten(use.url)} is also the apply link of ${others}; each open job needs its own link, or delete the duplicate listing`,
          severity: 'error',
        };
      }),
    );
}
