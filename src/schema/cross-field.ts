import type { Workplace } from './job.ts';

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
