/**
 * The interactive questions, in the order they are asked: what each shows
 * (allowed values, defaults), when it applies, and how its answer is
 * checked. Data and pure functions only; the CLI renders them with
 * @clack/prompts and skips questions a flag already answered.
 */
import { categories } from '../../config/categories.ts';
import { regionIds } from '../../config/regions.ts';
import { employmentTypes, experienceLevels, listingLimits, workplaces } from '../../schema/job.ts';
import { salaryPeriods } from '../../schema/salary.ts';
import { slugify } from '../../lib/slug.ts';
import { answer, type AnswerKey, type Answers } from './answers.ts';
import { checks } from './check.ts';
import type { ScaffoldContext } from './plan.ts';
import { applyLinkClash } from './apply-links.ts';
import { crossFieldIssues } from '../../schema/cross-field.ts';

/** The company question's choice for "create a new profile". */
export const NEW_COMPANY = '+new';

export interface Choice {
  value: string;
  label?: string;
  hint?: string;
}

export interface Question {
  key: AnswerKey;
  /** Short name used in messages: "Title is required". */
  label: string;
  message: string;
  /** Present for pick-one questions. */
  choices?: (context: ScaffoldContext) => Choice[];
  placeholder?: string;
  /** Prefilled, editable answer. */
  initial?: (answers: Answers) => string | undefined;
  /** Asked only when this holds (default: always). */
  when?: (answers: Answers, context: ScaffoldContext) => boolean;
  /** May be left empty (default: required). */
  optional?: (answers: Answers) => boolean;
}

const isNew = (answers: Answers, context: ScaffoldContext) => {
  const id = answer(answers, 'company');
  return id === undefined || !context.companies.includes(id);
};
const workplaceIs = (answers: Answers, ...types: string[]) => types.includes(answer(answers, 'workplace') ?? '');
const hasSalary = (answers: Answers) => answer(answers, 'salaryMin') !== undefined;
const plain = (values: readonly string[]): Choice[] => values.map((value) => ({ value }));

