/**
 * What each open job's social image shows, for the build step that paints
 * them (src/social/place-cards.ts). Astro only writes this list; painting
 * happens outside its render loop, where cards already drawn by an earlier
 * build are hard-linked from the cache in microseconds and new ones are
 * drawn on every core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Company, Job } from '../board/board.ts';
import { site, type SocialCards } from '../config/site.ts';
import { socialCardsSetting } from './setting.ts';
import { routes } from '../lib/routes.ts';
import { whereFacts } from '../lib/places.ts';
import { salaryText } from '../lib/salary.ts';
import { companyProfileSchema, logoPathSchema } from '../schema/company.ts';
import { readSourceFile } from '../listing-files/source-file.ts';

export interface SocialCardEntry {
  /** Where the image goes, relative to the output folder: "jobs/<slug>/social.png". */
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

/** The social image's path of a job, relative to the site root: "/jobs/<slug>/social.png". */
export function socialImagePath(job: Pick<Job, 'slug'>): string {
  return `${routes.job(job.slug)}social.png`;
}

/** True for a path in the built site ("jobs/<slug>/social.png", with "/") that is a job's card. */
export function isSocialCardFile(relativePath: string): boolean {
  const slug = relativePath.split('/')[1];
  return slug !== undefined && socialImagePath({ slug }) === `/${relativePath}`;
}

/**
 * The image a job's page shares, relative to the site root: its own card
 * when it is open and cards are painted per job; undefined means the
 * board's image (the layout's default), as for closed jobs, which get no card.
 */
export function jobShareImagePath(job: Pick<Job, 'slug' | 'open'>, setting: SocialCards = socialCardsSetting()): string | undefined {
  return job.open && setting === 'per-job' ? socialImagePath(job) : undefined;
}

/**
 * A company as its cards show it: its name and logo file (Astro's image
 * metadata has no file path), read from the profile the way the validator
 * reads it: the frontmatter's own `logo` field, never a line of text that
 * only looks like one. Undefined for a profile that cannot be read or is
 * invalid; the validator reports those. Astro's card list and the warmer
 * (src/social/warm-cache.ts) both read companies through this.
 */
export function companyForCards(profile: string, bytes?: Uint8Array): { name: string; logo?: string } | undefined {
  let source = bytes;
  if (!source) {
    try {
      source = readFileSync(resolve(profile));
    } catch {
      return undefined;
    }
  }
  const read = readSourceFile(profile, source);
  const parsed = read.ok ? companyProfileSchema.safeParse(read.source.data) : undefined;
  if (!parsed?.success) return undefined;
  const logo = logoFileNextTo(profile, parsed.data.logo);
  return { name: parsed.data.name, ...(logo ? { logo } : {}) };
}

/**
 * The absolute path of a logo written relative to its profile, when the
 * file exists. The painter copies this file into public images, so only a
 * plain file name in the profile's own folder counts, whatever called this.
 */
export function logoFileNextTo(profile: string, logo: string): string | undefined {
  if (!logoPathSchema.safeParse(logo).success) return undefined;
  const folder = dirname(resolve(profile));
  const file = resolve(folder, logo);
  return dirname(file) === folder && existsSync(file) ? file : undefined;
}

/** What a card is painted from: the job's own fields, its company's name and logo file. */
export type CardSource = Pick<Job, 'slug' | 'title' | 'workplace' | 'region' | 'location' | 'salary'> & {
  companyName: string;
  logo?: string | undefined;
};

/**
 * One job's card. Astro's list and the cache warmer (src/social/warm-cache.ts)
 * both call this, so a card painted ahead has the same content key as the one Astro lists.
 */
export function socialCardEntry(job: CardSource): SocialCardEntry {
  return {
    path: socialImagePath(job).slice(1),
    title: job.title,
    company: job.companyName,
    facts: whereFacts(job).join(' · '),
    ...(job.salary ? { salary: salaryText(job.salary) } : {}),
    ...(job.logo ? { logo: job.logo } : {}),
  };
}

/** The cards to paint: one per open job, or none when every page shares the board's image. */
export function socialCardList(openJobs: readonly Job[], setting: SocialCards = socialCardsSetting()): SocialCardList {
  if (setting === 'board') return { boardName: site.name, cards: [] };
  const logos = new Map<string, string | undefined>();
  const logoOf = (company: Company) => {
    if (!logos.has(company.id)) logos.set(company.id, company.entry.filePath ? companyForCards(company.entry.filePath)?.logo : undefined);
    return logos.get(company.id);
  };
  return {
    boardName: site.name,
    cards: openJobs.map((job) => socialCardEntry({ ...job, companyName: job.company.data.name, logo: logoOf(job.company) })),
  };
}
