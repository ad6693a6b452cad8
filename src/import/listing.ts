/**
 * A posting as a listing file: the frontmatter in the schema's field order,
 * written with the `yaml` package and the build's own YAML options (so
 * quoting is always what Astro reads back), the description in markdown, and
 * the `imported` note with its digest. A posting the importer cannot place
 * with confidence is written as a draft, with the reasons in a comment above
 * `draft: true`; it is never published wrong.
 */
import { Document, isMap, type Pair, type Scalar } from 'yaml';
import type { CategoryId } from '../config/categories.ts';
import type { EmploymentType, ExperienceLevel, Workplace } from '../schema/job.ts';
import { buildYamlOptions } from '../listing-files/source-file.ts';
import { addDays, daysBetween } from '../lib/dates.ts';
import type { Salary } from '../lib/salary.ts';
import { slugify } from '../lib/slug.ts';
import { blankDigest, sealed } from './digest.ts';
import { experienceFromTitle, skillsFor } from './fields.ts';
import { convertDescription } from './html-to-markdown.ts';
import type { Posting } from './posting.ts';
import type { ImportConfig } from './schema.ts';
import { services, type ServiceId } from './services.ts';

/** An open posting's listing closes this many days after it is posted, then in further steps of this size while it stays open. */
export const EXPIRY_STEP_DAYS = 30;
/** A step is added when fewer days than this are left, so the date moves once a month, not every day. */
export const EXPIRY_RUNWAY_DAYS = 7;

export interface ListingFields {
  title: string;
  company: string;
  category: CategoryId;
  workplace: Workplace;
  employment: EmploymentType;
  region?: string[] | undefined;
  location?: string | undefined;
  experience: ExperienceLevel;
  salary?: Salary | undefined;
  skills: string[];
  posted: string;
  expires: string;
  apply: string;
  source: { name: string; url: string };
}

export interface PlannedListing {
  fields: ListingFields;
  body: string;
  /** Why it is a draft; empty when it is not. */
  draftReasons: string[];
  /** What sanitising took out of the description, for the summary. */
  removed?: string | undefined;
}

/** The closing date: the service's own when it has a usable one, else posted + whole steps, at least a runway ahead of today. */
export function expiryFor(posted: string, today: string, closes?: string): string {
  if (closes && closes >= today && closes >= posted) return closes;
  const steps = Math.max(1, Math.ceil((daysBetween(posted, today) + EXPIRY_RUNWAY_DAYS) / EXPIRY_STEP_DAYS));
  return addDays(posted, steps * EXPIRY_STEP_DAYS);
}

/** The category for a posting's department, by the profile's `departments` map (case-insensitive), else the profile's category. */
export function categoryFor(config: ImportConfig, department: string | undefined): CategoryId {
  if (department && config.departments) {
    const wanted = department.trim().toLowerCase();
    for (const [name, category] of Object.entries(config.departments)) if (name.trim().toLowerCase() === wanted) return category;
  }
  return config.category;
}

export interface BuildContext {
  service: ServiceId;
  company: string;
  config: ImportConfig;
  today: string;
  /** `posted` of the listing the importer wrote before, kept when the service gives no date. */
  previousPosted?: string | undefined;
}

/** The listing for a posting, or why none can be written. */
export function planListing(
  posting: Posting,
  context: BuildContext,
): { ok: true; listing: PlannedListing } | { ok: false; reason: string } {
  if (!posting.title) return { ok: false, reason: 'has no title' };
  const { markdown: body, removed } = convertDescription(posting.description);
  if (!body) return { ok: false, reason: 'has no description text' };
  const draftReasons: string[] = [];
  const { place } = posting;
  let placed: Pick<ListingFields, 'workplace' | 'region' | 'location'>;
  if (place.unsure || !place.workplace) {
    draftReasons.push(place.unsure ?? 'the posting does not say where the work happens');
    // A placeholder that passes the schema; the comment above `draft` says what to fix.
    placed = { workplace: 'onsite', location: 'Location unknown' };
  } else {
    placed = { workplace: place.workplace, region: place.region, location: place.location };
  }
  if (posting.pay.unsure) draftReasons.push(`${posting.pay.unsure}; the salary is left out`);
  const published = posting.published && posting.published >= '2000-01-01' ? posting.published : undefined;
  // A publish date after today is a clock difference between the service and us.
  const posted = published ? (published > context.today ? context.today : published) : (context.previousPosted ?? context.today);
  const employment = posting.employment ?? 'full-time';
  return {
    ok: true,
    listing: {
      fields: {
        title: posting.title,
        company: context.company,
        category: categoryFor(context.config, posting.department),
        ...placed,
        employment,
        experience: experienceFromTitle(posting.title, employment),
        salary: posting.pay.salary,
        skills: skillsFor({ title: posting.title, tags: posting.tags, department: posting.department, team: posting.team }),
        posted,
        expires: expiryFor(posted, context.today, posting.closes),
        apply: posting.applyUrl,
        source: { name: services[context.service].label, url: posting.postingUrl },
      },
      body,
      draftReasons,
      removed,
    },
  };
}

/** "Backend Engineer (Go)" at acme → "backend-engineer-go-acme"; long titles are cut at a word. */
export function baseSlug(title: string, company: string): string {
  let words = '';
  for (const word of slugify(title).split('-').filter(Boolean))
    if (`${words}-${word}`.length <= 60) words = words ? `${words}-${word}` : word;
  return words ? `${words}-${company}` : `job-${company}`;
}

/** The file's text, sealed with its digest. */
export function renderListing(listing: PlannedListing, imported: { from: ServiceId; id: string }): string {
  const { fields } = listing;
  const data: Record<string, unknown> = {
    title: fields.title,
    company: fields.company,
    category: fields.category,
    workplace: fields.workplace,
    employment: fields.employment,
    ...(fields.region ? { region: fields.region.length === 1 ? fields.region[0] : fields.region } : {}),
    ...(fields.location ? { location: fields.location } : {}),
    experience: fields.experience,
    ...(fields.salary ? { salary: salaryFields(fields.salary) } : {}),
    skills: fields.skills,
    // Dates as Dates, so the timestamp tag writes them plain (posted: 2026-11-10), as editors write them.
    posted: new Date(`${fields.posted}T00:00:00Z`),
    expires: new Date(`${fields.expires}T00:00:00Z`),
    apply: fields.apply,
    source: fields.source,
    ...(listing.draftReasons.length ? { draft: true } : {}),
    imported: { from: imported.from, id: imported.id, digest: blankDigest },
  };
  const doc = new Document(data, buildYamlOptions);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair<Scalar, { flow?: boolean; commentBefore?: string }>[]) {
      const key = pair.key?.value;
      if ((key === 'skills' || key === 'region') && pair.value) pair.value.flow = true;
      if (key === 'imported' && isMap(pair.value)) {
        const digest = (pair.value.items as Pair<Scalar, Scalar>[]).find((item) => item.key?.value === 'digest');
        if (digest?.value) digest.value.type = 'QUOTE_DOUBLE';
      }
      if (key === 'draft') {
        const reasons = listing.draftReasons.map((reason) => reason.replace(/[\r\n\u2028\u2029]+/g, ' '));
        pair.key.commentBefore = ` Draft: ${reasons.join('; ')}.\n Check the fields against the posting, then delete draft to publish.`;
      }
    }
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return sealed(`---\n${yaml}---\n${listing.body}\n`);
}

function salaryFields(salary: Salary): Record<string, unknown> {
  return {
    min: salary.min,
    ...(salary.max !== undefined ? { max: salary.max } : {}),
    currency: salary.currency,
    period: salary.period,
  };
}
