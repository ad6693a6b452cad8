/**
 * Checks listings and company profiles with the same schema the site uses,
 * plus the rules that need more than one file. Pure: callers hand in the
 * bytes, so tests need no disk and the CLI decides what to read.
 */
import type { z } from 'astro/zod';
import { basename, dirname, join } from 'node:path/posix';
import {
  jobSchema,
  companyProfileSchema,
  logoPathSchema,
  unknownFieldsMessage,
  jobShape,
  groupFields,
  quote,
  shorten,
  crossFieldIssues,
} from '../../schema/listing.ts';
import { closingDate } from '../../lib/expiry.ts';
import { expiryDoubt, mixedScriptDoubt, salaryDoubts } from './doubts.ts';
import { salaryBanding } from '../../config/search.ts';
import { countryOfLocation } from '../../lib/location.ts';
import { isSlug, slugify } from '../../lib/slug.ts';
import { didYouMean, suggest } from '../../lib/suggest.ts';
import { readSourceFile, type SourceFile } from '../source-file.ts';
import { checkBody } from './body.ts';
import { logoProblem } from './logo.ts';
import { isPlaceholderAddress } from './placeholder-address.ts';
import { byLocation, type Problem } from '../problem.ts';
import { applyAddressKey } from './apply-address.ts';

export interface ContentFile {
  /** Path as shown to editors, with forward slashes ("content/jobs/x.md"). */
  path: string;
  bytes: Uint8Array;
}

export interface ValidateInput {
  jobs: readonly ContentFile[];
  companies: readonly ContentFile[];
  /** Reads a file next to a profile (its logo); undefined when missing. */
  readFile: (path: string) => Uint8Array | undefined;
  today: string;
  defaultExpiryDays: number;
  /** Logo files the build could not use, with what is wrong and the fix (src/listing-files/validate/decode-image.ts). */
  undecodableImages?: ReadonlyMap<string, string> | undefined;
  /** Report problems for these paths only (cross-file rules still see every file). */
  only?: ReadonlySet<string> | undefined;
}

/** An unknown key as an editor can find it: quoted when blank or full of control characters, cut when long. */
function shownKey(key: string): string {
  const short = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return short.trim() === '' || /[\u0000-\u001f\u007f]/.test(short) ? JSON.stringify(short) : short;
}

/** The keys allowed where an unknown key was found: inside a group (salary, source) the group's own. */
function allowedAt(path: readonly PropertyKey[], allowed: readonly string[]): readonly string[] {
  return path.length ? (groupFields[String(path[0])] ?? allowed) : allowed;
}

function schemaProblems(file: string, source: SourceFile, issues: readonly z.core.$ZodIssue[], allowed: readonly string[]): Problem[] {
  // zod 4 still runs a field's length checks when its type is wrong ("title: [a, b]" is also "too short"):
  // once a field is the wrong type, that is the one thing to fix.
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')));
  // A misspelt key ("experiance") is reported with its suggestion; the field it meant is not also "required".
  const meant = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => suggest(key, allowedAt(issue.path, allowed))) : [],
    ),
  );
  const missingButMisspelt = (issue: z.core.$ZodIssue) =>
    issue.path.length === 1 && meant.has(String(issue.path[0])) && source.data[String(issue.path[0])] === undefined;
  const relevant = issues.filter(
    (issue) => !missingButMisspelt(issue) && (issue.code === 'invalid_type' || !wrongType.has(issue.path.join('.'))),
  );
  return relevant.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowedHere = allowedAt(issue.path, allowed);
      // One problem per unknown key, on that key's own line.
      return issue.keys.map((key) => ({
        file,
        line: source.lineOf([...issue.path, key]),
        field: [...issue.path, shownKey(key)].join('.'),
        message: unknownFieldsMessage([shownKey(key)], allowedHere),
        severity: 'error',
      }));
    }
    const field = issue.path.join('.') || 'frontmatter';
    return [{ file, line: source.lineOf(issue.path), field, message: issue.message, severity: 'error' }];
  });
}

/** What is wrong with a profile's logo file, if anything: missing, unsafe or not an image. */
function logoFileProblem(profile: string, logoPath: string, input: ValidateInput): string | undefined {
  const path = join(dirname(profile), logoPath);
  const logo = input.readFile(path);
  if (!logo) return `${shorten(logoPath)} was not found next to the profile; add the image file or fix the path`;
  const undecodable = input.undecodableImages?.get(path);
  return logoProblem(basename(path), logo) ?? (undecodable ? `${basename(path)} ${undecodable}` : undefined);
}

