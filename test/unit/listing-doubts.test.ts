import { describe, expect, it } from 'vitest';
import { expiryDoubt, salaryDoubts, mixedScriptDoubt } from '../../src/listing-files/validate/doubts.ts';

const salary = (min: number, max: number | undefined, period: 'year' | 'month' | 'hour' = 'year') => ({
  min,
  max,
  currency: 'EUR',
  period,
  estimated: false,
});

describe('listing doubts', () => {
  it('doubts a salary range over five times wide, and a yearly salary under 1,000', () => {
    expect(salaryDoubts(salary(60_000, 90_000))).toEqual([]);
    expect(salaryDoubts(salary(60_000, 300_000))).toEqual([]);
    expect(salaryDoubts(salary(60_000, 400_000)).map((d) => d.message)).toEqual(['is more than 5 times min; check both amounts']);
    expect(salaryDoubts(salary(1, 2)).map((d) => d.field)).toEqual(['salary.period']);
    expect(salaryDoubts(salary(20, 35, 'hour'))).toEqual([]);
    expect(salaryDoubts(salary(900, undefined, 'month'))).toEqual([]);
  });

  it('doubts a yearly figure no job pays, converted and annualised with the board’s rates', () => {
    // €1,000 an hour × 2,080 hours ≈ $2.25M a year.
    expect(salaryDoubts(salary(800, 1000, 'hour')).map((d) => d.message)).toEqual([
      'comes to about 2,246,400 USD a year (2,080 hours); check the amount and the period',
    ]);
    // Without a rate for the currency nothing can be said about the amount.
    expect(salaryDoubts(salary(800, 1000, 'hour'), { base: 'USD', rates: { USD: 1 } })).toEqual([]);
  });

  it('doubts a closing date more than a year after posting', () => {
    expect(expiryDoubt('2026-11-20', undefined)).toBeUndefined();
    expect(expiryDoubt('2026-11-20', '2027-11-20')).toBeUndefined();
    expect(expiryDoubt('2026-11-20', '2099-12-31')).toEqual({
      field: 'expires',
      message: 'is more than a year after posted (2026-11-20); set the day applications really close',
    });
  });
});

describe('mixedScriptDoubt', () => {
  it('flags a word that mixes Latin with Cyrillic or Greek, not text in one script per word', () => {
    expect(mixedScriptDoubt('name', 'Quіetfield Labs')?.message).toContain('"Quіetfield"');
    expect(mixedScriptDoubt('name', 'Αlder Works')?.message).toContain('"Αlder"');
    expect(mixedScriptDoubt('name', 'Москва Design Studio')).toBeUndefined();
    expect(mixedScriptDoubt('name', 'Ελληνικά Labs')).toBeUndefined();
    expect(mixedScriptDoubt('title', 'Senior Engineer (Zürich)')).toBeUndefined();
  });
});
