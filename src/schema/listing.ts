/**
 * The one schema for listings and company profiles. The Astro content config,
 * the validator, the scaffold and the benchmark all import it, so a rule
 * changed here changes everywhere. Messages are written for editors: they say
 * what is wrong and how to fix it, and never mention zod.
 */
import { z } from 'astro/zod';
import { categoryIds } from '../config/categories.ts';
import { regionIds } from '../config/regions.ts';
import { isCountryCode } from '../config/countries.ts';
import { didYouMean } from '../lib/suggest.ts';
import { isIsoCurrency, currencyCodes } from '../lib/currency.ts';
import { normalizeSkillList, skillId } from '../lib/skills.ts';

export const workplaces = ['remote', 'hybrid', 'onsite'] as const;
export const employmentTypes = ['full-time', 'part-time', 'contract', 'freelance', 'internship'] as const;
export const experienceLevels = ['internship', 'entry', 'associate', 'mid-senior', 'director', 'executive'] as const;
export const salaryPeriods = ['year', 'month', 'week', 'day', 'hour'] as const;

export type Workplace = (typeof workplaces)[number];
export type EmploymentType = (typeof employmentTypes)[number];
export type ExperienceLevel = (typeof experienceLevels)[number];
export type SalaryPeriod = (typeof salaryPeriods)[number];

/** "unknown field salry; did you mean "salary"?; allowed fields: …" */
export function unknownFieldsMessage(keys: readonly string[], allowed: readonly string[]): string {
  return `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}${didYouMean(keys[0], allowed)}; allowed fields: ${allowed.join(', ')}`;
}

/** Long input cut to a readable length: a message must name the value, not repeat 90 KB of it. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as messages quote it: JSON, shortened. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Circular or BigInt: fall through to String().
  }
  return shorten(json ?? String(value));
}

const describeInput = (input: unknown): string => (input === undefined ? 'is missing' : `${quote(input)} is not allowed`);

/** An enum whose error lists the choices and suggests the closest one. */
function choice<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required; choose one of: ${values.join(', ')}`
        : `${quote(issue.input)} is not ${noun}${didYouMean(issue.input, values)}; choose one of: ${values.join(', ')}`,
  });
}

/**
 * Characters that change how text around them looks without showing
 * themselves: zero-width spaces, soft hyphens, invisible operators, tag
 * characters and Hangul fillers (which count as letters) make a title that
 * reads as empty, and direction marks and overrides make "gnp.exe" read as
 * "exe.png" and spill into the text after them. Joiners (U+200C, U+200D)
 * and variation selectors stay: emoji and several scripts need them.
 */
const invisibleCharacter =
  /[\u00AD\u061C\u115F\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]|\u034F|\u1160|\u17B4|\u17B5|[\u180B-\u180F]/u;
/** Line breaks of every kind, including the ones a YAML escape (\L, \P, \N) writes. */
const lineBreak = /[\r\n\u0085\u2028\u2029]/;
/** Control characters, which YAML escapes such as "\a" or "\x1b" can put in a value. */
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
const unicodeName = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function text(min: number, max: number, what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be text (${what})`) })
    .trim()
    .min(min, { error: `is too short: use at least ${min} ${min === 1 ? 'character' : 'characters'}`, abort: true })
    .max(max, { error: `is too long: use at most ${max} characters` })
    .superRefine((value, ctx) => {
      const invisible = invisibleCharacter.exec(value)?.[0];
      const control = controlCharacter.exec(value)?.[0];
      if (lineBreak.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be one line; remove the line break', input: value });
      } else if (control) {
        ctx.addIssue({ code: 'custom', message: `contains a control character (${unicodeName(control)}); delete it`, input: value });
      } else if (invisible) {
        ctx.addIssue({ code: 'custom', message: `contains an invisible character (${unicodeName(invisible)}); delete it`, input: value });
      } else if (!/[\p{L}\p{N}]/u.test(value)) {
        ctx.addIssue({ code: 'custom', message: `has no letters or digits; write ${what}`, input: value });
      }
    });
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date, kept as a "YYYY-MM-DD" string. YAML turns an unquoted
 * date into a JS Date at UTC midnight; we fold it back so time zones never
 * move a job to the previous day.
 */
const isoDate = z.preprocess(
  // A timestamp with a time of day ("2026-11-25T23:30:00-05:00") is left as text, so the date rule refuses it.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value),
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is required: write a date like 2026-11-18'
          : issue.input instanceof Date // an unquoted impossible date, like 2026-02-30
            ? 'is not a real calendar date'
            : 'must be a date like 2026-11-18',
    })
    .regex(isoDatePattern, { error: 'must be a date written YYYY-MM-DD, like 2026-11-18', abort: true })
    .refine(isRealDate, { error: 'is not a real calendar date', abort: true })
    // YAML reads a two-digit year ("0026-11-10") as 1926; no job on the board is that old or that far ahead.
    .refine((value) => value >= '2000' && value < '2100', { error: 'has an unlikely year: write all four digits, like 2026-11-18' }),
);

