/**
 * What a job page tells Pagefind: filter values (ids, so URLs stay clean)
 * and sort keys. Every open job gets every key, because Pagefind leaves a
 * page out of sorted results when it lacks the sort key.
 */
import type { Salary } from '../lib/salary.ts';
import { bandFor, yearlyInBase } from '../lib/salary-band.ts';

export const filterKeys = ['category', 'workplace', 'employment', 'experience', 'region', 'skill', 'salary', 'band'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface Facetable {
  category: { id: string };
  workplace: string;
  employment: string;
  experience: string;
  skillIds: readonly string[];
  placeSlugs: readonly string[];
  salary?: Salary | undefined;
}

export interface Banding {
  rates: Readonly<Record<string, number>>;
  bands: readonly { id: string; min: number }[];
}

export function searchFilters(job: Facetable, banding: Banding): Record<FilterKey, string[]> {
  const yearly = job.salary ? yearlyInBase(job.salary, banding.rates) : undefined;
  return {
    category: [job.category.id],
    workplace: [job.workplace],
    employment: [job.employment],
    experience: [job.experience],
    region: [...job.placeSlugs],
    skill: [...job.skillIds],
    // "Salary stated" means the employer's own figure, as in JobPosting: the board's estimates are shown, but not stated.
    salary: [job.salary ? (job.salary.estimated ? 'estimated' : 'stated') : 'not-stated'],
    band: yearly === undefined ? [] : [bandFor(yearly, banding.bands).id],
  };
}

/**
 * Sort keys as strings of digits. "posted" is the job's place in the
 * newest-first order (`byNewest`, posted then slug) counted from the oldest (`fromOldest`, from
 * src/search/parts.ts), not its date: jobs posted on one day would tie,
 * and Pagefind's order among them is not `byNewest`'s, so "Show more" after
 * the newest jobs drawn at build time could repeat one or skip one. Salaries
 * are yearly amounts in the base currency (0 when not stated).
 */
export function searchSort(job: Facetable, banding: Banding, fromOldest: number): { posted: string; salary: string } {
  const yearly = job.salary ? yearlyInBase(job.salary, banding.rates) : undefined;
  return { posted: String(fromOldest).padStart(7, '0'), salary: String(yearly ?? 0) };
}
