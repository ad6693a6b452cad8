/**
 * Greenhouse's Job Board API (boards-api.greenhouse.io/v1/boards/<board>/jobs
 * ?content=true&pay_transparency=true): `{ jobs: [...] }`. The description is
 * HTML whose tags arrive entity-escaped ("&lt;p&gt;"), so it is decoded once
 * before it is parsed. Greenhouse has no workplace or country field: the
 * location text is read in its common forms (place.ts). Pay ranges
 * (`pay_input_ranges`, in cents) carry no period; Greenhouse's pay
 * transparency ranges are yearly, and a range that does not look yearly is
 * doubted and made a draft (pay.ts).
 */
import { z } from 'astro/zod';
import { decodeHTML } from 'entities';
import { placeFromText } from './place.ts';
import { payFromRanges } from './pay.ts';
import { cleanText, dateOf, employmentFromTitle } from './fields.ts';
import { serviceMapping } from './posting.ts';

const named = z.object({ name: z.string().nullish() });

const job = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  absolute_url: z.string(),
  location: named.nullish(),
  departments: z.array(named).nullish(),
  first_published: z.string().nullish(),
  content: z.string().nullish(),
  pay_input_ranges: z
    .array(z.object({ min_cents: z.number().nullish(), max_cents: z.number().nullish(), currency_type: z.string().nullish() }))
    .nullish(),
});

const payload = z.object({ jobs: z.array(z.unknown()) });

const cents = (value: number | null | undefined) => (typeof value === 'number' ? value / 100 : undefined);

export const greenhouse = serviceMapping({
  service: 'greenhouse',
  list: (body) => payload.safeParse(body).data?.jobs,
  expected: 'expected an object with a "jobs" list',
  item: job,
  titleKey: 'title',
  build: (data, id) => {
    const title = cleanText(data.title);
    return {
      id,
      title,
      postingUrl: data.absolute_url.trim(),
      applyUrl: data.absolute_url.trim(),
      published: dateOf(data.first_published),
      department: cleanText(data.departments?.[0]?.name) || undefined,
      employment: employmentFromTitle(title),
      place: placeFromText(data.location?.name),
      pay: payFromRanges(
        (data.pay_input_ranges ?? []).map((range) => ({
          min: cents(range.min_cents),
          max: cents(range.max_cents),
          currency: range.currency_type,
          period: 'year' as const,
        })),
      ),
      description: [{ html: decodeHTML(data.content ?? '') }],
    };
  },
});