function urlWithSchemes(schemes: readonly string[], example: string) {
  const allowed = schemes.map((s) => `${s}:`).join(' or ');
  return (
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `is required: use a ${allowed} address like ${example}`
            : `must be a ${allowed} address like ${example}`,
      })
      .trim()
      .superRefine((value, ctx) => {
        const problem = addressProblem(value, schemes);
        if (!problem) return;
        const message =
          problem === 'malformed' ? `${quote(value)} is not a ${allowed} address; write a full address like ${example}` : problem;
        ctx.addIssue({ code: 'custom', message, input: value });
      })
      // "MAILTO:" and "HTTPS:" are valid, but the site tells e-mail from web links by the scheme.
      .transform((value) => value.replace(/^[a-z]+:/i, (scheme) => scheme.toLowerCase()))
  );
}

/**
 * What is wrong with an address, if anything. Beyond being well formed: a
 * user name before the host ("https://acme.example@evil.example/") hides
 * where a link really goes, and a mailto: link with cc or bcc, or a line
 * break in its subject, would copy applications to someone else's mailbox.
 */
function addressProblem(value: string, schemes: readonly string[]): string | undefined {
  // Browsers read "\" as "/", so "https://evil.example\@acme.example/" goes to evil.example.
  if (value.includes('\\')) return `${quote(value)} contains a backslash, which browsers read as "/"; write the address with "/" only`;
  if (!URL.canParse(value)) return 'malformed';
  const url = new URL(value);
  if (url.protocol === 'http:' && schemes.includes('https'))
    return `${quote(value)} is not secure; use https:// (browsers warn on http: pages), like ${value.replace(/^http:/i, 'https:')}`;
  if (!schemes.includes(url.protocol.slice(0, -1))) return 'malformed';
  if (url.protocol !== 'mailto:') {
    // A space is not part of a web address: URL() quietly makes it %20, which often reaches no page ("…/careers/data engineer").
    if (/\s/.test(value))
      return `${quote(value)} contains a space; copy the address from the browser's address bar, or write spaces as %20`;
    if (!url.hostname.includes('.')) return 'malformed';
    if (url.username || url.password)
      return `${quote(value)} names a user before the host (…@); link straight to the site, like https://${url.hostname}${url.pathname}`;
    return undefined;
  }
  // Decoded, as a mail client reads it: "a@acme.example%2Cb@evil.example" is two recipients.
  const recipients = safeDecode(url.pathname);
  if (recipients === undefined) return 'malformed';
  if (/[,;]/.test(recipients))
    return `${quote(value)} names more than one address; a mailto: link may name one, so applications go to one mailbox`;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(recipients)) return 'malformed';
  const extra = [...url.searchParams.keys()].filter((key) => !['subject', 'body'].includes(key.toLowerCase()));
  if (extra.length)
    return `${quote(value)} carries ${extra.join(', ')}; a mailto: link may only set a subject and body, so applications go to one mailbox`;
  if (/[\r\n]/.test(url.searchParams.get('subject') ?? '')) return `${quote(value)} has a line break in its subject; remove the %0A or %0D`;
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const httpsUrl = urlWithSchemes(['https'], 'https://example.com/careers');

/** Codes people write that ISO spells differently. */
const countryAliases: Record<string, string> = { UK: 'GB', EN: 'GB', USA: 'US' };

/** A region id ("europe") or an ISO country code ("DE"). */
const regionEntry = z.string({ error: 'must be a region id or a country code' }).superRefine((value, ctx) => {
  if ((regionIds as readonly string[]).includes(value) || isCountryCode(value)) return;
  const asCountry = countryAliases[value.toUpperCase()] ?? value.toUpperCase();
  const hint = isCountryCode(asCountry) ? `; did you mean the country code "${asCountry}"?` : didYouMean(value, regionIds);
  ctx.addIssue({
    code: 'custom',
    message: `${quote(value)} is not a region or ISO country code${hint}; use one of ${regionIds.join(', ')}, or a two-letter country code like DE`,
  });
});

const region = z
  .union([regionEntry, z.array(regionEntry).min(1, { error: 'must list at least one region or country' })], {
    error: 'must be a region id, a country code, or a list of them',
  })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]);

const currency = z
  .string({
    error: (issue) => (issue.input === undefined ? 'is required: use an ISO 4217 code like EUR' : 'must be an ISO 4217 code like EUR'),
  })
  .trim()
  .refine(isIsoCurrency, {
    error: (issue) => `${quote(issue.input)} is not an ISO 4217 code${didYouMean(issue.input, currencyCodes())}`,
  });

