/**
 * The meta (and og:) descriptions of job and company pages: what a search
 * result or a link preview shows under the title, so it carries what people
 * choose by: where, pay, what kind of work, how many jobs.
 */
import { salaryText, type Salary } from '../lib/salary.ts';
import { countLabel } from '../lib/plural.ts';

export function jobDescription(job: {
  title: string;
  companyName: string;
  where: readonly string[];
  salary?: Salary | undefined;
  category: string;
}): string {
  const pay = job.salary ? ` ${salaryText(job.salary)}.` : '';
  return `${job.title} at ${job.companyName}: ${job.where.join(', ')}.${pay} ${job.category}.`;
}

export function companyDescription(company: { name: string; location?: string | undefined }, openJobs: number, boardName: string): string {
  const based = company.location ? `, based in ${company.location}` : '';
  return `${company.name}${based}: ${countLabel(openJobs, 'open job')} on ${boardName}.`;
}
