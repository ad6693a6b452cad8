/**
 * Pay on one scale: the top of a salary range per year, in any currency.
 * Search's "Pay at least" and "Highest salary", the job page's yearly
 * equivalent and the validator's checks all use these, so an hourly job is
 * compared with a yearly one the same way everywhere.
 */
import type { Salary } from './salary.ts';
import type { SalaryPeriod } from '../schema/salary.ts';

/** A full-time year: 40 hours × 52 weeks, and 5 days × 52 weeks. */
export const fullTimeHours = 2080;
export const fullTimeDays = 260;
export const periodsPerYear: Readonly<Record<SalaryPeriod, number>> = {
  year: 1,
  month: 12,
  week: 52,
  day: fullTimeDays,
  hour: fullTimeHours,
};

export interface Rates {
  base: string;
  rates: Readonly<Record<string, number>>;
}

/**
 * The top of the range, per year, in the salary's own currency. A job
 * "reaches" a pay when its maximum does: the employer says it may pay that
 * much, and the visitor asks which jobs could pay them at least that.
 */
export const yearlyMax = (salary: Pick<Salary, 'min' | 'max' | 'period'>) => (salary.max ?? salary.min) * periodsPerYear[salary.period];

/** `amount` of `from` in `to`; undefined when either currency has no rate. */
export function convert(amount: number, from: string, to: string, { rates }: Rates): number | undefined {
  const fromRate = rates[from];
  const toRate = rates[to];
  if (fromRate === undefined || toRate === undefined) return undefined;
  return from === to ? amount : (amount * fromRate) / toRate;
}

/** The yearly maximum in `currency`; undefined when it cannot be converted. */
export const yearlyMaxIn = (salary: Salary, currency: string, rates: Rates) => convert(yearlyMax(salary), salary.currency, currency, rates);

/**
 * The yearly maximum in whole units of the base currency: the key search
 * sorts and cuts by. The visitor's amount is put on the same scale the same
 * way (`payThreshold`), so €80,000 a year reaches "at least €80,000".
 */
export function payKey(salary: Salary, rates: Rates): number | undefined {
  const yearly = yearlyMaxIn(salary, rates.base, rates);
  return yearly === undefined ? undefined : Math.round(yearly);
}

/** A visitor's "at least `amount` `currency` a year", on the same scale as `payKey`. */
export function payThreshold(amount: number, currency: string, rates: Rates): number | undefined {
  const inBase = convert(amount, currency, rates.base, rates);
  return inBase === undefined ? undefined : Math.round(inBase);
}

/** Whether a salary reaches a yearly amount; undefined when it cannot be compared (no salary, or no rate). */
export function reachesPay(salary: Salary | undefined, amount: number, currency: string, rates: Rates): boolean | undefined {
  if (!salary) return undefined;
  const key = payKey(salary, rates);
  const threshold = payThreshold(amount, currency, rates);
  return key === undefined || threshold === undefined ? undefined : key >= threshold;
}
