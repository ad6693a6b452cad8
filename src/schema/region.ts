/** Where applicants may live: the board's region ids (src/config/regions.ts) and ISO country codes. */
import { z } from 'astro/zod';
import { regionIds } from '../config/regions.ts';
import { isCountryCode } from '../config/countries.ts';
import { didYouMean } from '../lib/suggest.ts';
import { countryOfLocation } from '../lib/location.ts';
import { quote } from './messages.ts';

/** Codes people write that ISO spells differently. */
const countryAliases: Record<string, string> = { UK: 'GB', EN: 'GB', USA: 'US' };

/** A region id ("europe") or an ISO country code ("DE"). */
const regionEntry = z.string({ error: 'must be a region id or a country code' }).superRefine((value, ctx) => {
  if ((regionIds as readonly string[]).includes(value) || isCountryCode(value)) return;
  const asCountry = countryAliases[value.toUpperCase()] ?? value.toUpperCase();
  const hint = isCountryCode(asCountry) ? `; did you mean the country code "${asCountry}"?` : didYouMean(value, regionIds);
  ctx.addIssue({
    code: 'custom',
    message: `${quote(value)} is not a region or ISO country code${hint}; use one of ${regionIds.join(', ')}, or a two-letter country code like DE`,
  });
});

/** Where applicants may live: one region id or country code, or a list of them, without repeats. */
export const region = z
  .union([regionEntry, z.array(regionEntry).min(1, { error: 'must list at least one region or country' })], {
    error: 'must be a region id, a country code, or a list of them',
  })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]);

/** "FRA", "France" or "fr" → "FR": what an editor most likely meant by a code that is not one. */
function countryHint(value: string): string {
  const upper = value.toUpperCase();
  const code = countryAliases[upper] ?? (isCountryCode(upper) ? upper : countryOfLocation(value));
  return code ? `; did you mean "${code}"?` : '';
}

const countryEntry = z.string({ error: 'must be a two-letter country code, like FR' }).superRefine((value, ctx) => {
  if (isCountryCode(value)) return;
  ctx.addIssue({
    code: 'custom',
    message: `${quote(value)} is not an ISO country code${countryHint(value)}; write two capital letters, like FR for France`,
  });
});

/** Countries inside `region` whose residents may not apply: one code or a list, without repeats. */
export const exclude = z
  .union([countryEntry, z.array(countryEntry).min(1, { error: 'must list at least one country, or be left out' })], {
    error: 'must be a country code or a list of them, like [FR] or [FR, ES]',
  })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]);
