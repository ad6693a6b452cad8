/**
 * Lever's Postings API (api.lever.co/v0/postings/<board>?mode=json): a bare
 * list of postings. `workplaceType` (on-site, remote, hybrid, unspecified) and
 * `country` (ISO code) place the posting; `categories.location` names the
 * office. The description is `description` (opening and body), then each of
 * `lists` under its own heading, then `additional`.
 */
import { z } from 'astro/zod';
import type { SalaryPeriod } from '../schema/salary.ts';
import type { Workplace } from '../schema/job.ts';
import { placeFromFields } from './place.ts';
import { payFromRanges } from './pay.ts';
import { cleanText, dateOf, employmentFromText } from './fields.ts';
import type { HtmlSection } from './html-to-markdown.ts';
import { serviceMapping } from './posting.ts';

const text = z.string().nullish();

const posting = z.object({
  id: z.string(),
  text: z.string(),
  hostedUrl: z.string(),
  applyUrl: text,
  categories: z.object({ location: text, commitment: text, team: text, department: text }).nullish(),
  country: text,
  workplaceType: text,
  createdAt: z.number().nullish(),
  description: text,
  lists: z.array(z.object({ text, content: text })).nullish(),
  additional: text,
  salaryRange: z.object({ currency: z.unknown(), interval: z.unknown(), min: z.unknown(), max: z.unknown() }).nullish(),
});

const workplaces: Record<string, Workplace> = { 'on-site': 'onsite', onsite: 'onsite', remote: 'remote', hybrid: 'hybrid' };

const intervals: Record<string, SalaryPeriod> = {
  'per-year-salary': 'year',
  'per-month-salary': 'month',
  'per-week-salary': 'week',
  'per-day-wage': 'day',
  'per-hour-wage': 'hour',
};

export const lever = serviceMapping({
  service: 'lever',
  list: (body) => (Array.isArray(body) ? body : undefined),
  expected: 'expected a list of postings',
  item: posting,
  titleKey: 'text',
  build: (data, id) => {
    const categories = data.categories ?? {};
    const lists: HtmlSection[] = (data.lists ?? []).map((list) => ({
      heading: cleanText(list.text),
      html: `<ul>${list.content ?? ''}</ul>`,
    }));
    const range = data.salaryRange;
    return {
      id,
      title: cleanText(data.text),
      postingUrl: data.hostedUrl.trim(),
      applyUrl: (data.applyUrl ?? data.hostedUrl).trim(),
      published: dateOf(data.createdAt),
      department: cleanText(categories.department) || undefined,
      team: cleanText(categories.team) || undefined,
      employment: employmentFromText(categories.commitment),
      place: placeFromFields({
        workplace: workplaces[(data.workplaceType ?? '').toLowerCase()],
        country: data.country,
        city: categories.location,
        text: categories.location,
      }),
      pay: range
        ? payFromRanges([
            {
              min: range.min,
              max: range.max,
              currency: range.currency,
              period: typeof range.interval === 'string' ? intervals[range.interval] : undefined,
              periodText: range.interval,
            },
          ])
        : {},
      description: [{ html: data.description ?? '' }, ...lists, { html: data.additional ?? '' }],
    };
  },
});
