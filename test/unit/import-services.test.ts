/**
 * Each service's reader on its own, pure: a payload in the service's shape
 * becomes postings with the workplace, region, office, employment and pay the
 * service's structured fields say, and a posting it cannot place says why.
 */
import { describe, expect, it } from 'vitest';
import { ashby } from '../../src/import/ashby.ts';
import { greenhouse } from '../../src/import/greenhouse.ts';
import { lever } from '../../src/import/lever.ts';
import { recruitee } from '../../src/import/recruitee.ts';
import type { Posting, ServiceMapping } from '../../src/import/posting.ts';
import { ashbyJob, greenhouseBoard, greenhouseJob, leverPosting, recruiteeOffer } from '../support/ats-payloads.ts';

/** The one posting a payload yields. */
function only(mapping: ServiceMapping, payload: unknown): Posting {
  const { postings, skipped } = mapping.read(payload);
  expect(skipped).toEqual([]);
  expect(postings).toHaveLength(1);
  return postings[0]!;
}
const summary = (p: Posting) => ({ place: p.place, employment: p.employment, salary: p.pay.salary, unsure: p.pay.unsure });

describe('Greenhouse', () => {
  it('reads the location text and the title, and its yearly pay zones in cents', () => {
    const p = only(greenhouse, greenhouseBoard([greenhouseJob(1, { title: 'Data Intern', location: { name: 'Berlin, Germany' } })]));
    expect(summary(p)).toEqual({
      place: { workplace: 'onsite', location: 'Berlin, Germany', region: undefined },
      employment: 'internship',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year', estimated: false },
      unsure: undefined,
    });
    expect(p.applyUrl).toBe('https://boards.greenhouse.io/oakhollow/jobs/1');
    expect(p.description[0]!.html).toMatch(/^<h1>About the role<\/h1>/);
  });
});

describe('Lever', () => {
  it('takes workplaceType and country, the commitment, and the salary interval', () => {
    const p = only(lever, [
      leverPosting('x1', {
        workplaceType: 'remote',
        country: 'US',
        categories: { location: 'Remote', commitment: 'Part-time', team: 'Mobile' },
        salaryRange: { currency: 'USD', interval: 'per-hour-wage', min: 40, max: 55 },
      }),
    ]);
    expect(summary(p)).toEqual({
      place: { workplace: 'remote', region: ['US'] },
      employment: 'part-time',
      salary: { min: 40, max: 55, currency: 'USD', period: 'hour', estimated: false },
      unsure: undefined,
    });
  });
});

describe('Ashby', () => {
  it('builds the office from the postal address, maps the employment type, and reads pay only when shown', () => {
    const p = only(ashby, {
      jobs: [
        ashbyJob('a1', {
          workplaceType: 'OnSite',
          isRemote: false,
          location: 'Ghent',
          employmentType: 'PartTime',
          shouldDisplayCompensationOnJobPostings: false,
        }),
      ],
    });
    expect(summary(p)).toEqual({
      place: { workplace: 'onsite', location: 'Ghent, Belgium', region: undefined },
      employment: 'part-time',
      salary: undefined,
      unsure: undefined,
    });
  });

  it('falls back to isRemote on boards without workplaceType, and reads "USA"', () => {
    const p = only(ashby, {
      jobs: [
        ashbyJob('a2', {
          workplaceType: undefined,
          isRemote: true,
          location: 'Houston, TX',
          address: { postalAddress: { addressLocality: 'Houston', addressRegion: 'Texas', addressCountry: 'USA' } },
        }),
      ],
    });
    expect(p.place).toEqual({ workplace: 'remote', region: ['US'] });
  });

  it('leaves unlisted postings out as hidden, so their listings close', () => {
    expect(ashby.read({ jobs: [ashbyJob('a3', { isListed: false })] })).toEqual({
      postings: [],
      skipped: [{ id: 'a3', title: 'Staff Data Engineer', reason: 'is unlisted on Ashby', hidden: true }],
    });
  });
});

describe('Recruitee', () => {
  it('reads the remote, hybrid and on-site flags with the country code, and the tags', () => {
    const remote = only(recruitee, {
      offers: [recruiteeOffer(1, { remote: true, on_site: false, country_code: 'DE', location: 'Germany' })],
    });
    expect(remote.place).toEqual({ workplace: 'remote', region: ['DE'] });
    expect(remote.tags).toEqual(['Heat pumps', 'Electrical installation', 'Dutch']);
    const hybrid = only(recruitee, { offers: [recruiteeOffer(2, { hybrid: true, on_site: true })] });
    expect(hybrid.place).toEqual({ workplace: 'hybrid', location: 'Utrecht, Netherlands', region: ['NL'] });
    expect(hybrid.closes).toBe('2027-01-31');
  });

  it('is unsure about an offer marked remote and on site at once', () => {
    const both = only(recruitee, { offers: [recruiteeOffer(3, { remote: true, on_site: true })] });
    expect(both.place.unsure).toBe('Recruitee marks it remote and onsite at once');
  });
});
