/**
 * Recruitee's careers site API (<board>.recruitee.com/api/offers/):
 * `{ offers: [...] }`. The `remote`, `hybrid` and `on_site` flags and
 * `country_code` place the offer; `tags` are its skills; `close_at` is its
 * closing date. Salary amounts arrive as text ("4500.00").
 */
import { z } from 'astro/zod';
import type { Workplace } from '../schema/job.ts';
import { placeFromFields, type Placement } from './place.ts';
import { payFromRanges, periodFromWord } from './pay.ts';
import { cleanText, dateOf, employmentFromText } from './fields.ts';
import { serviceMapping } from './posting.ts';

const text = z.string().nullish();
const figure = z.union([z.string(), z.number()]).nullish();

const offer = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  careers_url: z.string(),
  careers_apply_url: text,
  department: text,
  tags: z.array(z.unknown()).nullish(),
  salary: z.object({ min: figure, max: figure, period: text, currency: text }).nullish(),
  remote: z.boolean().nullish(),
  hybrid: z.boolean().nullish(),
  on_site: z.boolean().nullish(),
  location: text,
  city: text,
  country_code: text,
  published_at: text,
  close_at: text,
  employment_type_code: text,
  description: text,
  requirements: text,
});

const payload = z.object({ offers: z.array(z.unknown()) });

type Offer = z.output<typeof offer>;

function placement(data: Offer): Placement {
  const flags: Workplace[] = [
    ...(data.remote ? ['remote' as const] : []),
    ...(data.hybrid ? ['hybrid' as const] : []),
    ...(data.on_site ? ['onsite' as const] : []),
  ];
  // "Remote or on site" is two offers in one: an editor decides which the board shows.
  if (flags.length > 1 && !flags.includes('hybrid')) return { unsure: `Recruitee marks it ${flags.join(' and ')} at once` };
  const workplace = flags.includes('hybrid') ? 'hybrid' : flags[0];
  return placeFromFields({ workplace, country: data.country_code, city: data.city, text: data.location });
}

export const recruitee = serviceMapping({
  service: 'recruitee',
  list: (body) => payload.safeParse(body).data?.offers,
  expected: 'expected an object with an "offers" list',
  item: offer,
  titleKey: 'title',
  build: (data, id) => {
    const salary = data.salary;
    return {
      id,
      title: cleanText(data.title),
      postingUrl: data.careers_url.trim(),
      applyUrl: (data.careers_apply_url ?? data.careers_url).trim(),
      published: dateOf(data.published_at),
      closes: dateOf(data.close_at),
      department: cleanText(data.department) || undefined,
      tags: (data.tags ?? []).filter((tag): tag is string => typeof tag === 'string').map(cleanText),
      employment: employmentFromText((data.employment_type_code ?? '').replace(/_/g, ' ')),
      place: placement(data),
      pay: salary
        ? payFromRanges([
            {
              min: salary.min,
              max: salary.max,
              currency: salary.currency,
              period: periodFromWord(salary.period),
              periodText: salary.period,
            },
          ])
        : {},
      description: [
        { html: data.description ?? '' },
        { heading: data.requirements?.trim() ? 'Requirements' : undefined, html: data.requirements ?? '' },
      ],
    };
  },
});
