/**
 * The one place that loads listings: it joins jobs to companies, applies the
 * draft and expiry rules, sorts deterministically and builds every grouping
 * once per build. Pages only ever read from `loadBoard()`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { categories, type Category } from '../config/categories.ts';
import { regions } from '../config/regions.ts';
import { site } from '../config/site.ts';
import { workplaces, type Workplace } from '../schema/job.ts';
import { closingDate, isOpen } from '../lib/expiry.ts';
import { byBoardOrder } from '../lib/sort.ts';
import { canonicalSkillLabels, skillId } from '../lib/skills.ts';
import { lookalikeNameProblems } from '../listing-files/validate/impersonation.ts';
import { isOpenTo, placeLabel, placeSlug } from '../lib/places.ts';
import { placesForResidents, residentCountries } from '../lib/eligibility.ts';
import { groupByMany } from '../lib/group.ts';
import { similarJobsFinder } from '../lib/similar.ts';
import { isSlug } from '../lib/slug.ts';
import { listedJobs } from '../lib/list-limit.ts';
import { jobLinks, type JobLinks } from '../lib/job-links.ts';
import { buildDate } from './build-date.ts';

export type Company = {
  id: string;
  data: CollectionEntry<'companies'>['data'];
  entry: CollectionEntry<'companies'>;
};

export type Skill = { id: string; label: string };

export type Job = Omit<CollectionEntry<'jobs'>['data'], 'company' | 'category' | 'skills'> & {
  slug: string;
  company: Company;
  category: Category;
  skills: Skill[];
  skillIds: string[];
  closes: string;
  open: boolean;
  entry: CollectionEntry<'jobs'>;
};

export type Place = { slug: string; entry: string; label: string; kind: 'region' | 'country'; countries: ReadonlySet<string> };

export interface Board {
  today: string;
  /** Every published job, open or closed: closed jobs keep their page. */
  jobs: Job[];
  /** Open jobs in board order. */
  openJobs: Job[];
  companies: Company[];
  /** Every configured region, and each country an open job is open to by name. */
  places: Place[];
  /** The skills open jobs name: each has a page, and only these do. */
  skills: Skill[];
  jobsByCategory: Map<string, Job[]>;
  jobsBySkill: Map<string, Job[]>;
  jobsByCompany: Map<string, Job[]>;
  jobsByPlace: Map<string, Job[]>;
  /** The region and country pages each open job appears on. */
  placeSlugsOf: (job: Job) => string[];
  jobsByWorkplace: Map<Workplace, Job[]>;
  similarTo: (job: Job, limit?: number) => Job[];
  /** A job page's skills and places, linked where their page exists (a closed job may name one that has none). */
  linksOf: (job: Job) => JobLinks;
}

class ContentError extends Error {
  override name = 'ContentError';
}

function problem(file: string, field: string, message: string): never {
  throw new ContentError(`${file}: ${field}: ${message}`);
}

