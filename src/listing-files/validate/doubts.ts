/**
 * Values the schema accepts but that are probably mistakes: the validator
 * shows them as warnings, since a reviewer may know better (a board of
 * internships can pay per month; a long contract can close late). They also
 * go into Google's structured data, where an absurd salary hurts the board.
 */
import type { Salary } from '../../lib/salary.ts';
import { addDays } from '../../lib/dates.ts';
import { fullTimeDays, fullTimeHours, payKey, type Rates } from '../../lib/pay.ts';
import { exchangeRates } from '../../config/rates.ts';

export interface Doubt {
  field: string;
  message: string;
}

/** A range wider than this is usually two roles, or a typo. */
export const MAX_SALARY_SPREAD = 5;
/** Jobs close after the board's default; a closing date further out than this is usually a typo. */
export const MAX_OPEN_DAYS = 366;

/** Yearly pay above this (in the base currency) is more likely a wrong amount or period than a real offer. */
export const MAX_PLAUSIBLE_YEARLY = 1_500_000;

/** The top of the range per year, converted to the base currency with the one rate table search uses too (`payKey`). */
export function salaryDoubts(salary: Salary, rates: Rates = exchangeRates): Doubt[] {
  const doubts: Doubt[] = [];
  const yearly = payKey(salary, rates);
  if (yearly !== undefined && yearly > MAX_PLAUSIBLE_YEARLY) {
    const annualised =
      { hour: ` (${fullTimeHours.toLocaleString('en')} hours)`, day: ` (${fullTimeDays} days)` }[salary.period as string] ?? '';
    doubts.push({
      field: salary.max !== undefined ? 'salary.max' : 'salary.min',
      message: `comes to about ${Math.round(yearly).toLocaleString('en')} ${rates.base} a year${annualised}; check the amount and the period`,
    });
  }
  if (salary.max !== undefined && salary.max > salary.min * MAX_SALARY_SPREAD) {
    doubts.push({ field: 'salary.max', message: `is more than ${MAX_SALARY_SPREAD} times min; check both amounts` });
  }
  if (salary.period === 'year' && (salary.max ?? salary.min) < 1000) {
    doubts.push({
      field: 'salary.period',
      message: 'is year, but the amounts are under 1,000; should the period be month, week, day or hour?',
    });
  }
  return doubts;
}

/**
 * A word that mixes Latin with Cyrillic or Greek letters ("Quіetfield" with a
 * Cyrillic і) looks like another company's name and is almost never typed
 * that way by accident.
 */
export function mixedScriptDoubt(field: string, text: string): Doubt | undefined {
  const word = text.split(/[\s\p{P}]+/u).find((w) => /\p{Script=Latin}/u.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w));
  if (!word) return undefined;
  return { field, message: `mixes Latin with Cyrillic or Greek letters in "${word}", which makes it look like another name; retype it` };
}

export function expiryDoubt(posted: string, expires: string | undefined): Doubt | undefined {
  if (!expires || expires <= addDays(posted, MAX_OPEN_DAYS)) return undefined;
  return { field: 'expires', message: `is more than a year after posted (${posted}); set the day applications really close` };
}
