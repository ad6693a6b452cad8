/**
 * The text of a new `content/jobs/<slug>.md`: frontmatter in the order the
 * docs show the fields, then a description skeleton with the usual headings
 * and short guidance, long enough that the validator does not call it short.
 */
import type { EmploymentType, ExperienceLevel, Workplace } from '../../schema/job.ts';
import type { SalaryPeriod } from '../../schema/salary.ts';
import type { CategoryId } from '../../config/categories.ts';
import { frontmatterBlock } from './frontmatter.ts';

export interface JobFrontmatter {
  title: string;
  company: string;
  category: CategoryId;
  workplace: Workplace;
  employment: EmploymentType;
  /** One entry is written as a single value, several as a list. */
  region?: string | string[];
  exclude?: string[];
  /** As the editor typed them: { from: "UTC-1", to: "UTC+3" }. */
  timezones?: { from: string; to: string };
  location?: string;
  experience: ExperienceLevel;
  salary?: { min: number; max?: number; currency: string; period: SalaryPeriod; estimated?: true };
  skills: string[];
  posted: string;
  expires?: string;
  apply: string;
  source?: { name: string; url: string };
  draft?: true;
}

export const descriptionSkeleton = `## About the role

Replace this paragraph with two or three sentences: what the person in this role will own, who they will work with, and why the role matters to the team right now.

## What you'll do

- Replace each line with one responsibility, starting with a verb
- Say what success looks like after the first three months
- Keep the list to the five things that matter most

## What we're looking for

- The skills and experience that are truly required
- Nice-to-haves, clearly marked as optional
- Languages the team works in and the time zones it overlaps with

## Salary and benefits

State the pay range (keep it in step with the salary field above), equity, paid leave, equipment and any learning budget.

## How we hire

List the interview steps, who the candidate will meet, and how long the process usually takes from application to offer.
`;

export function jobFileText(frontmatter: JobFrontmatter): string {
  return `${frontmatterBlock(frontmatter, ['region', 'exclude', 'timezones', 'skills'])}${descriptionSkeleton}`;
}