async function build(): Promise<Board> {
  const today = buildDate();
  const showDrafts = !import.meta.env.PROD;

  const companies: Company[] = (await getCollection('companies'))
    .map((entry) => ({ id: entry.id, data: entry.data, entry }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));
  const companyById = new Map(companies.map((c) => [c.id, c]));
  // The validator's rule again: a board built without it must not show two companies visitors cannot tell apart.
  const [lookalike] = lookalikeNameProblems(
    companies.map((c) => ({ file: c.entry.filePath ?? `content/companies/${c.id}.md`, line: 1, name: c.data.name, id: c.id })),
  );
  if (lookalike) problem(lookalike.file, lookalike.field, lookalike.message);
  const categoryById = new Map<string, Category>(categories.map((c) => [c.id, c]));

  const entries = (await getCollection('jobs')).filter((entry) => showDrafts || !entry.data.draft);
  const skillLabels = canonicalSkillLabels(
    entries.flatMap(({ data }) => {
      const open = isOpen(data, today, site.defaultExpiryDays);
      return data.skills.map((label) => ({ label, company: data.company, posted: data.posted, open }));
    }),
  );

  const jobs: Job[] = entries
    .map((entry): Job => {
      const file = entry.filePath ?? `content/jobs/${entry.id}.md`;
      if (!isSlug(entry.id)) {
        problem(file, 'file name', `"${entry.id}" is not a valid slug; rename the file using lowercase words joined by hyphens`);
      }
      const company = companyById.get(entry.data.company);
      if (!company) {
        problem(file, 'company', `"${entry.data.company}" has no profile; add content/companies/${entry.data.company}.md or fix the id`);
      }
      const skills = entry.data.skills.map((label) => {
        const id = skillId(label);
        return { id, label: skillLabels.get(id) ?? label };
      });
      const closes = closingDate(entry.data, site.defaultExpiryDays);
      return {
        ...entry.data,
        slug: entry.id,
        company,
        category: categoryById.get(entry.data.category)!,
        skills,
        skillIds: skills.map((s) => s.id),
        closes,
        open: isOpen(entry.data, today, site.defaultExpiryDays),
        entry,
      };
    })
    .sort(byBoardOrder);

  const openJobs = jobs.filter((job) => job.open);

  // Region pages: every configured region, plus each country whose residents can take an open job by name
  // (only open jobs, as for skills: a country only closed jobs name would have an empty page). An office
  // job counts where its office is (placesForResidents), as search's "I live in" does.
  const jobEntries = new Map(openJobs.map((job) => [job, placesForResidents(job)]));
  const named = new Set([...jobEntries.values()].flat());
  const places: Place[] = [
    ...regions.map((r) => ({ slug: r.id, entry: r.id, label: r.label, kind: 'region' as const, countries: new Set<string>(r.countries) })),
    ...[...named]
      .filter((entry) => !regions.some((r) => r.id === entry))
      .map((code) => ({
        slug: placeSlug(code),
        entry: code,
        label: placeLabel(code),
        kind: 'country' as const,
        countries: new Set([code]),
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  ];

  // A job is listed under a place when residents of any of its countries can take it from there (residentCountries).
  const jobCountries = new Map(openJobs.map((job) => [job, residentCountries(job)]));
  const jobsByPlace = new Map(
    places.map((place) => [place.slug, openJobs.filter((job) => isOpenTo(place, jobEntries.get(job)!, jobCountries.get(job)!))]),
  );

  const placeSlugsByJob = groupByMany(
    [...jobsByPlace].flatMap(([slug, placeJobs]) => placeJobs.map((job) => ({ job, slug }))),
    ({ job }) => [job.slug],
  );

  // Skills of open jobs only: one only closed jobs name would open an empty page (their pages show it unlinked).
  const skills = [...new Map(openJobs.flatMap((job) => job.skills).map((s) => [s.id, s])).values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
  );

  const builtPages = { skillIds: new Set(skills.map((s) => s.id)), placeSlugs: new Set(places.map((p) => p.slug)) };

  return {
    today,
    jobs,
    openJobs,
    companies,
    places,
    skills,
    jobsByCategory: groupByMany(openJobs, (job) => [job.category.id]),
    jobsBySkill: groupByMany(openJobs, (job) => job.skillIds),
    jobsByCompany: groupByMany(openJobs, (job) => [job.company.id]),
    jobsByPlace,
    placeSlugsOf: (job) => placeSlugsByJob.get(job.slug)?.map(({ slug }) => slug) ?? [],
    jobsByWorkplace: new Map(workplaces.map((w) => [w, openJobs.filter((job) => job.workplace === w)])),
    similarTo: similarJobsFinder(openJobs, (job) => jobCountries.get(job) ?? residentCountries(job)),
    linksOf: (job) => jobLinks(job, builtPages),
  };
}

/** Pages a capped list shows: site.listPageLimit, or LIST_PAGE_LIMIT for one build (the tests' sub-path board). */
function listPageLimit(): number {
  const fromEnv = Number(process.env['LIST_PAGE_LIMIT']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : site.listPageLimit;
}

/** The jobs the home page's list, and a skill, region or workplace list, show: their newest pages only (see src/lib/list-limit.ts). */
export function limitedListing(jobs: readonly Job[]): Job[] {
  return listedJobs(jobs, site.pageSize, listPageLimit());
}

let board: Promise<Board> | undefined;

/** Loaded once per build and shared by every page. */
export function loadBoard(): Promise<Board> {
  board ??= build();
  return board;
}
