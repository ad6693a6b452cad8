/** The checks of one listing: its file, its fields, its description, and the warnings a reviewer should see. */
import { jobSchema, jobShape, type JobData } from '../../schema/job.ts';
import { quote, shorten } from '../../schema/messages.ts';
import { closingDate } from '../../lib/expiry.ts';
import { countryOfLocation } from '../../lib/location.ts';
import { didYouMean } from '../../lib/suggest.ts';
import { readSourceFile, type SourceFile } from '../source-file.ts';
import type { Problem } from '../problem.ts';
import { applyAddressKey } from './apply-address.ts';
import { checkBody } from './body.ts';
import { expiryDoubt, mixedScriptDoubt, salaryDoubts, skillSpellingDoubts } from './doubts.ts';
import { fileNameProblem, placeholderProblems } from './file-problems.ts';
import type { ApplyUse } from './impersonation.ts';
import { partialChecks, unlessAlreadyWrong, validFields } from './partial-checks.ts';
import { isPlaceholderAddress } from './placeholder-address.ts';
import { schemaProblems } from './schema-problems.ts';
import type { ContentFile, ValidateInput } from './validate.ts';

const futureMessage = (posted: string, today: string): string => `(${posted}) is in the future; use today's date (${today}) or earlier`;

/** Where an open job's apply link is, for the rule that no two open jobs share one (cross-file.ts). */
export interface ApplyLinkUse {
  /** The link as compared: the same mailbox or page however it is spelt (apply-address.ts). */
  key: string;
  file: string;
  line: number;
  url: string;
}

export interface ListingCheck {
  problems: Problem[];
  /** Set for a valid listing that is open and not a draft. */
  openApplyLink?: ApplyLinkUse;
  /** Set when the apply link and the company are valid, for the apply host rule (impersonation.ts). */
  apply?: ApplyUse;
}

export function checkListing(job: ContentFile, input: ValidateInput, companyIds: ReadonlySet<string>): ListingCheck {
  const problems: Problem[] = [];
  const nameProblem = fileNameProblem(job.path);
  if (nameProblem) problems.push(nameProblem);
  const read = readSourceFile(job.path, job.bytes);
  if (!read.ok) return { problems: [...problems, ...read.problems] };
  const { source } = read;
  problems.push(...read.warnings);
  problems.push(...checkBody(job.path, source.body, source.bodyLine));
  problems.push(...placeholderProblems(job.path, source, 'description'));
  const result = jobSchema.safeParse(source.data);
  // A listing the schema refused still gets every rule whose fields are valid (partial-checks.ts).
  const data = result.success ? result.data : validFields(source);
  if (!result.success) {
    problems.push(...schemaProblems(job.path, source, result.error.issues, Object.keys(jobShape)));
    problems.push(...partialChecks(job.path, source, data, problems));
  }
  problems.push(...unlessAlreadyWrong(listingRules(job.path, source, data, input, companyIds), problems));
  if (!data.apply) return { problems };
  const line = source.lineOf(['apply']);
  const apply = data.company ? { file: job.path, line, company: data.company, url: data.apply } : undefined;
  const open = data.posted && closingDate({ posted: data.posted, expires: data.expires }, input.defaultExpiryDays) >= input.today;
  if (!open || data.draft) return { problems, ...(apply && { apply }) };
  const openApplyLink = { key: applyAddressKey(data.apply), file: job.path, line, url: data.apply };
  return { problems, openApplyLink, ...(apply && { apply }) };
}

/**
 * The rules beyond the schema: its company, its dates, and values a reviewer
 * should look at. Each runs when the fields it reads are valid, whether or
 * not others are wrong.
 */
function listingRules(
  file: string,
  source: SourceFile,
  data: Partial<JobData>,
  input: ValidateInput,
  companyIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const problem = (field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line: source.lineOf([field]), field, message, severity });

  if (data.company && !companyIds.has(data.company)) {
    const hint = didYouMean(data.company, [...companyIds]);
    problem(
      'company',
      `${quote(data.company)} has no profile${hint}; add content/companies/${shorten(data.company)}.md (see CONTRIBUTING.md) or use an existing company id`,
    );
  }
  if (data.posted && data.posted > input.today) {
    problem('posted', futureMessage(data.posted, input.today));
  }
  const closes = data.posted ? closingDate({ posted: data.posted, expires: data.expires }, input.defaultExpiryDays) : undefined;
  if (closes && closes < input.today && !data.draft) {
    problem(
      data.expires ? 'expires' : 'posted',
      `the job closed on ${closes}. That is expected if you closed it: its page stays up, marked closed. Set a later expires date only if it is still open`,
      'warning',
    );
  }
  if (data.apply && isPlaceholderAddress(data.apply)) {
    problem('apply', `${quote(data.apply)} is a placeholder address; link to the real job posting or mailbox`, 'error');
  }
  if (source.data['salary'] === undefined) {
    problem(
      'salary',
      'is missing; listings with a salary get more applicants. Add min, max, currency and period, with estimated: true if it is your estimate',
      'warning',
    );
  }
  // Without a region an office job is listed under its location's country (src/lib/places.ts).
  if (source.data['region'] === undefined && data.location && !countryOfLocation(data.location)) {
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
    ...(data.salary ? salaryDoubts(data.salary) : []),
    data.posted ? expiryDoubt(data.posted, data.expires) : undefined,
    data.title ? mixedScriptDoubt('title', data.title) : undefined,
    ...(data.skills ? skillSpellingDoubts(source.data['skills']) : []),
  ];
  for (const doubt of doubts) {
    if (doubt) problems.push({ file, line: source.lineOf(doubt.field.split('.')), ...doubt, severity: 'warning' });
  }
  return problems;
}
