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
 */
export function countryOfLocation(location: string): string | undefined {
  const parts = location
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .reverse();
  for (const part of parts) {
    const code = codeByName.get(part) ?? (part.length === 2 ? codeByName.get(countryName(part.toUpperCase()).toLowerCase()) : undefined);
    if (code) return code;
  }
  return undefined;
}

/** "Stockholm, Sweden" -> "Stockholm": the first part, for PostalAddress.addressLocality. */
export function localityOfLocation(location: string): string {
  return location.split(',')[0]!.trim();
}
