import { byNewest } from './sort.ts';

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
 * Builds a finder for "similar jobs": ranked by shared category and skills,
 * then recency, never the job itself. The inverted index is built once per
 * build so each lookup only touches jobs that share something.
 */
export function similarJobsFinder<T extends Comparable>(pool: readonly T[]) {
  const bySkill = new Map<string, T[]>();
  const byCategory = new Map<string, T[]>();
  for (const job of pool) {
    for (const id of job.skillIds) (bySkill.get(id) ?? bySkill.set(id, []).get(id)!).push(job);
    (byCategory.get(job.category.id) ?? byCategory.set(job.category.id, []).get(job.category.id)!).push(job);
  }

  return function similarTo(job: Comparable, limit = 5): T[] {
    const scores = new Map<T, number>();
    for (const other of byCategory.get(job.category.id) ?? []) scores.set(other, CATEGORY_WEIGHT);
    for (const id of job.skillIds) {
      for (const other of bySkill.get(id) ?? []) scores.set(other, (scores.get(other) ?? 0) + 1);
    }
    return [...scores]
      .filter(([other]) => other.slug !== job.slug)
      .sort(([a, sa], [b, sb]) => sb - sa || byNewest(a, b))
      .slice(0, limit)
      .map(([other]) => other);
  };
}
