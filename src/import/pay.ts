/**
 * Salary from a service's structured pay fields only: never from the text.
 * A range the board cannot show as it is (a currency that is not ISO 4217, a
 * period such as "one-time", a figure the validator would doubt) makes the
 * listing a draft with the reason, so an editor decides; missing amounts just
 * leave the salary out.
 */
import { salaryPeriods, type SalaryPeriod } from '../schema/salary.ts';
import { isIsoCurrency } from '../lib/currency.ts';
import type { Salary } from '../lib/salary.ts';
import { salaryDoubts } from '../listing-files/validate/doubts.ts';

export interface PayResult {
  salary?: Salary | undefined;
  /** Why the pay could not be taken as it is: the listing becomes a draft. */
  unsure?: string | undefined;
}

export interface PayRange {
  min: unknown;
  max: unknown;
  currency: unknown;
  /** Already mapped to one of ours, or undefined when the service's word is unknown. */
  period: SalaryPeriod | undefined;
  /** The service's own word for the period, for the summary. */
  periodText?: unknown;
}

/** "85000", 85000 and "85,000.00" are amounts; anything else is not. */
function amount(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.replace(/,/g, '')) : NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

export function periodFromWord(word: unknown): SalaryPeriod | undefined {
  if (typeof word !== 'string') return undefined;
  const lower = word.trim().toLowerCase();
  const found = salaryPeriods.find((period) => lower === period || lower === `${period}ly` || lower === `per ${period}`);
  return found ?? (lower === 'daily' ? 'day' : lower === 'annual' || lower === 'annually' ? 'year' : undefined);
}

/** One or more ranges of one posting (Greenhouse pay zones, Ashby tiers) as one salary: the span, when they agree. */
export function payFromRanges(ranges: readonly PayRange[]): PayResult {
  const usable = ranges.filter((range) => amount(range.min) !== undefined || amount(range.max) !== undefined);
  if (!usable.length) return {};
  const currencies = new Set(usable.map((range) => (typeof range.currency === 'string' ? range.currency.trim().toUpperCase() : '')));
  const [currency] = currencies;
  if (currencies.size > 1) return { unsure: `the pay ranges are in several currencies (${[...currencies].join(', ')})` };
  if (!currency || !isIsoCurrency(currency))
    return { unsure: `the pay is in ${JSON.stringify(usable[0]!.currency ?? '')}, which is not an ISO 4217 currency` };
  const periods = new Set(usable.map((range) => range.period));
  const [period] = periods;
  if (periods.size > 1) return { unsure: 'the pay ranges are for different periods' };
  if (!period)
    return {
      unsure: `the pay period ${JSON.stringify(usable[0]!.periodText ?? '')} is not one the board shows (${salaryPeriods.join(', ')})`,
    };
  const mins = usable.map((range) => amount(range.min)).filter((n): n is number => n !== undefined);
  const maxes = usable.map((range) => amount(range.max)).filter((n): n is number => n !== undefined);
  // "Up to 90 000" is not a range from 90 000: without a minimum the salary is left out.
  if (mins.length < usable.length) return {};
  const min = Math.min(...mins);
  const max = maxes.length === usable.length ? Math.max(...maxes) : undefined;
  if (max !== undefined && max < min) return { unsure: `the pay range is upside down (${min} to ${max})` };
  const salary: Salary = { min, ...(max !== undefined && max !== min ? { max } : {}), currency, period, estimated: false };
  // A currency the board has no rate for is no reason to doubt the figure itself.
  const doubt = salaryDoubts(salary).find((d) => d.field !== 'salary.currency');
  if (doubt) return { unsure: `the pay ${doubt.message}` };
  return { salary };
}
