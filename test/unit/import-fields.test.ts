/** The importer's readers for what services state loosely: places, pay, employment, experience, skills and dates. */
import { describe, expect, it } from 'vitest';
import { placeFromFields, placeFromText } from '../../src/import/place.ts';
import { payFromRanges, periodFromWord } from '../../src/import/pay.ts';
import { dateOf, employmentFromText, employmentFromTitle, experienceFromTitle, roleOf, skillsFor } from '../../src/import/fields.ts';
import { categoryFor, expiryFor } from '../../src/import/listing.ts';

describe('placeFromText (Greenhouse and fallbacks)', () => {
  it.each([
    ['Remote - Germany', { workplace: 'remote', region: ['DE'] }],
    ['Remote (EU)', { workplace: 'remote', region: ['eu'] }],
    ['Remote – EMEA', { workplace: 'remote', region: ['emea'] }],
    ['Germany (Remote)', { workplace: 'remote', region: ['DE'] }],
    ['Remote, US or Canada', { workplace: 'remote', region: ['US', 'CA'] }],
    ['Remote in the UK', { workplace: 'remote', region: ['GB'] }],
    ['Anywhere', { workplace: 'remote', region: ['worldwide'] }],
    ['Berlin, Germany', { workplace: 'onsite', location: 'Berlin, Germany' }],
    ['Berlin, Germany (Hybrid)', { workplace: 'hybrid', location: 'Berlin, Germany', region: ['DE'] }],
    ['Hybrid - Austin, TX', { workplace: 'hybrid', location: 'Austin, TX, United States', region: ['US'] }],
    ['Toronto, ON', { workplace: 'onsite', location: 'Toronto, ON, Canada' }],
  ])('%s', (text, expected) => {
    const place = placeFromText(text);
    expect(place.unsure).toBeUndefined();
    expect({ ...place, region: place.region ?? undefined }).toMatchObject(expected);
  });

  it.each([
    ['Remote', /says no country or region/],
    ['Remote (Mars)', /says no country or region/],
    ['London', /names no country/],
    ['Berlin; Remote', /several places/],
    ['', /names no location/],
  ])('is unsure about %j', (text, reason) => {
    expect(placeFromText(text).unsure).toMatch(reason);
  });
});

describe('placeFromFields (Lever, Ashby, Recruitee)', () => {
  it('builds "City, Country" from a town and a country code', () => {
    expect(placeFromFields({ workplace: 'hybrid', country: 'PT', city: 'Porto', text: 'Porto' })).toEqual({
      workplace: 'hybrid',
      location: 'Porto, Portugal',
      region: ['PT'],
    });
    expect(placeFromFields({ workplace: 'onsite', country: 'Belgium', city: 'Ghent' })).toMatchObject({ location: 'Ghent, Belgium' });
  });

  it('prefers the text for a remote posting, and falls back to the country', () => {
    expect(placeFromFields({ workplace: 'remote', country: 'DE', text: 'Remote (EU)' })).toEqual({ workplace: 'remote', region: ['eu'] });
    expect(placeFromFields({ workplace: 'remote', country: 'NL', text: 'Amsterdam' })).toEqual({ workplace: 'remote', region: ['NL'] });
    expect(placeFromFields({ workplace: 'remote', text: 'Remote' }).unsure).toMatch(/no country or region/);
  });

  it('reads the text when the service gives no workplace', () => {
    expect(placeFromFields({ text: 'Remote - Spain' })).toEqual({ workplace: 'remote', region: ['ES'] });
  });
});

describe('payFromRanges', () => {
  const year = (min: unknown, max: unknown, currency: unknown = 'EUR') => ({ min, max, currency, period: 'year' as const });

  it('takes a structured range, and the span of several zones in one currency', () => {
    expect(payFromRanges([year(60000, 75000)])).toEqual({
      salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year', estimated: false },
    });
    expect(payFromRanges([year(60000, 70000), year(65000, 80000)]).salary).toMatchObject({ min: 60000, max: 80000 });
    expect(payFromRanges([{ min: '3400.00', max: '4,100', currency: 'eur', period: 'month' }]).salary).toMatchObject({
      min: 3400,
      max: 4100,
      currency: 'EUR',
    });
  });

  it('writes a single figure without max', () => {
    expect(payFromRanges([year(70000, 70000)]).salary).toEqual({ min: 70000, currency: 'EUR', period: 'year', estimated: false });
  });

  it('leaves the salary out without a minimum, and without any amount', () => {
    expect(payFromRanges([year(undefined, 90000)])).toEqual({});
    expect(payFromRanges([year(null, null)])).toEqual({});
    expect(payFromRanges([])).toEqual({});
  });

  it('is unsure about an unknown currency or period, mixed currencies, an upside-down range or a doubtful figure', () => {
    expect(payFromRanges([year(1, 2, 'XBT')]).unsure).toMatch(/"XBT", which is not an ISO 4217 currency/);
    expect(payFromRanges([{ min: 500, max: 600, currency: 'USD', period: undefined, periodText: 'one-time' }]).unsure).toMatch(
      /"one-time" is not one/,
    );
    expect(payFromRanges([year(1000, 2000, 'USD'), year(1000, 2000, 'EUR')]).unsure).toMatch(/several currencies/);
    expect(payFromRanges([year(90000, 50000)]).unsure).toMatch(/upside down/);
    // A Greenhouse range is taken as yearly; an hourly figure then looks wrong and is doubted, not published.
    expect(payFromRanges([year(25, 40, 'USD')]).unsure).toMatch(/amounts are under 1,000/);
  });

  it('reads period words', () => {
    expect(['year', 'Monthly', 'hourly', 'annual', 'daily', 'per week', 'fortnight'].map(periodFromWord)).toEqual([
      'year',
      'month',
      'hour',
      'year',
      'day',
      'week',
      undefined,
    ]);
  });
});

