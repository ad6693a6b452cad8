import type { Workplace } from './job.ts';
import { countryName, isCountryCode } from '../config/countries.ts';
import { countriesOf, openToEntries, regionSummary } from '../lib/places.ts';

/**
 * Rules that depend on more than one field. A separate function so the
 * validator can also apply them when other fields are wrong, and report
 * every problem in one run (zod skips refinements while any field fails).
 */
export function crossFieldIssues(job: {
  workplace?: Workplace | undefined;
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
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
  issues.push(...exclusionIssues(job));
  if (job.expires && job.posted && job.expires < job.posted) {
    issues.push({ path: ['expires'], message: `(${job.expires}) is before posted (${job.posted}); set it to a later date or remove it` });
  }
  return issues;
}

/** `exclude` takes countries out of the job's region: it needs one, each country must be in it, and some must stay. */
function exclusionIssues(job: {
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  location?: string | undefined;
}): { path: [string]; message: string }[] {
  // zod runs this even when a field failed, with that field's raw value: a wrong exclude is reported on its own.
  if (!Array.isArray(job.exclude) || !job.exclude.length || !job.exclude.every((code) => typeof code === 'string')) return [];
  if (job.region !== undefined && !Array.isArray(job.region)) return [];
  const entries = openToEntries(job);
  if (!job.region?.length && !entries.length) {
    return [
      {
        path: ['exclude'],
        message: 'only makes sense with region: say where applicants may live, like region: europe, then the countries to leave out',
      },
    ];
  }
  const countries = countriesOf(entries);
  // Codes that are no country are the field's own error, reported there.
  const outside = job.exclude.filter((code) => isCountryCode(code) && !countries.has(code));
  if (outside.length) {
    const names = outside.map((code) => `${code} (${countryName(code)})`).join(', ');
    return [
      {
        path: ['exclude'],
        message: `lists ${names}, which ${outside.length > 1 ? 'are' : 'is'} not in ${regionSummary(entries)}; leave out only countries inside the region`,
      },
    ];
  }
  if (job.exclude.length >= countries.size) {
    return [
      {
        path: ['exclude'],
        message: `leaves no country in ${regionSummary(entries)} where applicants may live; remove exclude, or widen region`,
      },
    ];
  }
  return [];
}
