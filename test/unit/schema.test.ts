import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../src/schema/job.ts';
import { companySchema, logoPathSchema } from '../../src/schema/company.ts';

const valid = {
  title: 'Senior Product Designer',
  company: 'acme',
  category: 'product-design',
  workplace: 'remote',
  region: 'europe',
  experience: 'mid-senior',
  skills: ['Figma', 'figma', 'User research'],
  posted: new Date('2026-11-18T00:00:00Z'),
  apply: 'https://acme.example/jobs/1',
};

/** The editor-facing messages, as "path: message". */
function problems(input: unknown): string[] {
  const result = jobSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('job schema', () => {
  it('accepts a minimal listing and fills defaults', () => {
    const job = jobSchema.parse(valid);
    expect(job.employment).toBe('full-time');
    expect(job.featured).toBe(false);
    expect(job.draft).toBe(false);
    expect(job.posted).toBe('2026-11-18');
    expect(job.region).toEqual(['europe']);
    expect(job.skills).toEqual(['Figma', 'User research']);
  });

  it('accepts a fully specified listing', () => {
    const job = jobSchema.parse({
      ...valid,
      workplace: 'hybrid',
      region: ['DE', 'eu'],
      location: 'Berlin, Germany',
      employment: 'contract',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year', estimated: true },
      expires: '2027-01-10',
      source: { name: 'Elsewhere Jobs', url: 'https://elsewhere.example/1' },
      featured: true,
      apply: 'mailto:jobs@acme.example',
    });
    expect(job.salary).toEqual({ min: 80000, max: 95000, currency: 'EUR', period: 'year', estimated: true });
    expect(job.region).toEqual(['DE', 'eu']);
  });

  it('explains a misspelt category and lists the choices', () => {
    expect(problems({ ...valid, category: 'design' })).toEqual([
      'category: "design" is not a category; did you mean "product-design"?; choose one of: product-design, engineering, data-ml, product-management, marketing, sales, customer-support, operations, writing',
    ]);
  });

  it('suggests the ISO code for a wrong currency', () => {
    expect(problems({ ...valid, salary: { min: 1, max: 2, currency: 'EURO' } })).toEqual([
      'salary.currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?',
    ]);
  });

  it('requires region for remote and location for hybrid', () => {
    const { region: _r, ...noRegion } = valid;
    expect(problems(noRegion)).toEqual(['region: is required for remote jobs: say where applicants may live, like europe or US']);
    expect(problems({ ...valid, workplace: 'hybrid' })).toEqual([
      'location: is required for hybrid jobs: name the office, like "Stockholm, Sweden"',
    ]);
  });

  it('suggests the capitalised country code', () => {
    expect(problems({ ...valid, region: 'de' })[0]).toMatch(
      /^region: "de" is not a region or ISO country code; did you mean the country code "DE"\?/,
    );
  });

  it('rejects unsafe or malformed apply links', () => {
    expect(problems({ ...valid, apply: 'http://acme.example/jobs' })).toEqual([
      'apply: "http://acme.example/jobs" is not secure; use https:// (browsers warn on http: pages), like https://acme.example/jobs',
    ]);
    for (const apply of ['javascript:alert(1)', 'data:text/html,hi', 'acme.example/jobs', 'mailto:nobody']) {
      expect(problems({ ...valid, apply })[0], apply).toMatch(/^apply: .* is not a https: or mailto: address/);
    }
  });

  it('rejects a web link with a space, which would lead to a page that does not exist', () => {
    expect(problems({ ...valid, apply: 'https://acme.example/careers/data engineer' })).toEqual([
      'apply: "https://acme.example/careers/data engineer" contains a space; copy the address from the browser\'s address bar, or write spaces as %20',
    ]);
    expect(problems({ ...valid, apply: 'https://acme.example/careers/data%20engineer' })).toEqual([]);
    expect(problems({ ...valid, apply: 'mailto:jobs@acme.example?subject=Data Engineer' })).toEqual([]);
  });

  it('rejects links that go somewhere other than they read', () => {
    expect(problems({ ...valid, apply: 'https://evil.example\\@acme.example/careers' })).toEqual([
      'apply: "https://evil.example\\\\@acme.example/careers" contains a backslash, which browsers read as "/"; write the address with "/" only',
    ]);
    for (const apply of [
      'mailto:jobs@acme.example,thief@evil.example',
      'mailto:jobs@acme.example%2Cthief%40evil.example',
      'mailto:jobs@acme.example%3Bthief@evil.example',
    ]) {
      expect(problems({ ...valid, apply }), apply).toEqual([
        `apply: ${JSON.stringify(apply)} names more than one address; a mailto: link may name one, so applications go to one mailbox`,
      ]);
    }
    expect(problems({ ...valid, apply: 'mailto:jobs%40acme.example?subject=Designer' })).toEqual([]);
  });

  it('checks title length, skills count and dates', () => {
    expect(problems({ ...valid, title: 'Dev' })).toEqual(['title: is too short: use at least 5 characters']);
    expect(problems({ ...valid, skills: [] })).toEqual(['skills: must list at least 1 skill']);
    expect(problems({ ...valid, skills: Array.from({ length: 21 }, (_, i) => `s${i}`) })).toEqual([
      'skills: lists too many skills: keep the 20 that matter most',
    ]);
    expect(problems({ ...valid, posted: '2026-02-30' })).toEqual(['posted: is not a real calendar date']);
    expect(problems({ ...valid, posted: '18/11/2026' })).toEqual(['posted: must be a date written YYYY-MM-DD, like 2026-11-18']);
    expect(problems({ ...valid, expires: '2026-11-01' })).toEqual([
      'expires: (2026-11-01) is before posted (2026-11-18); set it to a later date or remove it',
    ]);
  });

  it('rejects salary max below min and unknown keys', () => {
    expect(problems({ ...valid, salary: { min: 90000, max: 80000, currency: 'EUR' } })).toEqual([
      'salary.max: max (80000) is lower than min (90000); swap them, or fix the figure that is wrong',
    ]);
    expect(problems({ ...valid, salry: 1 })[0]).toMatch(/^: unknown field salry; did you mean "salary"\?/);
    for (const min of [5e-324, 0.004]) {
      expect(problems({ ...valid, salary: { min, currency: 'EUR' } }), String(min)).toEqual([
        'salary.min: is less than 0.01, which the board would show as 0; write the amount for one period, like 85000',
      ]);
    }
    expect(problems({ ...valid, salary: { min: 0.01, currency: 'EUR', period: 'hour' } })).toEqual([]);
  });

  it('reports a missing required field by name', () => {
    const { title: _t, ...noTitle } = valid;
    expect(problems(noTitle)).toEqual(['title: is required (the job title)']);
  });
});

describe('company schema', () => {
  const schema = companySchema(logoPathSchema);
  it('accepts a profile', () => {
    expect(schema.parse({ name: 'Acme', website: 'https://acme.example', logo: './acme.svg' }).name).toBe('Acme');
  });
  it('requires an https website and an image logo', () => {
    const result = schema.safeParse({ name: 'Acme', website: 'http://acme.example', logo: 'acme.txt' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['website', 'logo']);
  });
});
