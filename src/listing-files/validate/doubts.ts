/**
 * Values the schema accepts but that are probably mistakes: the validator
 * shows them as warnings, since a reviewer may know better (a board of
 * internships can pay per month; a long contract can close late). They also
 * go into Google's structured data, where an absurd salary hurts the board.
 */
import type { Salary } from '../../lib/salary.ts';
import { addDays } from '../../lib/dates.ts';
import { convert, fullTimeDays, fullTimeHours, periodsPerYear, type Rates } from '../../lib/pay.ts';
import { exchangeRates } from '../../config/rates.ts';
import { droppedBySkillId, faithfulSpelling } from '../../lib/skills.ts';
import { quote } from '../../schema/messages.ts';

export interface Doubt {
  field: string;
  message: string;
}

/** A range wider than this is usually two roles, or a typo. */
export const MAX_SALARY_SPREAD = 5;
/** Jobs close after the board's default; a closing date further out than this is usually a typo. */
export const MAX_OPEN_DAYS = 366;

/**
 * Yearly pay (full-time, in the base currency) outside these bounds is more
 * likely a wrong amount, period or currency than a real offer: a stipend of
 * a few hundred a year, or more than most chief executives earn.
 */
export const PLAUSIBLE_YEARLY = { min: 1_000, max: 1_500_000 } as const;

const fullTime: Readonly<Record<string, string>> = {
  hour: ` (${fullTimeHours.toLocaleString('en')} hours)`,
  day: ` (${fullTimeDays} days)`,
};

/**
 * Pay compared on one scale: each amount per year, converted with the
 * board's one rate table (src/config/rates.ts) and annualised the one way
 * search and job pages do (src/lib/pay.ts).
 */
export function salaryDoubts(salary: Salary, rates: Rates = exchangeRates): Doubt[] {
  const doubts: Doubt[] = [];
  const yearly = (amount: number) => convert(amount * periodsPerYear[salary.period], salary.currency, rates.base, rates);
  const [low, high] = [yearly(salary.min), yearly(salary.max ?? salary.min)];
  const about = (amount: number) =>
    `comes to about ${Math.round(amount).toLocaleString('en')} ${rates.base} a year${fullTime[salary.period] ?? ''}`;
  const periodLooksWrong = salary.period === 'year' && (salary.max ?? salary.min) < 1000;
  if (low === undefined || high === undefined) {
    doubts.push({
      field: 'salary.currency',
      message: `${salary.currency} has no exchange rate on this board, so the pay cannot be checked or compared with other jobs; add a rate to src/config/rates.ts, or give the pay in a currency listed there`,
    });
  } else if (high > PLAUSIBLE_YEARLY.max) {
    doubts.push({
      field: salary.max !== undefined ? 'salary.max' : 'salary.min',
      message: `${about(high)}; check the amount, the currency and the period`,
    });
  } else if (low < PLAUSIBLE_YEARLY.min && !periodLooksWrong) {
    doubts.push({ field: 'salary.min', message: `${about(low)}; check the amount, the currency and the period` });
  }
  if (salary.max !== undefined && salary.max > salary.min * MAX_SALARY_SPREAD) {
    doubts.push({ field: 'salary.max', message: `is more than ${MAX_SALARY_SPREAD} times min; check both amounts` });
  }
  if (periodLooksWrong) {
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

/**
 * A skill's label is shared by every listing that names it, and shows only
 * what its id keeps (src/lib/skills.ts): say so when a spelling loses symbols
 * or letters of another script, rather than change it silently.
 */
export function skillSpellingDoubts(skills: unknown): Doubt[] {
  if (!Array.isArray(skills)) return [];
  return skills.flatMap((label: unknown, index): Doubt[] => {
    if (typeof label !== 'string') return [];
    const dropped = droppedBySkillId(label);
    if (!dropped.length || !faithfulSpelling(label)) return [];
    return [
      {
        field: `skills.${index}`,
        message: `${quote(label)} has characters the board does not show in skill names (${dropped.slice(0, 5).join(' ')}), so it is shown as ${quote(faithfulSpelling(label))}; write the skill in Latin letters and digits`,
      },
    ];
  });
}