/** `npm run new` and the "Post a job" template write guidance starting with "Replace …"; warn until the editor has replaced it all. */
function placeholderProblems(file: string, source: SourceFile, field: 'description' | 'about'): Problem[] {
  const lines = source.body.split('\n');
  const index = lines.findIndex((line) => /^(?:[-*]\s+)?Replace (?:this|each)\b/.test(line.trim()));
  if (index < 0) return [];
  return [
    {
      file,
      line: source.bodyLine + index,
      field,
      message: 'still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place',
      severity: 'warning',
    },
  ];
}

/**
 * When some fields are wrong, zod skips the rules between fields. Apply them
 * (and the future-date rule) to the fields that are valid on their own, so
 * an editor sees every problem in one run.
 */
function partialChecks(file: string, source: SourceFile, today: string, already: readonly Problem[]): Problem[] {
  const valid = <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, key: string): T | undefined => {
    const parsed = schema.safeParse(source.data[key]);
    return parsed.success ? parsed.data : undefined;
  };
  const fields = {
    workplace: valid(jobShape.workplace, 'workplace'),
    region: valid(jobShape.region, 'region'),
    location: valid(jobShape.location, 'location'),
    posted: valid(jobShape.posted, 'posted'),
    expires: valid(jobShape.expires, 'expires'),
  };
  const found: Problem[] = crossFieldIssues(fields).map(({ path, message }) => ({
    file,
    line: source.lineOf(path),
    field: path[0],
    message,
    severity: 'error',
  }));
  if (fields.posted && fields.posted > today) {
    found.push({ file, line: source.lineOf(['posted']), field: 'posted', message: futureMessage(fields.posted, today), severity: 'error' });
  }
  // "region.1 is not a region" already covers "region is required": compare whole fields, not paths.
  return found.filter((p) => !already.some((q) => q.file === p.file && q.field.split('.')[0] === p.field));
}

const futureMessage = (posted: string, today: string) => `(${posted}) is in the future; use today's date (${today}) or earlier`;

function fileNameProblem(file: string): Problem | undefined {
  const name = basename(file).replace(/\.md$/i, '');
  if (isSlug(name) && file.endsWith('.md')) return undefined;
  const better = slugify(name) || 'job-title-company';
  return {
    file,
    line: 1,
    field: 'file name',
    message: `"${basename(file)}" is not a valid slug; rename it to "${better}.md" (lowercase words joined by hyphens)`,
    severity: 'error',
  };
}

