import { describe, expect, it } from 'vitest';
import { companyDescription, jobDescription } from '../../src/seo/meta-description.ts';

describe('meta descriptions', () => {
  const job = { title: 'Analytics Engineer', companyName: 'Rivermint', where: ['Remote (Canada)'], category: 'Data & ML' };

  it('give a job its place, pay and kind of work', () => {
    expect(jobDescription(job)).toBe('Analytics Engineer at Rivermint: Remote (Canada). Data & ML.');
    const salary = { min: 95000, max: 115000, currency: 'CAD', period: 'year' as const, estimated: false };
    expect(jobDescription({ ...job, salary })).toBe(
      'Analytics Engineer at Rivermint: Remote (Canada). CA$95,000 – CA$115,000 per year. Data & ML.',
    );
    expect(jobDescription({ ...job, salary: { ...salary, estimated: true } })).toContain('per year (estimated). Data & ML.');
  });

  it('give a company where it is based and how many jobs it has open', () => {
    expect(companyDescription({ name: 'Fathomly', location: 'Lisbon, Portugal' }, 3, 'Openings')).toBe(
      'Fathomly, based in Lisbon, Portugal: 3 open jobs on Openings.',
    );
    expect(companyDescription({ name: 'Cedar & Co' }, 1, 'Openings')).toBe('Cedar & Co: 1 open job on Openings.');
  });
});
