/**
 * Ashby's public posting API (api.ashbyhq.com/posting-api/job-board/<board>
 * ?includeCompensation=true): `{ jobs: [...] }`. Postings with
 * `isListed: false` are not public and are skipped. `workplaceType` (OnSite,
 * Remote, Hybrid; `isRemote` on older boards) and `address.postalAddress`
 * place the posting. Pay is read only when the company shows it on postings
 * (`shouldDisplayCompensationOnJobPostings`), from the salary components.
 */
import { z } from 'astro/zod';
import type { SalaryPeriod } from '../schema/salary.ts';
import type { EmploymentType, Workplace } from '../schema/job.ts';
import { placeFromFields } from './place.ts';
import { payFromRanges, type PayResult } from './pay.ts';
import { cleanText, dateOf } from './fields.ts';
import { serviceMapping } from './posting.ts';

const text = z.string().nullish();

const component = z.object({
  compensationType: text,
  interval: text,
  currencyCode: text,
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

const job = z.object({
  id: z.string(),
  title: z.string(),
  jobUrl: z.string(),
  applyUrl: text,
  department: text,
  team: text,
  employmentType: text,
  location: text,
  address: z.object({ postalAddress: z.object({ addressLocality: text, addressRegion: text, addressCountry: text }).nullish() }).nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: text,
  publishedAt: text,
  isListed: z.boolean().nullish(),
  descriptionHtml: text,
  shouldDisplayCompensationOnJobPostings: z.boolean().nullish(),
  compensation: z
    .object({
      summaryComponents: z.array(component).nullish(),
      compensationTiers: z.array(z.object({ components: z.array(component).nullish() })).nullish(),
    })
    .nullish(),
});

const payload = z.object({ jobs: z.array(z.unknown()) });

const workplaces: Record<string, Workplace> = { onsite: 'onsite', remote: 'remote', hybrid: 'hybrid' };
const employments: Record<string, EmploymentType> = {
  fulltime: 'full-time',
  parttime: 'part-time',
  intern: 'internship',
  contract: 'contract',
  temporary: 'contract',
};
const intervals: Record<string, SalaryPeriod> = {
  '1 YEAR': 'year',
  '1 MONTH': 'month',
  '1 WEEK': 'week',
  '1 DAY': 'day',
  '1 HOUR': 'hour',
};

type Job = z.output<typeof job>;

function pay(data: Job): PayResult {
  if (!data.shouldDisplayCompensationOnJobPostings || !data.compensation) return {};
  const { summaryComponents, compensationTiers } = data.compensation;
  const components = summaryComponents?.length ? summaryComponents : (compensationTiers ?? []).flatMap((tier) => tier.components ?? []);
  return payFromRanges(
    components
      .filter((c) => c.compensationType === 'Salary')
      .map((c) => ({
        min: c.minValue,
        max: c.maxValue,
        currency: c.currencyCode,
        period: intervals[(c.interval ?? '').toUpperCase()],
        periodText: c.interval,
      })),
  );
}

export const ashby = serviceMapping({
  service: 'ashby',
  list: (body) => payload.safeParse(body).data?.jobs,
  expected: 'expected an object with a "jobs" list',
  item: job,
  titleKey: 'title',
  build: (data, id) => {
    if (data.isListed === false) return { skip: 'is unlisted on Ashby', hidden: true };
    const address = data.address?.postalAddress;
    const workplace = workplaces[(data.workplaceType ?? '').toLowerCase()] ?? (data.isRemote ? 'remote' : undefined);
    return {
      id,
      title: cleanText(data.title),
      postingUrl: data.jobUrl.trim(),
      applyUrl: (data.applyUrl ?? data.jobUrl).trim(),
      published: dateOf(data.publishedAt),
      department: cleanText(data.department) || undefined,
      team: cleanText(data.team) || undefined,
      employment: employments[(data.employmentType ?? '').toLowerCase()],
      place: placeFromFields({ workplace, country: address?.addressCountry, city: address?.addressLocality, text: data.location }),
      pay: pay(data),
      description: [{ html: data.descriptionHtml ?? '' }],
    };
  },
});