export function validateContent(input: ValidateInput): Problem[] {
  const problems: Problem[] = [];
  const companyIds = new Set(input.companies.map((c) => basename(c.path).replace(/\.md$/i, '')));

  // Company profiles.
  for (const company of input.companies) {
    const nameProblem = fileNameProblem(company.path);
    if (nameProblem) problems.push(nameProblem);
    const read = readSourceFile(company.path, company.bytes);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { source } = read;
    problems.push(...read.warnings);
    // The about text is rendered like a job description, so the same raw HTML, image and link rules apply.
    problems.push(...checkBody(company.path, source.body, source.bodyLine, { length: false }).map((p) => ({ ...p, field: 'about' })));
    const result = companyProfileSchema.safeParse(source.data);
    if (!result.success) {
      problems.push(...schemaProblems(company.path, source, result.error.issues, ['name', 'website', 'logo', 'location']));
    }
    if (result.success && isPlaceholderAddress(result.data.website)) {
      const message = `${quote(result.data.website)} is a placeholder address; use the company's own site`;
      problems.push({ file: company.path, line: source.lineOf(['website']), field: 'website', message, severity: 'error' });
    }
    const lookalike = result.success ? mixedScriptDoubt('name', result.data.name) : undefined;
    if (lookalike) problems.push({ file: company.path, line: source.lineOf(['name']), ...lookalike, severity: 'warning' });
    // The logo file is checked whenever its path is valid, so one run reports it with the other fields.
    const logoField = logoPathSchema.safeParse(source.data['logo']);
    const logoIssue = logoField.success ? logoFileProblem(company.path, logoField.data, input) : undefined;
    if (logoIssue)
      problems.push({ file: company.path, line: source.lineOf(['logo']), field: 'logo', message: logoIssue, severity: 'error' });
    if (!source.body.trim()) {
      problems.push({
        file: company.path,
        line: source.bodyLine,
        field: 'about',
        message: 'is empty; add two or three sentences about the company below the frontmatter',
        severity: 'warning',
      });
    }
    problems.push(...placeholderProblems(company.path, source, 'about'));
  }

  // Listings.
  const seenSlugs = new Map<string, string>();
  const openApplyLinks = new Map<string, { file: string; line: number; url: string }[]>();
  for (const job of input.jobs) {
    const nameProblem = fileNameProblem(job.path);
    if (nameProblem) problems.push(nameProblem);
    const slug = basename(job.path).replace(/\.md$/i, '').toLowerCase();
    const twin = seenSlugs.get(slug);
    if (twin) {
      problems.push({
        file: job.path,
        line: 1,
        field: 'file name',
        message: `gives the same page address as ${twin}; rename one of them`,
        severity: 'error',
      });
    } else seenSlugs.set(slug, job.path);

    const read = readSourceFile(job.path, job.bytes);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { source } = read;
    problems.push(...read.warnings);
    problems.push(...checkBody(job.path, source.body, source.bodyLine));
    problems.push(...placeholderProblems(job.path, source, 'description'));
    const result = jobSchema.safeParse(source.data);
    if (!result.success) {
      problems.push(...schemaProblems(job.path, source, result.error.issues, Object.keys(jobShape)));
      problems.push(...partialChecks(job.path, source, input.today, problems));
      continue;
    }
    const data = result.data;
    const problem = (field: string, message: string, severity: Problem['severity'] = 'error') =>
      problems.push({ file: job.path, line: source.lineOf([field]), field, message, severity });

    if (!companyIds.has(data.company)) {
      const hint = didYouMean(data.company, [...companyIds]);
      problem(
        'company',
        `${quote(data.company)} has no profile${hint}; add content/companies/${shorten(data.company)}.md (see CONTRIBUTING.md) or use an existing company id`,
      );
    }
    if (data.posted > input.today) {
      problem('posted', futureMessage(data.posted, input.today));
    }
    const closes = closingDate(data, input.defaultExpiryDays);
    const open = closes >= input.today;
    if (!open && !data.draft) {
      problem(
        data.expires ? 'expires' : 'posted',
        `the job closed on ${closes}. That is expected if you closed it: its page stays up, marked closed. Set a later expires date only if it is still open`,
        'warning',
      );
    }
    if (isPlaceholderAddress(data.apply)) {
      problem('apply', `${quote(data.apply)} is a placeholder address; link to the real job posting or mailbox`, 'error');
    }
    if (!data.salary) {
      problem(
        'salary',
        'is missing; listings with a salary get more applicants. Add min, max, currency and period, with estimated: true if it is your estimate',
        'warning',
      );
    }
    // Without a region an office job is listed under its location's country (src/lib/places.ts).
    if (!data.region && data.location && !countryOfLocation(data.location)) {
      problem(
        'location',
        `names no country the board knows, so the job is on no country's page; end it with the country, like "Berlin, Germany", or add region`,
        'warning',
      );
    }
    // Featuring pins a job to the top of the home page: the board's editors decide it, so reviewers should see it.
    if (data.featured) {
      problem('featured', 'is true, which pins the job to the top of the home page; only the board’s editors set it', 'warning');
    }
    const doubts = [
      ...(data.salary ? salaryDoubts(data.salary, salaryBanding.rates, salaryBanding.baseCurrency) : []),
      expiryDoubt(data.posted, data.expires),
      mixedScriptDoubt('title', data.title),
    ];
    for (const doubt of doubts) {
      if (doubt) problems.push({ file: job.path, line: source.lineOf(doubt.field.split('.')), ...doubt, severity: 'warning' });
    }
    if (open && !data.draft) {
      const key = applyAddressKey(data.apply);
      const seen = openApplyLinks.get(key) ?? [];
      seen.push({ file: job.path, line: source.lineOf(['apply']), url: data.apply });
      openApplyLinks.set(key, seen);
    }
  }

  for (const uses of openApplyLinks.values()) {
    if (uses.length < 2) continue;
    for (const use of uses) {
      const others = uses
        .filter((u) => u !== use)
        .map((u) => u.file)
        .join(', ');
      problems.push({
        file: use.file,
        line: use.line,
        field: 'apply',
        message: `${shorten(use.url)} is also the apply link of ${others}; each open job needs its own link, or delete the duplicate listing`,
        severity: 'error',
      });
    }
  }

  const reported = input.only ? problems.filter((p) => input.only!.has(p.file)) : problems;
  return reported.sort(byLocation);
}
