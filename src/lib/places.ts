import { regions } from '../config/regions.ts';
import { countryName, isCountryCode } from '../config/countries.ts';
import { workplaceLabels } from './labels.ts';
import { countryOfLocation } from './location.ts';
import type { Workplace } from '../schema/job.ts';

const regionById = new Map<string, (typeof regions)[number]>(regions.map((r) => [r.id, r]));

/** "europe" -> "Europe", "DE" -> "Germany". */
export function placeLabel(entry: string): string {
  return regionById.get(entry)?.label ?? (isCountryCode(entry) ? countryName(entry) : entry);
}

/** Page slug for a region or country: "europe", "de". */
export function placeSlug(entry: string): string {
  return entry.toLowerCase();
}

/**
 * Where a job accepts applicants from, as region ids and country codes: its
 * `region`, or, when it names none (an on-site job may leave it out), the
 * country of its office ("Tokyo, Japan" -> JP). Region pages, the search
 * filter and the job page's "Open to" row all ask this one function.
 */
export function openToEntries(job: { region?: readonly string[] | undefined; location?: string | undefined }): readonly string[] {
  if (job.region && job.region.length > 0) return job.region;
  const country = job.location === undefined ? undefined : countryOfLocation(job.location);
  return country ? [country] : [];
}

/** Every ISO country code a listing's `region` entries cover. */
export function countriesOf(entries: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (const entry of entries) {
    const region = regionById.get(entry);
    if (region) for (const code of region.countries) result.add(code);
    else result.add(entry);
  }
  return result;
}

/** "Europe", "Germany, Austria", "Europe, United States". */
export function regionSummary(entries: readonly string[]): string {
  return entries.map(placeLabel).join(', ');
}

/** "Remote (Europe)", "Remote (Europe except FR, ES)", "Hybrid (Germany)", "On-site". */
export function workplaceSummary(workplace: Workplace, entries: readonly string[] | undefined, exclude: readonly string[] = []): string {
  const label = workplaceLabels[workplace];
  if (!entries || entries.length === 0) return label;
  // Codes keep a card's line short; the job page and feeds name the countries (src/lib/eligibility.ts).
  const except = exclude.length ? ` except ${exclude.join(', ')}` : '';
  return `${label} (${regionSummary(entries)}${except})`;
}

/**
 * Where a job is, as cards and feeds say it: the workplace summary, then the
 * office. A location that only names places the summary already names in
 * brackets ("Remote (Portugal, Spain)" and "Portugal or Spain") is left out,
 * and so are the brackets of an office job open to its office's country alone
 * ("On-site · Aarhus, Denmark").
 */
export function whereFacts(job: {
  workplace: Workplace;
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  location?: string | undefined;
}): [summary: string] | [summary: string, office: string] {
  const office = job.location && !restatesPlaces(job.location, job.region ?? []) ? job.location : undefined;
  // "On-site (Denmark) · Aarhus, Denmark": an office job's address already names its one country.
  // A remote job keeps it: there the office says nothing about where applicants may live.
  const namedByOffice =
    office !== undefined && job.workplace !== 'remote' && job.region?.length === 1 && countryOfLocation(office) === job.region[0];
  const summary = workplaceSummary(job.workplace, namedByOffice ? undefined : job.region, job.exclude);
  return office ? [summary, office] : [summary];
}

/** "Portugal or Spain", "UK & Ireland", "Europe": every part is one of `entries`, by name or country. */
function restatesPlaces(location: string, entries: readonly string[]): boolean {
  const names = new Set(entries.map((entry) => placeLabel(entry).toLowerCase()));
  const parts = location
    .split(/,|\/|&|\bor\b|\band\b/i)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    entries.length > 0 &&
    parts.length > 0 &&
    parts.every((part) => names.has(part.toLowerCase()) || entries.includes(countryOfLocation(part) ?? ''))
  );
}

export interface PlaceScope {
  entry: string;
  countries: ReadonlySet<string>;
}

/**
 * Whether a job belongs on a place's page: it accepts applicants living in
 * at least one of the place's countries. "Worldwide" is the exception: only
 * jobs open to the whole world belong there, not every job that has a region.
 */
export function isOpenTo(place: PlaceScope, jobEntries: readonly string[], jobCountries: ReadonlySet<string>): boolean {
  if (place.entry === 'worldwide') return jobEntries.includes('worldwide');
  const [small, large] = jobCountries.size < place.countries.size ? [jobCountries, place.countries] : [place.countries, jobCountries];
  for (const code of small) if (large.has(code)) return true;
  return false;
}

/** A place page's heading and feed title, like a category's: "Europe jobs", "Canada jobs", "Worldwide jobs". */
export function placeHeading(place: { label: string }): string {
  return `${place.label} jobs`;
}

/**
 * The sentence under a place's heading and in its feeds. A region's page
 * also lists jobs open to only part of it (a Germany-only job is on
 * /regions/europe/), so it says so; each card names exactly where.
 */
export function placeIntro(place: { slug: string; label: string; kind: 'region' | 'country' }): string {
  if (place.slug === 'worldwide') return 'Jobs open to applicants anywhere in the world.';
  return place.kind === 'region'
    ? `Remote, hybrid and on-site jobs open to applicants in all or part of ${place.label}, and worldwide jobs. Each job says exactly where.`
    : `Remote, hybrid and on-site jobs that accept applicants living in ${place.label}, including worldwide jobs.`;
}
