/**
 * Who may take a job from where they live. A listing says where applicants
 * may live (`region`: regions and countries) and may leave countries out
 * (`exclude`); an office job is taken by people in its office's country.
 * JSON-LD, search's "I live in", similar jobs and the job page all ask here.
 */
import { regions } from '../config/regions.ts';
import { countryName } from '../config/countries.ts';
import { countriesOf, openToEntries, regionSummary } from './places.ts';
import { countryOfLocation } from './location.ts';
import type { Workplace } from '../schema/job.ts';

export interface PlaceTerms {
  workplace: Workplace;
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  location?: string | undefined;
}

/** The ISO countries whose residents may apply: the region's countries less the exclusions. */
export function eligibleCountries(job: PlaceTerms): Set<string> {
  const countries = countriesOf(openToEntries(job));
  for (const code of job.exclude ?? []) countries.delete(code);
  return countries;
}

/**
 * What "I live in" matches a visitor's country against: a remote job's
 * `region`; an office or hybrid job's office country, since living in the
 * region does not bring the office closer (its region when the office names
 * no country we know).
 */
export function placesForResidents(job: PlaceTerms): readonly string[] {
  const office = job.workplace !== 'remote' && job.location ? countryOfLocation(job.location) : undefined;
  return office ? [office] : openToEntries(job);
}

/**
 * The countries whose residents can take the job where they live: the
 * countries `placesForResidents` names, less the exclusions. Place pages,
 * similar jobs and search's "I live in" all use this one rule, so a hybrid
 * job in Berlin is on /regions/de/ and /regions/europe/ but not on
 * /regions/fr/, as "I live in France" does not find it either.
 */
export function residentCountries(job: PlaceTerms): Set<string> {
  const countries = countriesOf(placesForResidents(job));
  for (const code of job.exclude ?? []) countries.delete(code);
  return countries;
}

/** Whether someone living in `country` may take the job (the rule search applies with filters). */
export function openToResidentOf(job: PlaceTerms, country: string): boolean {
  return residentCountries(job).has(country);
}

/** The region ids that include a country: search matches a visitor's country against these and the country itself. */
export function regionsIncluding(country: string): string[] {
  return regions.filter((region) => (region.countries as readonly string[]).includes(country)).map((region) => region.id);
}

/** Whether two jobs are open to residents of at least one same country. */
export function shareResidents(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const code of small) if (large.has(code)) return true;
  return false;
}

/** "France", "France and Spain", "France, Spain, and Italy". */
export const countryList = (codes: readonly string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(codes.map(countryName));

/** "Europe, except France": the job page's "Open to". */
export function openToLabel(job: PlaceTerms): string {
  const summary = regionSummary(openToEntries(job));
  return job.exclude?.length ? `${summary}, except ${countryList(job.exclude)}` : summary;
}
