/**
 * Where a posting is, as the listing schema says it: a workplace, the
 * regions or countries applicants may live in, and an office "City, Country".
 * Services give structured fields (a country code, remote flags) and a free
 * location text; the text is read in its common forms only ("Remote - Germany",
 * "Berlin, Germany", "Remote (EU)", "Hybrid - Austin, TX"). Anything else is
 * `unsure`, and the listing becomes a draft: a guess would put a job on the
 * wrong country's page.
 */
import { regions } from '../config/regions.ts';
import { countryName, isCountryCode } from '../config/countries.ts';
import { countryOfLocation } from '../lib/location.ts';
import type { Workplace } from '../schema/job.ts';

export interface Placement {
  workplace?: Workplace | undefined;
  /** Region ids and country codes applicants may live in. */
  region?: string[] | undefined;
  /** The office, ending with its country's name. */
  location?: string | undefined;
  /** Why the importer cannot place the posting; the listing is then a draft. */
  unsure?: string | undefined;
}

const regionAliases: Record<string, string> = {
  anywhere: 'worldwide',
  global: 'worldwide',
  'world wide': 'worldwide',
  'european union': 'eu',
  latam: 'latin-america',
  'asia pacific': 'apac',
  'asia-pacific': 'apac',
  mena: 'middle-east',
  'north-america': 'north-america',
};
const regionByName = new Map<string, string>(regions.flatMap((r) => [[r.id, r.id] as const, [r.label.toLowerCase(), r.id] as const]));
for (const [alias, id] of Object.entries(regionAliases)) regionByName.set(alias, id);

/** Codes people write that ISO spells differently. */
const codeAliases: Record<string, string> = { UK: 'GB', USA: 'US' };

// Two-letter state and province codes are read only after a town ("Austin, TX"), where they cannot be countries.
const usStates = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA ' +
    'WA WV WI WY DC'
  ).split(' '),
);
const canadianProvinces = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));

/** The country code of a name ("Germany"), an alias ("UK") or an ISO code ("DE"). */
export function countryCode(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return undefined;
  const upper = codeAliases[trimmed.toUpperCase()] ?? trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isCountryCode(upper)) return upper;
  return countryOfLocation(trimmed);
}

/** Region ids and country codes named by a text like "EU", "Germany or Austria", "US/Canada"; undefined unless every part is one. */
export function areaEntries(text: string): string[] | undefined {
  const parts = text
    .split(/,|\/|&|\+|\bor\b|\band\b/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.length) return undefined;
  const entries = parts.map((part) => regionByName.get(part.toLowerCase()) ?? countryCode(part));
  return entries.every((entry): entry is string => entry !== undefined) ? [...new Set(entries)] : undefined;
}

/** "Berlin, Germany" as is; "Austin, TX" → "Austin, TX, United States"; undefined without a country. */
export function officeLocation(text: string): { location: string; country: string } | undefined {
  const trimmed = text.trim();
  const country = countryOfLocation(trimmed);
  if (country) return { location: trimmed, country };
  const parts = trimmed.split(',').map((part) => part.trim());
  const last = parts.at(-1)?.toUpperCase() ?? '';
  if (parts.length === 2 && parts[0]) {
    if (usStates.has(last)) return { location: `${trimmed}, ${countryName('US')}`, country: 'US' };
    if (canadianProvinces.has(last)) return { location: `${trimmed}, ${countryName('CA')}`, country: 'CA' };
  }
  return undefined;
}

const workplaceWords: readonly [RegExp, Workplace][] = [
  [/\bhybrid\b/i, 'hybrid'],
  [/\bremote\b|\bwork from home\b|\bwfh\b|\banywhere\b/i, 'remote'],
  [/\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b/i, 'onsite'],
];
/** What is left around a workplace word: separators, brackets and little words like "in" or "only". */
const filler = /^[\s\-–—:,;|/()[\].]+|[\s\-–—:,;|/()[\].]+$|^(?:in|from|within|based in|the)\s+|\s+(?:only|based)$/gi;

function stripFiller(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(filler, '').trim();
  } while (current !== previous);
  return current;
}

/** A location text in its common forms; `workplace` from a structured field wins over words in the text. */
export function placeFromText(text: string | null | undefined, workplace?: Workplace): Placement {
  const raw = (text ?? '').replace(/\s+/g, ' ').trim();
  if (/[;\n]| \| /.test(text ?? '')) return { workplace, unsure: `the location names several places (${JSON.stringify(raw)})` };
  const found = workplaceWords.find(([pattern]) => pattern.test(raw));
  const said = found?.[1];
  const rest = stripFiller(found ? raw.replace(found[0], ' ') : raw);
  // "anywhere" is a region as much as a workplace.
  const scopeText = /\banywhere\b/i.test(raw) && !rest ? 'worldwide' : rest;
  const kind = workplace ?? said ?? 'onsite';
  if (kind === 'remote') {
    const area = scopeText
      ? (areaEntries(scopeText) ?? (officeLocation(scopeText) ? [officeLocation(scopeText)!.country] : undefined))
      : undefined;
    if (area) return { workplace: 'remote', region: area };
    return {
      workplace: 'remote',
      unsure: raw
        ? `the location ${JSON.stringify(raw)} says no country or region applicants may live in`
        : 'the posting names no location',
    };
  }
  const office = rest ? officeLocation(rest) : undefined;
  if (office) return { workplace: kind, location: office.location, region: kind === 'hybrid' ? [office.country] : undefined };
  return {
    workplace: kind,
    unsure: raw ? `the location ${JSON.stringify(raw)} names no country` : 'the posting names no location',
  };
}

export interface StructuredPlace {
  workplace?: Workplace | undefined;
  /** ISO code or name of the posting's country. */
  country?: string | null | undefined;
  /** The town of the office, if the service gives it apart. */
  city?: string | null | undefined;
  /** The service's location text. */
  text?: string | null | undefined;
}

/**
 * Structured fields first, the text to fill the gaps: a remote posting's text
 * ("Remote (EU)") says more than the country of its office; an office posting
 * gets "City, Country" from the fields.
 */
export function placeFromFields(place: StructuredPlace): Placement {
  const fromText = placeFromText(place.text, place.workplace);
  const workplace = place.workplace ?? fromText.workplace;
  const country = countryCode(place.country);
  if (workplace === 'remote') {
    if (fromText.region) return { workplace, region: fromText.region };
    return country ? { workplace, region: [country] } : { ...fromText, workplace };
  }
  if (country && workplace) {
    const town = stripFiller((place.city ?? '').replace(/\b(?:hybrid|remote|on[- ]?site)\b/gi, ' '));
    const office =
      fromText.location && countryOfLocation(fromText.location) === country
        ? fromText.location
        : town && countryOfLocation(town) !== country
          ? `${town}, ${countryName(country)}`
          : town || countryName(country);
    return { workplace, location: office, region: workplace === 'hybrid' ? [country] : undefined };
  }
  return { ...fromText, workplace };
}
