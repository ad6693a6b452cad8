import { describe, expect, it } from 'vitest';
import { formatSalary, salaryText } from '../../src/lib/salary.ts';

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
  it('never shows one symbol for two currencies: other dollars and crowns say which', () => {
    const yearly = (currency: string) => formatSalary({ ...base, currency, min: 150000, max: 175000 });
    const card = (currency: string) => formatSalary({ ...base, currency, min: 150000, max: 175000 }, { compact: true });
    expect(card('USD')).toBe('$150K–$175K/yr');
    expect(card('CAD')).toBe('CA$150K–CA$175K/yr');
    expect(card('AUD')).toBe('A$150K–A$175K/yr');
    expect(yearly('CAD')).toBe('CA$150,000 – CA$175,000 per year');
    expect(yearly('AUD')).toBe('A$150,000 – A$175,000 per year');
    expect(yearly('USD')).toBe('$150,000 – $175,000 per year');
    expect(card('SEK')).toBe('SEK\u00a0150K–SEK\u00a0175K/yr');
    expect(yearly('NOK')).toBe('NOK\u00a0150,000 – NOK\u00a0175,000 per year');
    expect(card('DKK')).toBe('DKK\u00a0150K–DKK\u00a0175K/yr');
  });
  it('says "(estimated)" after an estimate in running text', () => {
    expect(salaryText({ ...base, min: 1, max: 2, estimated: true })).toBe(`${formatSalary({ ...base, min: 1, max: 2 })} (estimated)`);
    expect(salaryText({ ...base, min: 1, max: 2 })).toBe(formatSalary({ ...base, min: 1, max: 2 }));
  });
});
