/**
 * Job board payloads in each service's documented shape, written for these
 * tests: fictional companies, fictional jobs. Each builder takes overrides so
 * a test changes one field and keeps the rest realistic.
 */

/** About 400 characters of description, enough for the validator's length rule. */
export const aboutHtml =
  '<h1>About the role</h1><p>You will look after the tools our field crews use every day: the route planner, the parts catalogue and the offline app that syncs when a van gets signal again.</p>' +
  '<h2>What you will do</h2><ul><li>Ship small improvements every week and measure whether they helped.</li><li>Spend a day each quarter riding along with a crew.</li><li>Review code and write down decisions.</li></ul>' +
  '<p>Questions? Write to <a href="mailto:hiring@example.org">our hiring team</a>.</p>';

const escape = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function greenhouseJob(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    internal_job_id: id + 1000,
    title: 'Senior Backend Engineer (Go)',
    updated_at: '2026-11-20T10:00:00-05:00',
    first_published: '2026-11-10T09:00:00-05:00',
    requisition_id: `R-${id}`,
    location: { name: 'Remote - Germany' },
    absolute_url: `https://boards.greenhouse.io/oakhollow/jobs/${id}`,
    language: 'en',
    metadata: null,
    // Greenhouse sends the description's tags entity-escaped.
    content: escape(aboutHtml),
    departments: [{ id: 11, name: 'Engineering', parent_id: null, child_ids: [] }],
    offices: [{ id: 21, name: 'Germany', location: 'Germany', parent_id: null, child_ids: [] }],
    pay_input_ranges: [{ min_cents: 8_000_000, max_cents: 9_500_000, currency_type: 'EUR', title: 'Germany', blurb: '' }],
    ...overrides,
  };
}

export const greenhouseBoard = (jobs: unknown[]) => ({ jobs, meta: { total: jobs.length } });

export function leverPosting(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    text: 'Product Designer, Mobile',
    categories: { location: 'Porto', commitment: 'Full-time', team: 'Mobile', department: 'Design' },
    country: 'PT',
    workplaceType: 'hybrid',
    createdAt: Date.parse('2026-11-12T08:30:00Z'),
    descriptionPlain: 'plain',
    description:
      '<div><b>We are redrawing the app harbour masters use on the quay.</b></div><div>You will work with two engineers and a researcher, and visit marinas to watch the app in use. We care about large touch targets, bright sunlight and gloves.</div>',
    lists: [
      { text: 'What you bring', content: '<li>Three years of designing for phones</li><li>Figma, and prototypes people can hold</li>' },
      { text: 'What we offer', content: '<li>Four weeks of holiday and a sailing course</li>' },
    ],
    additional: '<div>We read every application and answer within two weeks.</div>',
    hostedUrl: `https://jobs.lever.co/saltmarsh/${id}`,
    applyUrl: `https://jobs.lever.co/saltmarsh/${id}/apply`,
    salaryRange: { currency: 'EUR', interval: 'per-year-salary', min: 52000, max: 64000 },
    ...overrides,
  };
}

export function ashbyJob(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: 'Staff Data Engineer',
    department: 'Data',
    team: 'Platform',
    employmentType: 'FullTime',
    location: 'Remote (EU)',
    secondaryLocations: [],
    isListed: true,
    isRemote: true,
    workplaceType: 'Remote',
    address: { postalAddress: { addressLocality: 'Ghent', addressRegion: 'East Flanders', addressCountry: 'Belgium' } },
    publishedAt: '2026-11-14T16:21:55.393+00:00',
    jobUrl: `https://jobs.ashbyhq.com/fernlight/${id}`,
    applyUrl: `https://jobs.ashbyhq.com/fernlight/${id}/application`,
    descriptionHtml:
      '<p>Fernlight measures how much light reaches the floor of greenhouses, and our pipelines turn those readings into advice growers act on the same morning.</p><h3>You will</h3><ul><li>Own the ingestion of sensor readings from a few thousand sites.</li><li>Keep the warehouse tidy, tested and cheap.</li></ul><p>We meet twice a year in Ghent.</p>',
    descriptionPlain: 'plain',
    shouldDisplayCompensationOnJobPostings: true,
    compensation: {
      compensationTierSummary: '€70K – €85K',
      scrapeableCompensationSalarySummary: '€70K - €85K',
      compensationTiers: [
        {
          id: 'tier-1',
          title: 'EU',
          tierSummary: '€70K – €85K',
          components: [
            {
              id: 'c1',
              summary: '€70K – €85K',
              compensationType: 'Salary',
              interval: '1 YEAR',
              currencyCode: 'EUR',
              minValue: 70000,
              maxValue: 85000,
            },
            {
              id: 'c2',
              summary: '0.1%',
              compensationType: 'EquityPercentage',
              interval: 'NONE',
              currencyCode: null,
              minValue: 0.1,
              maxValue: 0.1,
            },
          ],
        },
      ],
      summaryComponents: [
        {
          id: 's1',
          summary: '€70K – €85K',
          compensationType: 'Salary',
          interval: '1 YEAR',
          currencyCode: 'EUR',
          minValue: 70000,
          maxValue: 85000,
        },
      ],
    },
    ...overrides,
  };
}

export function recruiteeOffer(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    slug: `installer-${id}`,
    title: 'Heat Pump Installer',
    department: 'Field operations',
    tags: ['Heat pumps', 'Electrical installation', 'Dutch'],
    salary: { min: '3400.00', max: '4100.00', period: 'month', currency: 'EUR' },
    remote: false,
    hybrid: false,
    on_site: true,
    location: 'Utrecht, Netherlands',
    city: 'Utrecht',
    country: 'Netherlands',
    country_code: 'NL',
    employment_type_code: 'fulltime_permanent',
    published_at: '2026-11-05 07:45:00 UTC',
    close_at: '2027-01-31 23:00:00 UTC',
    careers_url: `https://brookvane.recruitee.com/o/installer-${id}`,
    careers_apply_url: `https://brookvane.recruitee.com/o/installer-${id}/c/new`,
    description:
      '<p>You install heat pumps in apartment blocks with a crew of three, from the first survey to the day residents feel the warm floors.</p><p>We train you on every model we fit, and you drive one of our electric vans.</p>',
    requirements:
      '<ul><li>A vocational certificate in installation or electrical work</li><li>A driving licence (B)</li><li>Good Dutch; English is a plus</li></ul>',
    ...overrides,
  };
}
