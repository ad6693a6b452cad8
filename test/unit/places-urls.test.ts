import { describe, expect, it } from 'vitest';
import {
  countriesOf,
  isOpenTo,
  openToEntries,
  placeHeading,
  placeIntro,
  placeLabel,
  regionSummary,
  whereFacts,
  workplaceSummary,
} from '../../src/lib/places.ts';
import { normalizeBase, withBase, absoluteUrl, siteUrlProblem } from '../../src/lib/urls.ts';
import { routes } from '../../src/lib/routes.ts';
import { newFileUrl, reportListingUrl } from '../../src/lib/submit-link.ts';
import { regions } from '../../src/config/regions.ts';
import { isCountryCode } from '../../src/config/countries.ts';

describe('places', () => {
  it('labels regions and countries', () => {
    expect(placeLabel('europe')).toBe('Europe');
    expect(placeLabel('DE')).toBe('Germany');
    expect(regionSummary(['GB', 'IE'])).toBe('United Kingdom, Ireland');
  });
  it('summarises workplace and region like cards do', () => {
    expect(workplaceSummary('remote', ['europe'])).toBe('Remote (Europe)');
    expect(workplaceSummary('hybrid', ['DE'])).toBe('Hybrid (Germany)');
    expect(workplaceSummary('onsite', undefined)).toBe('On-site');
  });
  it('says where a job is without naming a place twice', () => {
    expect(whereFacts({ workplace: 'remote', region: ['PT', 'ES'], location: 'Portugal or Spain' })).toEqual(['Remote (Portugal, Spain)']);
    expect(whereFacts({ workplace: 'hybrid', region: ['DE'], location: 'Germany' })).toEqual(['Hybrid (Germany)']);
    // The office names the one country the job is open to; a remote job keeps its brackets.
    expect(whereFacts({ workplace: 'onsite', region: ['DK'], location: 'Aarhus, Denmark' })).toEqual(['On-site', 'Aarhus, Denmark']);
    expect(whereFacts({ workplace: 'hybrid', region: ['JP'], location: 'Tokyo, Japan' })).toEqual(['Hybrid', 'Tokyo, Japan']);
    expect(whereFacts({ workplace: 'hybrid', region: ['europe'], location: 'Berlin, Germany' })).toEqual([
      'Hybrid (Europe)',
      'Berlin, Germany',
    ]);
    expect(whereFacts({ workplace: 'remote', region: ['DK'], location: 'Aarhus, Denmark' })).toEqual([
      'Remote (Denmark)',
      'Aarhus, Denmark',
    ]);
    expect(whereFacts({ workplace: 'remote', region: ['GB', 'IE'], location: 'UK & Ireland' })).toEqual([
      'Remote (United Kingdom, Ireland)',
    ]);
    expect(whereFacts({ workplace: 'remote', region: ['europe'], location: 'Europe' })).toEqual(['Remote (Europe)']);
    // The office, or a place the brackets do not name, is news.
    expect(whereFacts({ workplace: 'hybrid', region: ['DE', 'eu'], location: 'Berlin, Germany' })).toEqual([
      'Hybrid (Germany, EU)',
      'Berlin, Germany',
    ]);
    expect(whereFacts({ workplace: 'remote', region: ['europe'], location: 'Portugal' })).toEqual(['Remote (Europe)', 'Portugal']);
    expect(whereFacts({ workplace: 'remote', region: ['PT'], location: 'Portugal or Spain' })).toEqual([
      'Remote (Portugal)',
      'Portugal or Spain',
    ]);
    expect(whereFacts({ workplace: 'onsite', location: 'Tokyo, Japan' })).toEqual(['On-site', 'Tokyo, Japan']);
    expect(whereFacts({ workplace: 'remote', region: ['worldwide'] })).toEqual(['Remote (Worldwide)']);
  });
  it('expands regions to ISO countries', () => {
    const eu = countriesOf(['eu']);
    expect(eu.has('DE')).toBe(true);
    expect(eu.has('GB')).toBe(false);
    expect(countriesOf(['eu', 'GB']).has('GB')).toBe(true);
  });
  it('lists a job under a place when it accepts applicants there; worldwide only for worldwide jobs', () => {
    const europe = { entry: 'europe', countries: countriesOf(['europe']) };
    const worldwide = { entry: 'worldwide', countries: countriesOf(['worldwide']) };
    expect(isOpenTo(europe, ['DE'], countriesOf(['DE']))).toBe(true);
    expect(isOpenTo(europe, ['US'], countriesOf(['US']))).toBe(false);
    expect(isOpenTo(europe, ['worldwide'], countriesOf(['worldwide']))).toBe(true);
    expect(isOpenTo(worldwide, ['worldwide'], countriesOf(['worldwide']))).toBe(true);
    expect(isOpenTo(worldwide, ['europe', 'americas'], countriesOf(['europe', 'americas']))).toBe(false);
  });
  it('takes where a job is open to from its region, or else from the country of its office', () => {
    expect(openToEntries({ region: ['europe', 'US'], location: 'Tokyo, Japan' })).toEqual(['europe', 'US']);
    expect(openToEntries({ location: 'Tokyo, Japan' })).toEqual(['JP']);
    expect(openToEntries({ location: 'Somewhere by the sea' })).toEqual([]);
    expect(openToEntries({})).toEqual([]);
    // An on-site job in Japan is on Japan's page and on those of the regions Japan is in, as a job open to JP would be.
    const entries = openToEntries({ location: 'Tokyo, Japan' });
    const apac = { entry: 'apac', countries: countriesOf(['apac']) };
    expect(isOpenTo(apac, entries, countriesOf(entries))).toBe(true);
  });
  it('maps every configured region to valid country codes only', () => {
    for (const region of regions) {
      const invalid = region.countries.filter((c) => !isCountryCode(c));
      expect(invalid, region.id).toEqual([]);
    }
  });
});

