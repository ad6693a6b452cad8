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
    expect(salaryDoubts(salary(60_000, 99_999_999)).map((d) => d.field)).toEqual(['salary.max']);
    expect(salaryDoubts(salary(1, 2)).map((d) => d.field)).toEqual(['salary.period']);
    expect(salaryDoubts(salary(20, 35, 'hour'))).toEqual([]);
    expect(salaryDoubts(salary(900, undefined, 'month'))).toEqual([]);
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