describe('employment, experience and skills', () => {
  it('maps employment words, and from a title only the unambiguous ones', () => {
    expect(
      ['Full-time', 'fulltime permanent', 'Part time', 'Contract', 'Internship', 'Freelance', 'Whenever'].map(employmentFromText),
    ).toEqual(['full-time', 'full-time', 'part-time', 'contract', 'internship', 'freelance', undefined]);
    expect(employmentFromTitle('Contract Manager')).toBeUndefined();
    expect(employmentFromTitle('Marketing Intern')).toBe('internship');
    expect(employmentFromTitle('Internal Tools Engineer')).toBeUndefined();
  });

  it('reads the experience level from the title, mid-senior by default', () => {
    expect(
      [
        'Junior Analyst',
        'Senior Engineer',
        'Director of Sales',
        'Head of Design',
        'VP Engineering',
        'Associate Product Manager',
        'Designer',
      ].map((t) => experienceFromTitle(t, 'full-time')),
    ).toEqual(['entry', 'mid-senior', 'director', 'director', 'executive', 'associate', 'mid-senior']);
    expect(experienceFromTitle('Summer Programme', 'internship')).toBe('internship');
  });

  it('takes tags first, then the specialities a title names, the department and the team', () => {
    expect(skillsFor({ title: 'X', tags: ['TypeScript', 'typescript', 'React'] })).toEqual(['TypeScript', 'React']);
    expect(skillsFor({ title: 'Senior Backend Engineer (Go, Kubernetes)', department: 'Engineering', team: 'Payments' })).toEqual([
      'Go',
      'Kubernetes',
      'Engineering',
      'Payments',
    ]);
    expect(skillsFor({ title: 'Data Engineer – Python & dbt' })).toEqual(['Python', 'dbt']);
    // Places, contract words and gender notes are not skills; the role is the last resort.
    expect(skillsFor({ title: 'Account Executive - Remote (Germany)' })).toEqual(['Account Executive']);
    expect(skillsFor({ title: 'Werkstudent Marketing (m/w/d)' })).toEqual(['Werkstudent Marketing']);
    expect(roleOf('Senior Staff Software Engineer II, Platform')).toBe('Software Engineer');
  });
});

describe('dates, expiry and category', () => {
  it('reads ISO timestamps, Recruitee timestamps and milliseconds as UTC dates', () => {
    expect(dateOf('2026-11-10T23:30:00-05:00')).toBe('2026-11-11');
    expect(dateOf('2026-11-05 07:45:00 UTC')).toBe('2026-11-05');
    expect(dateOf(Date.parse('2026-11-12T08:30:00Z'))).toBe('2026-11-12');
    expect(dateOf('soon')).toBeUndefined();
    expect(dateOf(undefined)).toBeUndefined();
  });

  it('extends expiry in 30-day steps, so it moves once a month and not every day', () => {
    expect(expiryFor('2026-11-10', '2026-11-10')).toBe('2026-12-10');
    expect(expiryFor('2026-11-10', '2026-12-03')).toBe('2026-12-10');
    expect(expiryFor('2026-11-10', '2026-12-04')).toBe('2027-01-09');
    expect(expiryFor('2026-11-10', '2027-01-01')).toBe('2027-01-09');
    const days = Array.from({ length: 90 }, (_, i) =>
      expiryFor('2026-11-10', new Date(Date.UTC(2026, 10, 10 + i)).toISOString().slice(0, 10)),
    );
    // 90 days, four dates: it moved three times.
    expect(new Set(days).size).toBe(4);
  });

  it("uses the service's own closing date while it lies ahead", () => {
    expect(expiryFor('2026-11-05', '2026-11-25', '2027-01-31')).toBe('2027-01-31');
    expect(expiryFor('2026-11-05', '2026-11-25', '2026-11-20')).toBe('2026-12-05');
  });

  it('maps departments to categories, case-insensitively, with the profile category as default', () => {
    const config = {
      from: 'lever' as const,
      board: 'x',
      category: 'engineering' as const,
      departments: { Design: 'product-design' as const },
    };
    expect(categoryFor(config, 'design')).toBe('product-design');
    expect(categoryFor(config, 'Sales')).toBe('engineering');
    expect(categoryFor(config, undefined)).toBe('engineering');
  });
});