const amount = z
  .number({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number without currency signs or commas, like 85000'),
  })
  .positive({ error: 'must be more than 0' })
  .max(100_000_000, { error: 'is implausibly large; write the amount for one period, like 85000' });

export const salarySchema = z
  .strictObject(
    {
      min: amount.describe('Lowest pay for the role, in `currency` per `period`.'),
      max: amount.optional().describe('Highest pay; leave out for a single figure.'),
      currency: currency.describe('ISO 4217 code, like EUR, USD or GBP.'),
      period: choice(salaryPeriods, 'a salary period').default('year').describe('What the amount is per.'),
      estimated: z
        .boolean({ error: 'must be true or false' })
        .default(false)
        .describe('true when the board, not the employer, estimated the salary.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown keys (${issue.keys.join(', ')}); allowed: min, max, currency, period, estimated`
          : 'must be a group with min, max, currency and period',
    },
  )
  .refine((s) => s.max === undefined || s.max >= s.min, {
    error: (issue) => {
      const { min, max } = issue.input as { min: number; max: number };
      return `max (${max}) is lower than min (${min}); swap them, or fix the figure that is wrong`;
    },
    path: ['max'],
  });

export const sourceSchema = z.strictObject(
  {
    name: text(2, 80, 'the name of the site the job was first posted on'),
    url: httpsUrl,
  },
  { error: 'must be a group with name and url' },
);

/** The keys of the groups inside a listing, for "allowed fields" hints on a key that is not one of them. */
export const groupFields: Readonly<Record<string, readonly string[]>> = {
  salary: Object.keys(salarySchema.shape),
  source: Object.keys(sourceSchema.shape),
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
          `${quote(issue.input)} has no Latin letters or digits for its page address; add a Latin spelling, like "Japanese (日本語)"`,
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
};

export const jobSchema = z
  .strictObject(jobShape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(jobShape)) : describeInput(issue.input),
  })
  .superRefine((job, ctx) => {
    for (const issue of crossFieldIssues(job)) ctx.addIssue({ code: 'custom', ...issue });
  });

/**
 * Rules that depend on more than one field. A separate function so the
 * validator can also apply them when other fields are wrong, and report
 * every problem in one run (zod skips refinements while any field fails).
 */
export function crossFieldIssues(job: {
  workplace?: Workplace | undefined;
  region?: readonly string[] | undefined;
  location?: string | undefined;
  posted?: string | undefined;
  expires?: string | undefined;
}): { path: [string]; message: string }[] {
  const issues: { path: [string]; message: string }[] = [];
  if (job.workplace && job.workplace !== 'onsite' && !job.region) {
    issues.push({ path: ['region'], message: `is required for ${job.workplace} jobs: say where applicants may live, like europe or US` });
  }
  if (job.workplace && job.workplace !== 'remote' && !job.location) {
    issues.push({ path: ['location'], message: `is required for ${job.workplace} jobs: name the office, like "Stockholm, Sweden"` });
  }
  if (job.expires && job.posted && job.expires < job.posted) {
    issues.push({ path: ['expires'], message: `(${job.expires}) is before posted (${job.posted}); set it to a later date or remove it` });
  }
  return issues;
}

export type JobData = z.output<typeof jobSchema>;
export type JobInput = z.input<typeof jobSchema>;

/**
 * Company profiles. `logo` is passed in because Astro validates it with its
 * own `image()` helper (so astro:assets processes the file), while Node
 * scripts check the path on disk themselves.
 */
export function companySchema<Logo extends z.ZodType>(logo: Logo) {
  const shape = {
    name: text(1, 80, 'the company name').describe('Company name as it should appear on the board.'),
    website: httpsUrl.describe('Company website, https only.'),
    logo: logo.describe('Image next to the profile, like `./acme.svg` (square; SVG, PNG, JPG, WebP, GIF or AVIF).'),
    location: text(2, 120, 'where the company is based').optional().describe('Where the company is based, free text.'),
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(shape)) : describeInput(issue.input),
  });
}

/** The logo rule Node scripts use: an image file in the profile's folder. */
export const logoPathSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required: a path like ./acme.svg' : 'must be a path like ./acme.svg') })
  // One file in the profile's own folder: "../" could borrow the board's icons, or read any file on the
  // build machine. Plain characters only: the bundler reads "?" in an import as a query, not a file name.
  .regex(/^\.\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.(svg|png|jpe?g|webp|avif|gif)$/i, {
    error: 'must be an image file next to the profile, like ./acme.svg (letters, digits, "-", "_" and "."; no folders, no ../)',
  });

/** A company profile as Node scripts check it: the logo is a path on disk. */
export const companyProfileSchema = companySchema(logoPathSchema);
