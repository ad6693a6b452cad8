import { describe, expect, it } from 'vitest';
import { breadcrumbList, jobPosting, jsonLdText, organization, webSite, type PostingInput } from '../../src/seo/job-posting.ts';
import { countryOfLocation, localityOfLocation, regionOfLocation } from '../../src/lib/location.ts';
import { countryCodes } from '../../src/config/countries.ts';

const base: PostingInput = {
  slug: 'designer-acme',
  title: 'Product Designer',
  descriptionHtml: '<p>Hi</p>',
  posted: '2026-11-20',
  closes: '2027-01-19',
  employment: 'full-time',
  workplace: 'remote',
  region: ['DE', 'AT'],
  url: 'https://jobs.example/jobs/designer-acme/',
  company: { name: 'Acme', website: 'https://acme.example', logoUrl: 'https://jobs.example/_astro/acme.svg' },
};

describe('JobPosting', () => {
  it('maps the core fields', () => {
    const posting = jobPosting(base);
    expect(posting).toMatchObject({
      '@type': 'JobPosting',
      title: 'Product Designer',
      description: '<p>Hi</p>',
      datePosted: '2026-11-20',
      validThrough: '2027-01-19T23:59:59Z',
      employmentType: 'FULL_TIME',
      directApply: false,
      identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'designer-acme' },
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Acme',
        sameAs: 'https://acme.example',
        logo: 'https://jobs.example/_astro/acme.svg',
      },
    });
  });

  it.each([
    ['part-time', 'PART_TIME'],
    ['contract', 'CONTRACTOR'],
    ['freelance', 'CONTRACTOR'],
    ['internship', 'INTERN'],
  ] as const)('maps %s to %s', (employment, type) => {
    expect(jobPosting({ ...base, employment }).employmentType).toBe(type);
  });

  it('marks remote jobs TELECOMMUTE with the allowed countries, never region names', () => {
    const posting = jobPosting(base);
    expect(posting['jobLocationType']).toBe('TELECOMMUTE');
    expect(posting['applicantLocationRequirements']).toEqual([
      { '@type': 'Country', name: 'AT' },
      { '@type': 'Country', name: 'DE' },
    ]);
    expect(posting['jobLocation']).toBeUndefined();
  });

  it('expands regions; worldwide lists every country', () => {
    const eu = jobPosting({ ...base, region: ['eu'] })['applicantLocationRequirements'] as { name: string }[];
    expect(eu).toHaveLength(27);
    expect(eu.map((c) => c.name)).not.toContain('EU');
    const world = jobPosting({ ...base, region: ['worldwide'] })['applicantLocationRequirements'] as { name: string }[];
    expect(world).toHaveLength(countryCodes.length);
  });

  it('lists exactly the eligible countries: the region’s less its exclusions', () => {
    const names = (posting: Record<string, unknown>) => (posting['applicantLocationRequirements'] as { name: string }[]).map((c) => c.name);
    const europeButFrance = names(jobPosting({ ...base, region: ['eu'], exclude: ['FR'] }));
    expect(europeButFrance).toHaveLength(26);
    expect(europeButFrance).not.toContain('FR');
    expect(europeButFrance).toContain('DE');
    expect(names(jobPosting({ ...base, region: ['worldwide'], exclude: ['RU', 'BY'] }))).toHaveLength(countryCodes.length - 2);
  });

  it('gives hybrid and onsite jobs a postal address with a country', () => {
    const hybrid = jobPosting({ ...base, workplace: 'hybrid', region: ['SE'], location: 'Stockholm, Sweden' });
    expect(hybrid['jobLocationType']).toBeUndefined();
    expect(hybrid['jobLocation']).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Stockholm', addressCountry: 'SE' },
    });
    const onsite = jobPosting({ ...base, workplace: 'onsite', region: undefined, location: 'Austin, TX, USA' });
    expect(onsite['jobLocation']).toMatchObject({ address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' } });
  });

  it('includes the employer’s salary with its unit, and leaves estimates out', () => {
    const salary = { min: 45, max: 60, currency: 'GBP', period: 'hour' as const, estimated: false };
    expect(jobPosting({ ...base, salary })['baseSalary']).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'GBP',
      value: { '@type': 'QuantitativeValue', minValue: 45, maxValue: 60, unitText: 'HOUR' },
    });
    expect(jobPosting({ ...base, salary: { ...salary, estimated: true } })['baseSalary']).toBeUndefined();
  });

  it('escapes < so listing text cannot close the script tag', () => {
    const text = jsonLdText(jobPosting({ ...base, title: '</script><script>alert(1)</script>' }));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).title).toBe('</script><script>alert(1)</script>');
  });

  it('builds breadcrumbs and the site search action', () => {
    expect(breadcrumbList([{ name: 'Jobs', url: 'https://x/' }])).toMatchObject({
      itemListElement: [{ position: 1, name: 'Jobs', item: 'https://x/' }],
    });
    expect(webSite('Openings', 'https://x/', 'https://x/search/')).toMatchObject({
      potentialAction: { target: 'https://x/search/?q={search_term_string}' },
    });
  });

  it("describes a company page as its Organization: its own site as url, the board's page as mainEntityOfPage", () => {
    const company = { name: 'Acme', website: 'https://acme.example', logoUrl: 'https://x/_astro/acme.svg' };
    expect(organization(company, 'https://x/companies/acme/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Acme',
      url: 'https://acme.example',
      mainEntityOfPage: 'https://x/companies/acme/',
      logo: 'https://x/_astro/acme.svg',
    });
    expect(organization({ ...company, location: 'Lisbon, Portugal' }, 'https://x/c/')).toMatchObject({ location: 'Lisbon, Portugal' });
  });
});

