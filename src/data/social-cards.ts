/**
 * What each open job's social image shows, for the build step that paints
 * them (scripts/social-images.ts). Astro only writes this list; painting
 * happens outside its render loop, where cards already drawn by an earlier
 * build are hard-linked from the cache in microseconds and new ones are
 * drawn on every core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Company, Job } from './board.ts';
import { site } from '../config/site.ts';
import { routes } from '../lib/routes.ts';
import { whereFacts } from '../lib/places.ts';
import { formatSalary } from '../lib/salary.ts';

export interface SocialCardEntry {
  /** Where the image goes, relative to the output folder: "jobs/<slug>/social.jpg". */
  path: string;
  title: string;
  company: string;
  facts: string;
  salary?: string;
  /** Absolute path of the company's logo file, when it has one. */
  logo?: string;
}

export interface SocialCardList {
  boardName: string;
  cards: SocialCardEntry[];
}

/** The social image's path of a job, relative to the site root: "/jobs/<slug>/social.jpg". */
export function socialImagePath(job: Pick<Job, 'slug'>): string {
  return `${routes.job(job.slug)}social.jpg`;
}

/**
 * The company's logo file, from its profile's `logo:` line (Astro's image
 * metadata has no file path). The validator has already checked that it is
 * a safe image inside content/companies/.
 */
function logoFile(company: Company): string | undefined {
  const profile = company.entry.filePath;
  if (!profile) return undefined;
  const raw = readFileSync(resolve(profile), 'utf8');
  const logo = /^logo:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(raw)?.[1];
  return logo ? logoFileNextTo(profile, logo) : undefined;
}

/** The absolute path of a logo written relative to its profile, when the file exists. */
export function logoFileNextTo(profile: string, logo: string): string | undefined {
  const file = resolve(dirname(resolve(profile)), logo);
  return existsSync(file) ? file : undefined;
}

/** What a card is painted from: the job's own fields, its company's name and logo file. */
export type CardSource = Pick<Job, 'slug' | 'title' | 'workplace' | 'region' | 'location' | 'salary'> & {
  companyName: string;
  logo?: string | undefined;
};

/**
 * One job's card. Astro's list and the cache warmer (scripts/social/warm-cache.ts)
 * both call this, so a card painted ahead has the same content key as the one Astro lists.
 */
export function socialCardEntry(job: CardSource): SocialCardEntry {
  return {
    path: socialImagePath(job).slice(1),
    title: job.title,
    company: job.companyName,
    facts: whereFacts(job).join(' · '),
    ...(job.salary ? { salary: `${formatSalary(job.salary)}${job.salary.estimated ? ' (estimated)' : ''}` } : {}),
    ...(job.logo ? { logo: job.logo } : {}),
  };
}

export function socialCardList(openJobs: readonly Job[]): SocialCardList {
  const logos = new Map<string, string | undefined>();
  const logoOf = (company: Company) => {
    if (!logos.has(company.id)) logos.set(company.id, logoFile(company));
    return logos.get(company.id);
  };
  return {
    boardName: site.name,
    cards: openJobs.map((job) => socialCardEntry({ ...job, companyName: job.company.data.name, logo: logoOf(job.company) })),
  };
}
