import { describe, expect, it } from 'vitest';
import { convert, payKey, payThreshold, reachesPay, yearlyMax, yearlyMaxIn, type Rates } from '../../src/lib/pay.ts';
import { exchangeRates } from '../../src/config/rates.ts';
import type { Salary } from '../../src/lib/salary.ts';

const rates: Rates = { base: 'USD', rates: { USD: 1, EUR: 1.1, GBP: 1.25 } };
const salary = (min: number, max: number | undefined, currency: string, period: Salary['period']): Salary => ({
  min,
  max,
  currency,
  period,
  estimated: false,
});

describe('yearly pay', () => {
  it('annualises every period the same way: hour × 2 080, day × 260, week × 52, month × 12', () => {
    expect(yearlyMax(salary(40, 50, 'EUR', 'hour'))).toBe(104_000);
    expect(yearlyMax(salary(300, 400, 'EUR', 'day'))).toBe(104_000);
    expect(yearlyMax(salary(1000, 2000, 'EUR', 'week'))).toBe(104_000);
    expect(yearlyMax(salary(5000, 8000, 'EUR', 'month'))).toBe(96_000);
    expect(yearlyMax(salary(70_000, 90_000, 'EUR', 'year'))).toBe(90_000);
  });

  it('uses the top of the range, or the single figure', () => {
    expect(yearlyMax(salary(70_000, undefined, 'EUR', 'year'))).toBe(70_000);
  });

  it('converts through the base currency, and not at all without a rate', () => {
    expect(convert(100, 'EUR', 'USD', rates)).toBeCloseTo(110);
    expect(convert(110, 'USD', 'EUR', rates)).toBeCloseTo(100);
    expect(convert(100, 'GBP', 'EUR', rates)).toBeCloseTo(113.64, 2);
    expect(convert(100, 'EUR', 'EUR', rates)).toBe(100);
    expect(convert(100, 'XYZ', 'USD', rates)).toBeUndefined();
    expect(yearlyMaxIn(salary(40, 50, 'GBP', 'hour'), 'EUR', rates)).toBeCloseTo((104_000 * 1.25) / 1.1, 6);
  });
});

describe('"pay at least"', () => {
  it('lets a job reach exactly its own maximum in its own currency', () => {
    for (const [amount, currency] of [
      [80_000, 'EUR'],
      [93_421, 'GBP'],
      [12_345_678, 'JPY'],
      [77_777, 'SEK'],
    ] as const) {
      expect(reachesPay(salary(amount / 2, amount, currency, 'year'), amount, currency, exchangeRates)).toBe(true);
      expect(reachesPay(salary(amount / 2, amount, currency, 'year'), amount + 100, currency, exchangeRates)).toBe(false);
    }
  });

  it('ranks an hourly job by its yearly equivalent, across currencies', () => {
    const hourly = salary(45, 60, 'EUR', 'hour'); // 124 800 EUR a year
    expect(reachesPay(hourly, 120_000, 'EUR', rates)).toBe(true);
    expect(reachesPay(hourly, 130_000, 'EUR', rates)).toBe(false);
    expect(reachesPay(hourly, 137_000, 'USD', rates)).toBe(true);
    expect(payKey(hourly, rates)).toBe(137_280);
    expect(payThreshold(120_000, 'EUR', rates)).toBe(132_000);
  });

  it('cannot compare a job without a salary or without a rate', () => {
    expect(reachesPay(undefined, 1, 'EUR', rates)).toBeUndefined();
    expect(reachesPay(salary(1, 2, 'XYZ', 'year'), 1, 'EUR', rates)).toBeUndefined();
    expect(reachesPay(salary(1, 2, 'EUR', 'year'), 1, 'XYZ', rates)).toBeUndefined();
  });

  it('has a rate for the base currency and every currency the filter offers', async () => {
    const { payFilterCurrencies } = await import('../../src/config/rates.ts');
    expect(exchangeRates.rates[exchangeRates.base]).toBe(1);
    for (const code of payFilterCurrencies) expect(exchangeRates.rates[code], code).toBeGreaterThan(0);
  });
});
