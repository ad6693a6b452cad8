/**
 * Values the schema accepts but that are probably mistakes: the validator
 * shows them as warnings, since a reviewer may know better (a board of
 * internships can pay per month; a long contract can close late). They also
 * go into Google's structured data, where an absurd salary hurts the board.
 */
import type { Salary } from './salary.ts';
import { addDays } from './dates.ts';

export interface Doubt {
  field: string;
  message: string;
}

/** A range wider than this is usually two roles, or a typo. */
export const MAX_SALARY_SPREAD = 5;
/** Jobs close after the board's default; a closing date further out than this is usually a typo. */
export const MAX_OPEN_DAYS = 366;

export function salaryDoubts(salary: Salary): Doubt[] {
  const doubts: Doubt[] = [];
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

export function expiryDoubt(posted: string, expires: string | undefined): Doubt | undefined {
  if (!expires || expires <= addDays(posted, MAX_OPEN_DAYS)) return undefined;
  return { field: 'expires', message: `is more than a year after posted (${posted}); set the day applications really close` };
}
