import { byNewest } from './sort.ts';
import { shareResidents } from './eligibility.ts';

export interface Comparable {
  slug: string;
  posted: string;
  featured: boolean;
  category: { id: string };
  skillIds: readonly string[];
}

/** A shared category counts as much as three shared skills. */
const CATEGORY_WEIGHT = 3;

/**
 * How many of the newest jobs of each skill and category are considered.
 * Scanning whole lists made similar jobs O(n²) over the board (a category
 * holds thousands of jobs at 10 000 listings); capping each list keeps every
 * lookup bounded, and favours recent jobs, which are the ones worth showing.
 */
export const CANDIDATES_PER_LIST = 60;

/** Who may take a job from where they live: the countries of its eligible residents (src/lib/eligibility.ts). */
export type Residents<T> = (job: T) => ReadonlySet<string>;

/**
 * Builds a finder for "similar jobs", never the job itself. Jobs open to
 * residents of a country this one is open to come first: someone who can
 * take an Americas-only job cannot take a Poland-only one. Then shared
 * category and skills, then recency. Candidates are the newest jobs that
 * share the job's category or one of its skills (see CANDIDATES_PER_LIST);
 * the index is built once per build.
 */
export function similarJobsFinder<T extends Comparable>(
  pool: readonly T[],
  residents: Residents<T>,
  candidatesPerList = CANDIDATES_PER_LIST,
) {
  const bySkill = new Map<string, T[]>();
  const byCategory = new Map<string, T[]>();
  for (const job of [...pool].sort(byNewest)) {
    for (const id of job.skillIds) append(bySkill, id, job, candidatesPerList);
    append(byCategory, job.category.id, job, candidatesPerList);
  }

  return function similarTo(job: T, limit = 5): T[] {
    const scores = new Map<T, number>();
    for (const other of byCategory.get(job.category.id) ?? []) scores.set(other, 0);
    for (const id of job.skillIds) {
      for (const other of bySkill.get(id) ?? []) scores.set(other, (scores.get(other) ?? 0) + 1);
    }
    // The category counts for every candidate, also one found only through a skill list.
    for (const [other, skills] of scores) {
      if (other.category.id === job.category.id) scores.set(other, skills + CATEGORY_WEIGHT);
    }
    // A job open to no country this one is open to ranks below every one that is.
    const own = residents(job);
    for (const [other, score] of scores) if (shareResidents(own, residents(other))) scores.set(other, score + SAME_RESIDENTS);
    return topK(scores, limit, job.slug);
  };
}

/** More than any category and skill score can add up to. */
const SAME_RESIDENTS = 1_000;

function append<T>(lists: Map<string, T[]>, key: string, job: T, cap: number) {
  const list = lists.get(key);
  if (!list) lists.set(key, [job]);
  else if (list.length < cap) list.push(job);
}

/** The `limit` best-scored jobs, newest first among equals, in one pass (no full sort). */
function topK<T extends Comparable>(scores: Map<T, number>, limit: number, exclude: string): T[] {
  const best: [T, number][] = [];
  const better = ([a, sa]: [T, number], [b, sb]: [T, number]) => sa > sb || (sa === sb && byNewest(a, b) < 0);
  for (const entry of scores) {
    if (entry[0].slug === exclude) continue;
    if (best.length === limit && !better(entry, best[limit - 1]!)) continue;
    let i = best.length;
    while (i > 0 && better(entry, best[i - 1]!)) i--;
    best.splice(i, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(([job]) => job);
}
