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
 * The ISO country of a free-text location: "Stockholm, Sweden" -> "SE",
 * "Austin, TX, USA" -> "US". Looks at the last comma-separated part first.
 * Undefined when no part is a country name: a guess would put an office
 * job on the wrong country's page.
 */
export function countryOfLocation(location: string): string | undefined {
  const parts = location
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .reverse();
  for (const part of parts) {
    // Names only (and the aliases above): two-letter parts are mostly states and provinces, and many
    // collide with country codes ("Boston, MA" is not Morocco, "Denver, CO" not Colombia).
    const code = codeByName.get(part);
    if (code) return code;
  }
  return undefined;
}

/** "Stockholm, Sweden" -> "Stockholm": the first part, for PostalAddress.addressLocality. */
export function localityOfLocation(location: string): string {
  return location.split(',')[0]!.trim();
}