export const questions: readonly Question[] = [
  {
    key: 'title',
    label: 'Title',
    message: `Job title (${listingLimits.title.min}–${listingLimits.title.max} characters)`,
    placeholder: 'Senior Product Designer, Payments',
  },
  {
    key: 'company',
    label: 'Company',
    message: 'Company',
    choices: (context) => [
      ...context.companies.map((id) => ({ value: id })),
      { value: NEW_COMPANY, label: 'New company…', hint: 'creates a profile and a placeholder logo' },
    ],
    when: (answers) => answer(answers, 'companyName') === undefined,
  },
  {
    key: 'companyName',
    label: 'Company name',
    message: 'Company name (as shown on the board)',
    placeholder: 'Fernhill Analytics',
    when: isNew,
  },
  {
    key: 'company',
    label: 'Company id',
    message: 'Company id (file name in content/companies: lowercase words joined by hyphens)',
    initial: (answers) => slugify(answer(answers, 'companyName') ?? ''),
  },
  {
    key: 'companyWebsite',
    label: 'Company website',
    message: 'Company website (https://…)',
    placeholder: 'https://example.com',
    when: isNew,
  },
  {
    key: 'companyLocation',
    label: 'Company location',
    message: 'Where the company is based (optional)',
    placeholder: 'Lisbon, Portugal',
    when: isNew,
    optional: () => true,
  },
  {
    key: 'category',
    label: 'Category',
    message: 'Category',
    choices: () => categories.map((c) => ({ value: c.id, hint: `${c.label}: ${c.blurb}` })),
  },
  { key: 'workplace', label: 'Workplace', message: 'Workplace', choices: () => plain(workplaces) },
  { key: 'employment', label: 'Employment', message: 'Employment type', choices: () => plain(employmentTypes), initial: () => 'full-time' },
  {
    key: 'region',
    label: 'Region',
    message: `Where may applicants live? Region ids (${regionIds.join(', ')}) or country codes like DE, comma-separated`,
    placeholder: 'europe',
    optional: (answers) => !workplaceIs(answers, 'remote', 'hybrid'),
  },
  {
    key: 'exclude',
    label: 'Exclude',
    message: 'Countries inside that region whose residents may NOT apply: codes, comma-separated (optional; empty for none)',
    placeholder: 'FR, ES',
    when: (answers) => answer(answers, 'region') !== undefined,
    optional: () => true,
  },
  {
    key: 'location',
    label: 'Location',
    message: 'Office location',
    placeholder: 'Berlin, Germany',
    when: (answers) => workplaceIs(answers, 'hybrid', 'onsite'),
  },
  {
    key: 'timezones',
    label: 'Time zones',
    message: 'Working hours: the UTC offsets applicants should work within, west to east (optional; empty for any)',
    placeholder: 'UTC-1..UTC+3',
    optional: () => true,
  },
  { key: 'experience', label: 'Experience', message: 'Experience level', choices: () => plain(experienceLevels) },
  {
    key: 'salaryMin',
    label: 'Salary minimum',
    message: 'Salary: lowest amount, a plain number (optional; leave empty for no salary)',
    placeholder: '70000',
    optional: () => true,
  },
  {
    key: 'salaryMax',
    label: 'Salary maximum',
    message: 'Salary: highest amount (optional; empty for a single figure)',
    when: hasSalary,
    optional: () => true,
  },
  { key: 'currency', label: 'Currency', message: 'Salary currency (ISO 4217, like EUR, USD, GBP)', initial: () => 'EUR', when: hasSalary },
  { key: 'period', label: 'Period', message: 'Salary is per', choices: () => plain(salaryPeriods), initial: () => 'year', when: hasSalary },
  {
    key: 'estimated',
    label: 'Estimated',
    message: 'Whose figure is the salary?',
    choices: () => [
      { value: 'no', label: "The employer's" },
      { value: 'yes', label: 'My estimate', hint: 'the site labels it "Estimated"' },
    ],
    initial: () => 'no',
    when: hasSalary,
  },
  {
    key: 'skills',
    label: 'Skills',
    message: `Skills, comma-separated (${listingLimits.skills.min}–${listingLimits.skills.max})`,
    placeholder: 'Figma, Design systems, User research',
  },
  {
    key: 'apply',
    label: 'Apply',
    message: 'Where to apply: an https:// link or a mailto: address',
    placeholder: 'https://example.com/careers/42',
  },
];

/** The message to show under a question's answer, or undefined when the answer is fine. */
export function questionProblem(
  question: Question,
  raw: string | undefined,
  answers: Answers,
  context: ScaffoldContext,
): string | undefined {
  const value = raw?.trim() ?? '';
  if (!value) return question.optional?.(answers) ? undefined : `${question.label} is required`;
  const checked = checks[question.key](value);
  if (!checked.ok) return `${question.label} ${checked.message}`;
  if (question.key === 'company' && !question.choices && context.companies.includes(value)) {
    return `Company id ${JSON.stringify(value)} is already taken by content/companies/${value}.md; choose another id`;
  }
  if (question.key === 'apply' && typeof checked.value === 'string') {
    // Caught here, not after the last question: a duplicate link would otherwise lose every answer.
    const clash = applyLinkClash(checked.value, context.applyLinks, answer(answers, 'title'));
    if (clash) return clash;
  }
  if (question.key === 'exclude') {
    // Countries outside the region, or all of them, are caught here rather than after the last question.
    const region = checks.region(answers.region ?? '');
    const exclude = checks.exclude(value);
    const issue = crossFieldIssues({
      region: region.ok ? region.value : undefined,
      exclude: exclude.ok ? exclude.value : undefined,
      location: answer(answers, 'location'),
    }).find((found) => found.path[0] === 'exclude');
    if (issue) return `${question.label} ${issue.message}`;
  }
  if (question.key === 'salaryMax') {
    const min = checks.salaryMin(answers.salaryMin ?? '');
    if (min.ok && checked.value !== undefined && typeof checked.value === 'number' && checked.value < min.value) {
      return `Salary maximum must not be lower than the minimum (${min.value})`;
    }
  }
  return undefined;
}
