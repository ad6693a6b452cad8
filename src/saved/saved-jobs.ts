/**
 * The visitor's saved jobs, kept in their browser's storage (never sent
 * anywhere). Each entry keeps what the saved-jobs page shows, so a job that
 * has since closed, or left the board, can still be named. What comes back
 * from storage may have been edited by hand or written by another version:
 * anything that is not a well-formed entry is dropped, not trusted.
 */
import { isSlug } from '../lib/slug.ts';
import { jsonObject } from '../client/storage.ts';

export interface SavedJob {
  slug: string;
  title: string;
  company: string;
  /** The visitor's calendar day it was saved on, YYYY-MM-DD. */
  saved: string;
}

/** The most a visitor keeps; older saves drop off the end first. */
export const savedJobsLimit = 200;

/** Longer than any title or company name the schema allows: a longer one is not ours. */
const maxTextLength = 500;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= maxTextLength;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function parseEntry(value: unknown): SavedJob | undefined {
  const entry = jsonObject(value);
  if (!entry) return undefined;
  const { slug, title, company, saved } = entry;
  if (
    typeof slug !== 'string' ||
    !isSlug(slug) ||
    !isText(title) ||
    typeof company !== 'string' ||
    company.length > maxTextLength ||
    !isDay(saved)
  )
    return undefined;
  return { slug, title, company, saved };
}

/** The saved jobs in what storage held, newest save first; [] for anything unreadable. */
export function parseSavedJobs(value: unknown): SavedJob[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const jobs: SavedJob[] = [];
  for (const item of value) {
    const job = parseEntry(item);
    if (job && !seen.has(job.slug)) {
      seen.add(job.slug);
      jobs.push(job);
    }
  }
  return jobs.slice(0, savedJobsLimit);
}

export const isSaved = (jobs: readonly SavedJob[], slug: string) => jobs.some((job) => job.slug === slug);

/** The list with the job saved at the top (moved there if it was saved before). */
export function withJob(jobs: readonly SavedJob[], job: SavedJob): SavedJob[] {
  return [job, ...withoutJob(jobs, job.slug)].slice(0, savedJobsLimit);
}

export function withoutJob(jobs: readonly SavedJob[], slug: string): SavedJob[] {
  return jobs.filter((job) => job.slug !== slug);
}