describe('urls', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['board', '/board/'],
    ['/board/', '/board/'],
    ['//a/b//', '/a/b/'],
  ])('normalizes base %s -> %s', (input, out) => {
    expect(normalizeBase(input)).toBe(out);
  });
  it('prefixes paths with the base', () => {
    expect(withBase('/board/', routes.job('x'))).toBe('/board/jobs/x/');
    expect(withBase('/', routes.home())).toBe('/');
    expect(absoluteUrl('https://jobs.example', '/board', routes.category('engineering', 2))).toBe(
      'https://jobs.example/board/categories/engineering/2/',
    );
  });
  it('builds page 2+ paths', () => {
    expect(routes.home(1)).toBe('/');
    expect(routes.home(3)).toBe('/page/3/');
    expect(routes.skill('go', 1)).toBe('/skills/go/');
    expect(routes.skill('go', 2)).toBe('/skills/go/2/');
  });
  it('builds a GitHub new-file link', () => {
    const url = new URL(newFileUrl('https://github.com/o/r/', 'main', 'content/jobs/x.md', 'a: 1\n'));
    expect(url.pathname).toBe('/o/r/new/main');
    expect(url.searchParams.get('filename')).toBe('content/jobs/x.md');
    expect(url.searchParams.get('value')).toBe('a: 1\n');
  });
});

describe('SITE_URL as a host gives it', () => {
  it('takes a full address, with the sub-path in BASE_PATH', () => {
    expect(siteUrlProblem(undefined, undefined)).toBeUndefined();
    expect(siteUrlProblem('https://jobs.example.org', undefined)).toBeUndefined();
    expect(siteUrlProblem('https://jobs.example.org/', '/')).toBeUndefined();
    expect(siteUrlProblem('https://example.org/jobs/', '/jobs/')).toBeUndefined();
    expect(siteUrlProblem('http://localhost:4321', undefined)).toBeUndefined();
  });

  it('names the variable and the fix for a bare host, another scheme or a path without BASE_PATH', () => {
    expect(siteUrlProblem('example.org', undefined)).toBe(
      'SITE_URL "example.org" is not a full address; start it with https://, like SITE_URL=https://jobs.example.org',
    );
    expect(siteUrlProblem('ftp://example.org', undefined)).toBe(
      'SITE_URL "ftp://example.org" must start with https://, like SITE_URL=https://jobs.example.org',
    );
    expect(siteUrlProblem('https://example.org/jobs', undefined)).toBe(
      'SITE_URL "https://example.org/jobs" has a path, which the build would ignore; give the sub-path as BASE_PATH: SITE_URL=https://example.org BASE_PATH=/jobs/',
    );
  });
});

describe('report a listing', () => {
  it("opens a new issue on the board's repository naming the listing, its page and its file", () => {
    const url = new URL(
      reportListingUrl('https://github.com/o/r/', {
        slug: 'ux-lead-acme',
        title: 'UX Lead & "More"',
        url: 'https://jobs.example/jobs/ux-lead-acme/',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Listing report: UX Lead & "More" (ux-lead-acme)');
    expect(url.searchParams.get('body')).toContain(
      'Listing: https://jobs.example/jobs/ux-lead-acme/\nFile: content/jobs/ux-lead-acme.md\n',
    );
  });
});

describe('place pages', () => {
  it('are headed like category pages, with no "open to Worldwide"', () => {
    expect(placeHeading({ label: 'Worldwide' })).toBe('Worldwide jobs');
    expect(placeHeading({ label: 'United States' })).toBe('United States jobs');
  });

  it('say that a region lists jobs open to part of it, and a country jobs open to people living there', () => {
    expect(placeIntro({ slug: 'worldwide', label: 'Worldwide', kind: 'region' })).toBe('Jobs open to applicants anywhere in the world.');
    expect(placeIntro({ slug: 'europe', label: 'Europe', kind: 'region' })).toBe(
      'Remote, hybrid and on-site jobs open to applicants in all or part of Europe, and worldwide jobs. Each job says exactly where.',
    );
    expect(placeIntro({ slug: 'de', label: 'Germany', kind: 'country' })).toBe(
      'Remote, hybrid and on-site jobs that accept applicants living in Germany, including worldwide jobs.',
    );
  });
});
