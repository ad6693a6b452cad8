/** A listing's pay: amounts, an ISO 4217 currency and what period they are per. */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/suggest.ts';
import { isIsoCurrency, currencyCodes } from '../lib/currency.ts';
import { choice, quote } from './messages.ts';

export const salaryPeriods = ['year', 'month', 'week', 'day', 'hour'] as const;
export type SalaryPeriod = (typeof salaryPeriods)[number];

const currency = z
  .string({
    error: (issue) => (issue.input === undefined ? 'is required: use an ISO 4217 code like EUR' : 'must be an ISO 4217 code like EUR'),
  })
  .trim()
  .refine(isIsoCurrency, {
    error: (issue) => `${quote(issue.input)} is not an ISO 4217 code${didYouMean(issue.input, currencyCodes())}`,
  });

const amount = z
  .number({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number without currency signs or commas, like 85000'),
  })
  .positive({ error: 'must be more than 0' })
  // 5e-324 is more than 0, and the board would show it as 0.00.
  .refine((value) => Math.round(value * 100) >= 1, {
    error: 'is less than 0.01, which the board would show as 0; write the amount for one period, like 85000',
    abort: true,
  })
  .max(100_000_000, { error: 'is implausibly large; write the amount for one period, like 85000' });

export const salarySchema = z
  .strictObject(
    {
      min: amount.describe('Lowest pay for the role, in `currency` per `period`.'),
      max: amount.optional().describe('Highest pay; leave out for a single figure.'),
      currency: currency.describe('ISO 4217 code, like EUR, USD or GBP.'),
      period: choice(salaryPeriods, 'a salary period').default('year').describe('What the amount is per.'),
      estimated: z
        .boolean({ error: 'must be true or false' })
        .default(false)
        .describe('true when the board, not the employer, estimated the salary.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown keys (${issue.keys.join(', ')}); allowed: min, max, currency, period, estimated`
          : 'must be a group with min, max, currency and period',
    },
  )
  .refine((s) => s.max === undefined || s.max >= s.min, {
    error: (issue) => {
      const { min, max } = issue.input as { min: number; max: number };
      return `max (${max}) is lower than min (${min}); swap them, or fix the figure that is wrong`;
    },
    path: ['max'],
  });
