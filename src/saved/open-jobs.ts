/**
 * Which jobs are still open, for the saved-jobs page. The build writes the
 * open jobs' slugs, each with its closing day, into small parts
 * (/saved/open-<n>.json), and the page fetches only the parts its saved
 * jobs fall in: a few KB, however large the board. Build and browser find
 * a slug's part with the same hash, so no lookup table is needed.
 */
import { jsonObject } from '../client/storage.ts';

/** About how many jobs one part lists: a part is a few KB gzipped. */
export const openJobsPartSize = 250;

export function openJobsPartCount(openJobs: number): number {
  return Math.max(1, Math.ceil(openJobs / openJobsPartSize));
}

/** The part a slug is listed in: FNV-1a over its characters (slugs are ASCII), modulo the part count. */
export function openJobsPartOf(slug: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

/** Slug → the last day it takes applications (YYYY-MM-DD), as one part lists them. */
export type OpenJobsPart = Record<string, string>;

/** Every part's contents, in part order. */
export function openJobsParts(jobs: readonly { slug: string; closes: string }[]): OpenJobsPart[] {
  const parts: OpenJobsPart[] = Array.from({ length: openJobsPartCount(jobs.length) }, () => ({}));
  for (const job of jobs) parts[openJobsPartOf(job.slug, parts.length)]![job.slug] = job.closes;
  return parts;
}

/** A fetched part, checked: only slug → day pairs are kept. */
export function parseOpenJobsPart(value: unknown): OpenJobsPart | undefined {
  const record = jsonObject(value);
  if (!record) return undefined;
  return Object.fromEntries(Object.entries(record).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
}

/**
 * Open when the build listed it and its closing day has not passed on the
 * visitor's calendar: a site that was not rebuilt for a few days still says
 * "closed" on time. A job the build did not list has closed or left the board.
 */
export function isStillOpen(slug: string, part: OpenJobsPart, today: string): boolean {
  const closes = Object.hasOwn(part, slug) ? part[slug] : undefined;
  return closes !== undefined && today <= closes;
}
