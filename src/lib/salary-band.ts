/**
 * The validator's yearly figure for its plausibility warnings
 * (src/listing-files/validate/doubts.ts), from the one annualisation in
 * pay.ts. Search no longer bands salaries: "Pay at least" compares the exact
 * yearly figure (src/search/pay-filter.ts).
 */
import type { Salary } from './salary.ts';
import { yearlyMax } from './pay.ts';

export { fullTimeDays, fullTimeHours } from './pay.ts';

/** The top of the range, per year, in the base currency; undefined for currencies without a rate. */
export function yearlyInBase(salary: Salary, rates: Readonly<Record<string, number>>): number | undefined {
  const rate = rates[salary.currency];
  return rate === undefined ? undefined : Math.round(yearlyMax(salary) * rate);
}
