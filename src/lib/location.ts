import { countryCodes, countryName } from '../config/countries.ts';

const codeByName = new Map<string, string>();
for (const code of countryCodes) codeByName.set(countryName(code).toLowerCase(), code);
// Names people commonly write that CLDR spells differently.
for (const [alias, code] of [
  ['uk', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['great britain', 'GB'],
  ['usa', 'US'],
  ['us', 'US'],
  ['united states of america', 'US'],
  ['czech republic', 'CZ'],
  ['the netherlands', 'NL'],
  ['holland', 'NL'],
  ['türkiye', 'TR'],
  ['turkey', 'TR'],
  ['south korea', 'KR'],
  ['korea', 'KR'],
] as const) {
  codeByName.set(alias, code);
}

/**
 * Country names that are also the name of a US state: "Atlanta, Georgia" is
 * in the United States. Read as the country alone ("Georgia") or after one of
 * the country's own cities; otherwise the validator asks for the country.
 */
const sharedWithStates = new Map<string, ReadonlySet<string>>([['georgia', new Set(['tbilisi', 'batumi', 'kutaisi', 'rustavi'])]]);

/**
 * The ISO country of a free-text location: "Stockholm, Sweden" -> "SE",
 * "Austin, TX, USA" -> "US". Only the last comma-separated part counts, as
 * the field reference asks for "City, Country": an earlier part that names
 * a country is usually a town of that name ("Lebanon, NH", "Peru, IN").
 * Undefined when the last part is no country name: a guess would put an
 * office job on the wrong country's page.
 */
export function countryOfLocation(location: string): string | undefined {
  const parts = location
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const last = parts.at(-1);
  if (last === undefined) return undefined;
  const cities = sharedWithStates.get(last);
  if (cities && parts.length > 1 && !cities.has(parts[0]!)) return undefined;
  // Names only (and the aliases above): two-letter parts are mostly states and provinces, and many
  // collide with country codes ("Boston, MA" is not Morocco, "Denver, CO" not Colombia).
  return codeByName.get(last);
}

/**
 * The state, province or county between the town and the country, for
 * PostalAddress.addressRegion: "Chicago, IL, United States" -> "IL". Only
 * when the location names its country last, so the middle can only be a
 * region: in "Munich, DE", "Berlin, Deutschland" or "Toronto, ON, CA" the
 * last part may be the country in a form we do not read, so none is given.
 */
export function regionOfLocation(location: string): string | undefined {
  const parts = location
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const country = countryOfLocation(location);
  if (!country || parts.length < 3) return undefined;
  // "Berlin, DE, Germany": a middle part that is the country's own code is not a region.
  const middle = parts.slice(1, -1).filter((part) => part.toUpperCase() !== country);
  return middle.length ? middle.join(', ') : undefined;
}

/** "Stockholm, Sweden" -> "Stockholm": the first part, for PostalAddress.addressLocality. */
export function localityOfLocation(location: string): string {
  return location.split(',')[0]!.trim();
}
