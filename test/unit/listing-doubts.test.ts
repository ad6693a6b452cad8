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
    expect(salaryDoubts(salary(60_000, 99_999_999)).map((d) => d.field)).toEqual(['salary.max', 'salary.max']);
    expect(salaryDoubts(salary(1, 2)).map((d) => d.field)).toEqual(['salary.period']);
    expect(salaryDoubts(salary(20, 35, 'hour'))).toEqual([]);
    expect(salaryDoubts(salary(900, undefined, 'month'))).toEqual([]);
  });

  it('converts and annualises pay with the board’s one rate table, and doubts it outside plausible bounds', () => {
    const bhd = { min: 100_000_000, currency: 'BHD', period: 'hour', estimated: false } as const;
    expect(salaryDoubts(bhd)).toEqual([
      {
        field: 'salary.min',
        message: 'comes to about 553,280,000,000 USD a year (2,080 hours); check the amount, the currency and the period',
      },
    ]);
    expect(salaryDoubts({ ...bhd, min: 0.05 })).toEqual([
      { field: 'salary.min', message: 'comes to about 277 USD a year (2,080 hours); check the amount, the currency and the period' },
    ]);
    expect(salaryDoubts({ ...bhd, min: 12 })).toEqual([]);
    expect(salaryDoubts({ min: 4_000_000, currency: 'JPY', period: 'year', estimated: false })).toEqual([]);
    expect(salaryDoubts({ min: 40_000, currency: 'JPY', period: 'year', estimated: false })[0]?.message).toBe(
      'comes to about 268 USD a year; check the amount, the currency and the period',
    );
  });

  it('says when a currency cannot be compared at all', () => {
    expect(salaryDoubts({ min: 900_000_000, currency: 'XAF', period: 'hour', estimated: false })).toEqual([
      {
        field: 'salary.currency',
        message:
          'XAF has no exchange rate on this board, so the pay cannot be checked or compared with other jobs; add a rate to src/config/rates.ts, or give the pay in a currency listed there',
      },
    ]);
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
