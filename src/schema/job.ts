/**
 * The schema of a listing: the fields an editor writes in
 * content/jobs/<slug>.md. The Astro content config, the validator, the
 * scaffold and the benchmark all import it, so a rule changed here changes
 * everywhere.
 */
import { z } from 'astro/zod';
import { categoryIds } from '../config/categories.ts';
import { normalizeSkillList, skillId } from '../lib/skills.ts';
import { urlWithSchemes } from './address.ts';
import { crossFieldIssues } from './cross-field.ts';
import { isoDate } from './date.ts';
import { choice, describeInput, quote, unknownFieldsMessage } from './messages.ts';
import { exclude, region } from './region.ts';
import { salarySchema } from './salary.ts';
import { sourceSchema } from './source.ts';
import { text } from './text.ts';
import { timeWindowSchema } from './time-window.ts';
import { importConfigSchema, importedSchema } from '../import/schema.ts';

export const workplaces = ['remote', 'hybrid', 'onsite'] as const;
export const employmentTypes = ['full-time', 'part-time', 'contract', 'freelance', 'internship'] as const;
export const experienceLevels = ['internship', 'entry', 'associate', 'mid-senior', 'director', 'executive'] as const;

export type Workplace = (typeof workplaces)[number];
export type EmploymentType = (typeof employmentTypes)[number];
export type ExperienceLevel = (typeof experienceLevels)[number];

/** The keys of the groups inside a listing, for "allowed fields" hints on a key that is not one of them. */
export const groupFields: Readonly<Record<string, readonly string[]>> = {
  salary: Object.keys(salarySchema.shape),
  timezones: Object.keys(timeWindowSchema.shape),
  source: Object.keys(sourceSchema.shape),
  import: Object.keys(importConfigSchema.shape),
  imported: Object.keys(importedSchema.shape),
};

/** Limits that `npm run new` states in its questions and help too. */
export const listingLimits = { title: { min: 5, max: 120 }, skills: { min: 1, max: 20 } } as const;
const { title: titleLimit, skills: skillsLimit } = listingLimits;

/** Fields an editor writes in `content/jobs/<slug>.md`, in the order docs show them. */
export const jobShape = {
  title: text(titleLimit.min, titleLimit.max, 'the job title').describe(`Job title, ${titleLimit.min}–${titleLimit.max} characters.`),
  company: z
    .string({
      error: (issue) => (issue.input === undefined ? 'is required: the id of a profile in content/companies/' : 'must be a company id'),
    })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be a company id: lowercase words joined by hyphens, matching content/companies/<id>.md',
    })
    .describe('Company id: the file name of a profile in `content/companies/`, without `.md`.'),
  category: choice(categoryIds, 'a category').describe('One of the board categories.'),
  workplace: choice(workplaces, 'a workplace type').describe('Where the work happens.'),
  employment: choice(employmentTypes, 'an employment type').default('full-time').describe('Type of contract.'),
  region: region
    .optional()
    .describe(
      'Where applicants may live: a region id, a country code (DE), or a list. Required for remote and hybrid; an on-site job without it is open to the country of its `location`.',
    ),
  exclude: exclude
    .optional()
    .describe(
      'Countries inside `region` whose residents may not apply, as ISO codes: `[FR]` makes `region: europe` "Europe, except France".',
    ),
  timezones: timeWindowSchema
    .optional()
    .describe(
      'The UTC offsets applicants should work within, west to east: `{ from: UTC-1, to: UTC+3 }`. Also `GMT+…` and `UTC+5:30`; a window across the date line runs from east to west (`from: UTC+10, to: UTC-8`).',
    ),
  location: text(2, 120, 'a place such as "Stockholm, Sweden"')
    .optional()
    .describe('Office location, ending with the country name, like "Munich, Germany". Required for hybrid and onsite.'),
  experience: choice(experienceLevels, 'an experience level').describe('Seniority of the role.'),
  salary: salarySchema.optional().describe('Pay range: `min`, `max`, `currency`, `period`, `estimated`.'),
  skills: z
    .array(
      // A skill's page address is made of its Latin letters and digits; a skill without any would vanish.
      text(1, 40, 'a skill such as "TypeScript"').refine((label) => skillId(label) !== '' || !/[\p{L}\p{N}]/u.test(label), {
        error: (issue) =>
          `${quote(issue.input)} has no Latin letters or digits for its page address; write it in Latin letters, like "Japanese" for "日本語"`,
      }),
      { error: 'must be a list, like [Figma, User research]' },
    )
    .min(skillsLimit.min, { error: `must list at least ${skillsLimit.min} skill` })
    .max(skillsLimit.max, { error: `lists too many skills: keep the ${skillsLimit.max} that matter most` })
    .transform(normalizeSkillList)
    .describe(`${skillsLimit.min}–${skillsLimit.max} skills. Case does not matter: "react" and "React" are one skill.`),
  posted: isoDate.describe('Date posted, YYYY-MM-DD.'),
  expires: isoDate.optional().describe('Last day to apply, YYYY-MM-DD. Default: posted + the board default.'),
  apply: urlWithSchemes(['https', 'mailto'], 'https://example.com/jobs/42 or mailto:jobs@example.com').describe(
    'Where to apply: an https: link or a mailto: address.',
  ),
  source: sourceSchema.optional().describe('Where the job was first posted: `{ name, url }`.'),
  featured: z
    .boolean({ error: 'must be true or false' })
    .default(false)
    .describe('Pin and highlight the job. Set by the board’s editors; the validator warns so reviewers notice.'),
  draft: z.boolean({ error: 'must be true or false' }).default(false).describe('Leave the job out of production builds.'),
  imported: importedSchema
    .optional()
    .describe('Written by `npm run import`: the posting it came from and a digest of the file. Leave it as it is (see "Imported jobs").'),
};

export const jobSchema = z
  .strictObject(jobShape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(jobShape)) : describeInput(issue.input),
  })
  .superRefine((job, ctx) => {
    for (const issue of crossFieldIssues(job)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type JobData = z.output<typeof jobSchema>;
export type JobInput = z.input<typeof jobSchema>;
