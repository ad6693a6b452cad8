/**
 * Google for Jobs structured data (schema.org JobPosting) for one open job.
 * Every value here is also visible on the job page. Closed jobs get none.
 */
import type { EmploymentType, Workplace } from '../schema/job.ts';
import type { SalaryPeriod } from '../schema/salary.ts';
import type { Salary } from '../lib/salary.ts';
import { eligibleCountries } from '../lib/eligibility.ts';
import { countriesOf } from '../lib/places.ts';
import { countryOfLocation, localityOfLocation, regionOfLocation } from '../lib/location.ts';

const employmentTypes: Record<EmploymentType, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  freelance: 'CONTRACTOR',
  internship: 'INTERN',
};

const unitTexts: Record<SalaryPeriod, string> = { year: 'YEAR', month: 'MONTH', week: 'WEEK', day: 'DAY', hour: 'HOUR' };

export interface PostingInput {
  slug: string;
  title: string;
  descriptionHtml: string;
  posted: string;
  closes: string;
  employment: EmploymentType;
  workplace: Workplace;
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  location?: string | undefined;
  salary?: Salary | undefined;
  url: string;
  company: { name: string; website: string; logoUrl?: string | undefined; location?: string | undefined };
}

type JsonLd = Record<string, unknown>;

export function jobPosting(job: PostingInput): JsonLd {
  const posting: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.descriptionHtml,
    datePosted: job.posted,
    // Open through the closing day, so the posting is valid until its end (UTC).
    validThrough: `${job.closes}T23:59:59Z`,
    employmentType: employmentTypes[job.employment],
    hiringOrganization: {
      '@type': 'Organization',
      name: job.company.name,
      sameAs: job.company.website,
      ...(job.company.logoUrl ? { logo: job.company.logoUrl } : {}),
    },
    identifier: { '@type': 'PropertyValue', name: job.company.name, value: job.slug },
    directApply: false,
    url: job.url,
  };

  if (job.workplace === 'remote') {
    posting['jobLocationType'] = 'TELECOMMUTE';
  }
  if (job.region && job.region.length > 0) {
    // Exactly the eligible countries: regions ("europe", "worldwide") expanded to
    // the ISO countries they cover, less `exclude`. Google wants countries, never
    // "EU" or "Worldwide", and has no property for a working-hours window, so a
    // job with one still lists its countries (the window is on the page).
    posting['applicantLocationRequirements'] = [...eligibleCountries(job)].sort().map((code) => ({ '@type': 'Country', name: code }));
  }
  if (job.workplace !== 'remote' && job.location) {
    const country = countryOfLocation(job.location) ?? singleCountry(job.region);
    const region = regionOfLocation(job.location);
    posting['jobLocation'] = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: localityOfLocation(job.location),
        ...(region ? { addressRegion: region } : {}),
        ...(country ? { addressCountry: country } : {}),
      },
    };
  }
  // Only the employer's own figures: an estimate is not a salary offer.
  if (job.salary && !job.salary.estimated) {
    posting['baseSalary'] = {
      '@type': 'MonetaryAmount',
      currency: job.salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: job.salary.min,
        maxValue: job.salary.max ?? job.salary.min,
        unitText: unitTexts[job.salary.period],
      },
    };
  }
  return posting;
}

function singleCountry(region: readonly string[] | undefined): string | undefined {
  if (!region) return undefined;
  const countries = countriesOf(region);
  return countries.size === 1 ? [...countries][0] : undefined;
}

export function breadcrumbList(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * A company profile page: the employer as schema.org knows it. `url` is the
 * company's own site (search engines read it so); the board's page about it
 * is `mainEntityOfPage`.
 */
export function organization(
  company: { name: string; website: string; logoUrl?: string | undefined; location?: string | undefined },
  pageUrl: string,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: company.name,
    url: company.website,
    mainEntityOfPage: pageUrl,
    ...(company.logoUrl ? { logo: company.logoUrl } : {}),
    ...(company.location ? { location: company.location } : {}),
  };
}

export function webSite(name: string, url: string, searchUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${searchUrl}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so listing text can never close the tag. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