describe('locations', () => {
  it.each([
    ['Stockholm, Sweden', 'SE'],
    ['Austin, TX, USA', 'US'],
    ['Manchester, United Kingdom', 'GB'],
    ['London, UK', 'GB'],
    ['São Paulo, Brazil', 'BR'],
    ['Somewhere nice', undefined],
    ['Austin, TX, US', 'US'],
    // State codes that are also country codes are not countries.
    ['Boston, MA', undefined],
    ['Los Angeles, CA', undefined],
    ['Wilmington, DE', undefined],
    // Only the last part names the country: earlier ones are towns named after one.
    ['Lebanon, NH', undefined],
    ['Peru, IN, USA', 'US'],
    ['Sydney, Nova Scotia, Canada', 'CA'],
    // Georgia is a country and a US state.
    ['Atlanta, Georgia', undefined],
    ['Atlanta, GA, USA', 'US'],
    ['Atlanta, Georgia, United States', 'US'],
    ['Tbilisi, Georgia', 'GE'],
    ['Georgia', 'GE'],
    ['', undefined],
  ])('%s -> %s', (location, code) => {
    expect(countryOfLocation(location)).toBe(code);
  });
  it('takes the locality from the first part', () => {
    expect(localityOfLocation('Kraków, Poland')).toBe('Kraków');
  });
  it.each([
    ['Chicago, IL, United States', 'IL'],
    ['Sydney, Nova Scotia, Canada', 'Nova Scotia'],
    ['Atlanta, Georgia, United States', 'Georgia'],
    ['Berlin, DE, Germany', undefined],
    // No country we can read last, so the middle could be the country: none is given.
    ['Boston, MA', undefined],
    ['Munich, DE', undefined],
    ['Toronto, ON, CA', undefined],
    ['Berlin, Deutschland', undefined],
    ['Atlanta, Georgia', undefined],
    ['Stockholm, Sweden', undefined],
    ['Lisbon', undefined],
  ])('takes the region of %s from between the town and the country: %s', (location, region) => {
    expect(regionOfLocation(location)).toBe(region);
  });
});
