/**
 * The options of the three questions, worked out at build time so the
 * search page's script needs no country list, region table or zone list:
 * each country carries the regions that include it (`regionsIncluding`).
 */
import { countryCodes, countryName } from '../config/countries.ts';
import { regionsIncluding } from '../lib/eligibility.ts';
import { formatUtcOffset, MAX_OFFSET, MIN_OFFSET } from '../lib/time-zones.ts';

export interface CountryOption {
  code: string;
  name: string;
  regions: string;
}

/** Every country, by name, with the ids of the regions that hold it. */
export function countryOptions(): CountryOption[] {
  return countryCodes
    .map((code) => ({ code, name: countryName(code), regions: regionsIncluding(code).join(' ') }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The offsets with a quarter or half hour that some place keeps (India +5:30, Nepal +5:45, Chatham +12:45…). */
const oddOffsets = [-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765];

export interface OffsetOption {
  /** As the URL carries it, with an ASCII minus: "UTC-3:30". */
  value: string;
  label: string;
}

/** Every offset in use, west to east. */
export function offsetOptions(): OffsetOption[] {
  const whole = Array.from({ length: (MAX_OFFSET - MIN_OFFSET) / 60 + 1 }, (_, i) => MIN_OFFSET + i * 60);
  return [...whole, ...oddOffsets]
    .sort((a, b) => a - b)
    .map((offset) => ({ value: formatUtcOffset(offset).replace('−', '-'), label: formatUtcOffset(offset) }));
}
