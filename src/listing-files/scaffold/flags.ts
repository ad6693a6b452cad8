/**
 * The command line of `npm run new`: one flag per answer, plus --yes (never
 * prompt) and --help. Parsing is strict, so a misspelt flag is an error
 * rather than a silently missing answer. Yes-or-no answers are bare flags
 * (--draft), read as the answer "yes".
 */
import { parseArgs } from 'node:util';
import { categoryIds } from '../../config/categories.ts';
import { regionIds } from '../../config/regions.ts';
import { site } from '../../config/site.ts';
import { employmentTypes, experienceLevels, listingLimits, workplaces } from '../../schema/job.ts';
import { salaryPeriods } from '../../schema/salary.ts';
import { answerKeys, flagNames, yesNoKeys, type Answers } from './answers.ts';

export interface Flags {
  answers: Answers;
  /** --yes: never prompt; fail when an answer is missing. */
  yes: boolean;
  help: boolean;
}

const answerOptions: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries(
  answerKeys.map((key) => [flagNames[key], { type: yesNoKeys.includes(key) ? ('boolean' as const) : ('string' as const) }]),
);

/** Throws (with parseArgs' message) on an unknown flag or a flag without its value. */
export function parseFlags(args: readonly string[]): Flags {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      ...answerOptions,
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const given = values as Record<string, string | boolean | undefined>;
  const answers: Answers = {};
  for (const key of answerKeys) {
    const value = given[flagNames[key]];
    if (typeof value === 'string') answers[key] = value;
    else if (value === true) answers[key] = 'yes';
  }
  return { answers, yes: values.yes === true, help: values.help === true };
}

export const usage = `Usage: npm run new [-- flags]

Creates content/jobs/<slug>.md (and content/companies/<id>.md with a
placeholder logo for a new company). Run it in a terminal without flags to
be asked for everything; flags answer questions in advance.

Job
  --title <text>            ${listingLimits.title.min}–${listingLimits.title.max} characters
  --company <id>            an existing profile in content/companies, or a new id
  --category <id>           ${categoryIds.join(' | ')}
  --workplace <type>        ${workplaces.join(' | ')}
  --employment <type>       ${employmentTypes.join(' | ')} (default full-time)
  --region <list>           comma-separated: ${regionIds.join(', ')},
                            or country codes like DE (required for remote and hybrid)
  --exclude <list>          optional: countries inside the region whose residents
                            may not apply, as codes, like FR,ES
  --location <text>         like "Berlin, Germany" (required for hybrid and onsite)
  --timezones <from..to>    optional: UTC offsets to work within, west to east,
                            like UTC-1..UTC+3
  --experience <level>      ${experienceLevels.join(' | ')}
  --salary-min <number>     optional, like 70000
  --salary-max <number>     optional
  --currency <code>         ISO 4217 (default EUR)
  --period <period>         ${salaryPeriods.join(' | ')} (default year)
  --estimated               the salary is your estimate, not the employer's
  --skills <list>           comma-separated, ${listingLimits.skills.min}–${listingLimits.skills.max}, like "Figma, User research"
  --apply <url>             https:// link or mailto: address
  --posted <date>           YYYY-MM-DD (default today, or BUILD_DATE)
  --expires <date>          YYYY-MM-DD, the last day to apply (default posted + ${site.defaultExpiryDays} days)
  --source-name <text>      where the job was first posted, like "Fernhill Careers"
  --source-url <url>        https:// link to it there (with --source-name)
  --draft                   a draft: shown by npm run dev, never published
  --slug <slug>             file name (default: title and company id)

New company
  --company-name <text>     (--company defaults to its slug)
  --company-website <url>   https:// address
  --company-location <text> optional

  --yes, -y                 never ask; fail listing any missing flags
  --help, -h                show this help

Environment: CONTENT_DIR (default ./content), BUILD_DATE.`;
