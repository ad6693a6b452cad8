/**
 * What a job page tells Pagefind: filter values (ids, so URLs stay clean)
 * and sort keys. Every open job gets every key, because Pagefind leaves a
 * page out of sorted results when it lacks the sort key.
 */
import type { Salary } from '../lib/salary.ts';
import type { Workplace } from '../schema/job.ts';
import { placesForResidents } from '../lib/eligibility.ts';
import { payKey, type Rates } from '../lib/pay.ts';
import { windowOffsets, type OffsetWindow } from '../lib/time-zones.ts';
import { NO_PAY, WINDOWED, type FilterKey, type SeekerFilterKey } from './filter-keys.ts';

export interface Facetable {
  category: { id: string };
  workplace: Workplace;
  employment: string;
  experience: string;
  skillIds: readonly string[];
  placeSlugs: readonly string[];
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  location?: string | undefined;
  timezones?: OffsetWindow | undefined;
  salary?: Salary | undefined;
}

export function searchFilters(job: Facetable, rates: Rates): Record<FilterKey | SeekerFilterKey, string[]> {
  const pay = job.salary ? payKey(job.salary, rates) : undefined;
  return {
    category: [job.category.id],
    workplace: [job.workplace],
    employment: [job.employment],
    experience: [job.experience],
    region: [...job.placeSlugs],
    skill: [...job.skillIds],
    // "Salary stated" means the employer's own figure, as in JobPosting: the board's estimates are shown, but not stated.
    salary: [job.salary ? (job.salary.estimated ? 'estimated' : 'stated') : 'not-stated'],
    // "I live in C" asks for C or a region holding C, and none of the countries left out.
    resident: [...placesForResidents(job)],
    excluded: [...(job.exclude ?? [])],
    // Every quarter hour the window covers: the visitor's offset today is one value, and Pagefind matches values exactly.
    hours: job.timezones ? [WINDOWED, ...windowOffsets(job.timezones).map(String)] : [],
    // The exact yearly figure: the page picks every value at or above the visitor's amount (payValuesReaching in src/search/seekers.ts).
    pay: [pay === undefined ? NO_PAY : String(pay)],
  };
}

/**
 * Sort keys as strings of digits. "posted" is the job's place in the
 * newest-first order (`byNewest`, posted then slug) counted from the oldest (`fromOldest`, from
 * src/search/parts.ts), not its date: jobs posted on one day would tie,
 * and Pagefind's order among them is not `byNewest`'s, so "Show more" after
 * the newest jobs drawn at build time could repeat one or skip one. "pay" is
 * `payKey`, the yearly maximum in the base currency, so an hourly job ranks
 * by its yearly equivalent (0 when it cannot be compared).
 */
export function searchSort(job: Facetable, rates: Rates, fromOldest: number): { posted: string; pay: string } {
  const pay = job.salary ? payKey(job.salary, rates) : undefined;
  return { posted: String(fromOldest).padStart(7, '0'), pay: String(pay ?? 0) };
}
