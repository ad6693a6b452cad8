/**
 * Answers -> the files to write. Pure: the caller says which companies exist
 * and what day it is, and decides what to do with missing or invalid
 * answers (ask for them, or stop with the message).
 */
import { jobSchema } from '../../schema/job.ts';
import { slugify } from '../../lib/slug.ts';
import { didYouMean } from '../../lib/suggest.ts';
import { answer, flagOf, type AnswerKey, type Answers } from './answers.ts';
import { checks, type CheckedValue } from './check.ts';
import { jobFileText, type JobFrontmatter } from './job-file.ts';
import { companyFileText, logoFileName, type NewCompany } from './company-file.ts';
import { placeholderLogoSvg } from './logo.ts';
import { applyLinkClash, type ApplyLinks } from './apply-links.ts';

export interface ScaffoldContext {
  /** "Today" as YYYY-MM-DD: the default for `posted`. */
  today: string;
  /** Ids of the profiles already in content/companies. */
  companies: readonly string[];
  /** Apply links of the open listings already on the board (see openApplyLinks); none when left out. */
  applyLinks?: ApplyLinks;
}

export interface PlannedFile {
  kind: 'job' | 'company' | 'logo';
  /** Relative to the content folder, with forward slashes: "jobs/<slug>.md". */
  path: string;
  text: string;
}

export interface ScaffoldPlan {
  slug: string;
  frontmatter: JobFrontmatter;
  /** Set when the plan creates a company profile. */
  newCompany?: NewCompany;
  files: PlannedFile[];
}

export interface MissingAnswer {
  key: AnswerKey;
  flag: string;
  /** Why it is needed, when that depends on other answers. */
  reason?: string;
}

export interface InvalidAnswer {
  flag: string;
  message: string;
}

export type PlanResult = { ok: true; plan: ScaffoldPlan } | { ok: false; missing: MissingAnswer[]; invalid: InvalidAnswer[] };

const companyDetailKeys = ['companyName', 'companyWebsite', 'companyLocation'] as const;
const salaryKeys = ['salaryMin', 'salaryMax', 'currency', 'period', 'estimated'] as const;
const sourceKeys = ['sourceName', 'sourceUrl'] as const;

/** The company id: --company, or the slug of a new company's name. */
export function companyIdOf(answers: Answers): string | undefined {
  const explicit = answer(answers, 'company');
  if (explicit) return explicit;
  const name = answer(answers, 'companyName');
  return name ? slugify(name) || undefined : undefined;
}

export function isNewCompany(answers: Answers, context: ScaffoldContext): boolean {
  const id = companyIdOf(answers);
  return id !== undefined && !context.companies.includes(id);
}

/** "senior-designer-acme": the title and company id as one slug. */
export function defaultSlug(title: string, companyId: string): string {
  return slugify(`${title}-${companyId}`);
}

