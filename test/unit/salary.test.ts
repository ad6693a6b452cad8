import { describe, expect, it } from 'vitest';
import { formatSalary, salaryQualifier } from '../../src/lib/salary.ts';

const base = { currency: 'EUR', period: 'year' as const, estimated: false };

describe('formatSalary', () => {
  it('formats a yearly range with symbol and period', () => {
    expect(formatSalary({ ...base, min: 78000, max: 95000 })).toBe('€78,000 – €95,000 per year');
  });
  it('uses compact notation on cards', () => {
    expect(formatSalary({ ...base, min: 78000, max: 95000 }, { compact: true })).toBe('€78K–€95K/yr');
  });
  it('keeps small hourly rates exact, even on cards', () => {
    expect(formatSalary({ ...base, currency: 'USD', period: 'hour', min: 45, max: 60.5 }, { compact: true })).toBe('$45–$60.50/hr');
  });
  it('shows a single figure when there is no max', () => {
    expect(formatSalary({ ...base, currency: 'GBP', period: 'month', min: 4200 })).toBe('£4,200 per month');
  });
  it('uses narrow symbols for other currencies', () => {
    expect(formatSalary({ ...base, currency: 'SEK', min: 600000, max: 720000 }, { compact: true })).toBe('kr\u00a0600K–kr\u00a0720K/yr');
  });
  it('labels estimates', () => {
    expect(salaryQualifier({ ...base, min: 1, estimated: true })).toBe('Estimated');
    expect(salaryQualifier({ ...base, min: 1 })).toBeUndefined();
  });
});