/** The first of slug, slug-2, slug-3 … that is not taken. */
export function freeSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  let n = 2;
  while (taken(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** Required answers that are empty, given the others (region for remote jobs, a new company's name…). */
export function missingAnswers(answers: Answers, context: ScaffoldContext): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  const need = (key: AnswerKey, reason?: string) => {
    if (!answer(answers, key)) missing.push(reason ? { key, flag: flagOf(key), reason } : { key, flag: flagOf(key) });
  };
  const workplace = answer(answers, 'workplace');
  need('title');
  // The file is named after the title: one with no Latin letters or digits would be named after the company alone.
  const title = answer(answers, 'title');
  if (title && !slugify(title))
    need('slug', 'the title has no Latin letters or digits to name the file after, like support-associate-acme');
  if (!companyIdOf(answers)) need('company', 'an existing company id, or --company-name and --company-website for a new company');
  need('category');
  need('workplace');
  if (workplace === 'remote' || workplace === 'hybrid') need('region', `required for ${workplace} jobs`);
  if (workplace === 'hybrid' || workplace === 'onsite') need('location', `required for ${workplace} jobs`);
  need('experience');
  if (salaryKeys.some((key) => answer(answers, key))) need('salaryMin', 'required for a salary');
  if (sourceKeys.some((key) => answer(answers, key))) for (const key of sourceKeys) need(key, 'a source needs its name and its link');
  need('skills');
  need('apply');
  const id = companyIdOf(answers);
  if (id && checks.company(id).ok && isNewCompany(answers, context)) {
    const reason = `no profile content/companies/${id}.md yet: give these to create it, or use an existing --company${didYouMean(id, context.companies)}`;
    need('companyName', reason);
    need('companyWebsite', reason);
  }
  return missing;
}

/** Checks every answer and, when all are there and valid, returns the files to write. */
export function planListing(answers: Answers, context: ScaffoldContext): PlanResult {
  const missing = missingAnswers(answers, context);
  const invalid: InvalidAnswer[] = [];

  function value<K extends AnswerKey>(key: K): CheckedValue<K> | undefined {
    const raw = answer(answers, key);
    if (raw === undefined) return undefined;
    const result = checks[key](raw);
    if (result.ok) return result.value as CheckedValue<K>;
    invalid.push({ flag: flagOf(key), message: result.message });
    return undefined;
  }

  const title = value('title');
  const company = value('company');
  const category = value('category');
  const workplace = value('workplace');
  const employment = value('employment') ?? 'full-time';
  const region = value('region');
  const exclude = value('exclude');
  const location = value('location');
  const timezones = value('timezones');
  const experience = value('experience');
  const salaryMin = value('salaryMin');
  const salaryMax = value('salaryMax');
  const currency = value('currency') ?? 'EUR';
  const period = value('period') ?? 'year';
  const estimated = value('estimated');
  const skills = value('skills');
  const apply = value('apply');
  const clash = apply === undefined ? undefined : applyLinkClash(apply, context.applyLinks, title);
  if (clash) invalid.push({ flag: flagOf('apply'), message: clash });
  const posted = value('posted') ?? context.today;
  const expires = value('expires');
  const sourceName = value('sourceName');
  const sourceUrl = value('sourceUrl');
  const draft = value('draft');
  const slug = value('slug');
  const companyName = value('companyName');
  const companyWebsite = value('companyWebsite');
  const companyLocation = value('companyLocation');

  const companyId = company ?? companyIdOf(answers);
  const newCompany = isNewCompany(answers, context);
  if (companyId && !newCompany) {
    const extra = companyDetailKeys.find((key) => answer(answers, key));
    if (extra) {
      invalid.push({
        flag: flagOf(extra),
        message: `content/companies/${companyId}.md already exists; leave out --company-name, --company-website and --company-location to use it, or choose another --company id`,
      });
    }
  }

  if (missing.length || invalid.length || !title || !companyId || !category || !workplace || !experience || !skills || !apply) {
    return { ok: false, missing, invalid };
  }

  const frontmatter: JobFrontmatter = {
    title,
    company: companyId,
    category,
    workplace,
    employment,
    ...(region ? { region: region.length === 1 ? region[0]! : region } : {}),
    ...(exclude ? { exclude } : {}),
    ...(timezones ? { timezones } : {}),
    ...(location ? { location } : {}),
    experience,
    ...(salaryMin !== undefined
      ? {
          salary: {
            min: salaryMin,
            ...(salaryMax !== undefined ? { max: salaryMax } : {}),
            currency,
            period,
            ...(estimated ? { estimated: true as const } : {}),
          },
        }
      : {}),
    skills,
    posted,
    ...(expires ? { expires } : {}),
    apply,
    ...(sourceName && sourceUrl ? { source: { name: sourceName, url: sourceUrl } } : {}),
    ...(draft ? { draft: true as const } : {}),
  };

  // Rules across fields (max not below min, region for remote jobs…), with the schema's own messages.
  const whole = jobSchema.safeParse(frontmatter);
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const [field, sub] = issue.path;
      // salary.min is --salary-min, source.url --source-url; a group's other keys (timezones.from) are its one flag's.
      const key =
        field === 'salary' && typeof sub === 'string'
          ? (({ min: 'salaryMin', max: 'salaryMax' } as Record<string, AnswerKey>)[sub] ?? sub)
          : field === 'source' && typeof sub === 'string'
            ? `source-${sub}`
            : String(field);
      invalid.push({ flag: `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, message: issue.message });
    }
    return { ok: false, missing, invalid };
  }

  const finalSlug = slug ?? defaultSlug(title, companyId);
  const files: PlannedFile[] = [{ kind: 'job', path: `jobs/${finalSlug}.md`, text: jobFileText(frontmatter) }];
  let created: NewCompany | undefined;
  if (newCompany && companyName && companyWebsite) {
    created = { id: companyId, name: companyName, website: companyWebsite, ...(companyLocation ? { location: companyLocation } : {}) };
    files.push(
      { kind: 'company', path: `companies/${companyId}.md`, text: companyFileText(created) },
      { kind: 'logo', path: `companies/${logoFileName(companyId)}`, text: placeholderLogoSvg(companyId, companyName) },
    );
  }
  return { ok: true, plan: { slug: finalSlug, frontmatter, files, ...(created ? { newCompany: created } : {}) } };
}

/** One message for everything missing or wrong, one line per problem. */
export function describeProblems(missing: readonly MissingAnswer[], invalid: readonly InvalidAnswer[]): string {
  const lines: string[] = [];
  if (missing.length) {
    // Answers missing for the same reason are listed together: "--company-name, --company-website (no profile …)".
    const groups: { flags: string[]; reason?: string | undefined }[] = [];
    for (const item of missing) {
      const last = groups.at(-1);
      if (last && last.reason !== undefined && last.reason === item.reason) last.flags.push(item.flag);
      else groups.push({ flags: [item.flag], reason: item.reason });
    }
    lines.push(`Missing: ${groups.map((g) => `${g.flags.join(', ')}${g.reason ? ` (${g.reason})` : ''}`).join(', ')}`);
  }
  for (const item of invalid) lines.push(`${item.flag}: ${item.message}`);
  return lines.join('\n');
}
