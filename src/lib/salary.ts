import type { SalaryPeriod } from '../schema/salary.ts';

export interface Salary {
  min: number;
  max?: number | undefined;
  currency: string;
  period: SalaryPeriod;
  estimated: boolean;
}

const periodWords: Record<SalaryPeriod, { long: string; short: string }> = {
  year: { long: 'per year', short: '/yr' },
  month: { long: 'per month', short: '/mo' },
  week: { long: 'per week', short: '/wk' },
  day: { long: 'per day', short: '/day' },
  hour: { long: 'per hour', short: '/hr' },
};

const formatters = new Map<string, Intl.NumberFormat>();

/** "€78,000", or "€78K" in compact notation; also search's yearly figures (src/search/pay-label.ts). */
export function money(amount: number, currency: string, compactNotation: boolean): string {
  const cents = !compactNotation && !Number.isInteger(amount);
  const key = `${currency}:${compactNotation}:${cents}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      // Not narrowSymbol: it writes "$" for CAD and AUD too, and "kr" for SEK, NOK
      // and DKK. English symbols keep "$" and "€" but say "CA$", "A$" and "SEK".
      currencyDisplay: 'symbol',
      notation: compactNotation ? 'compact' : 'standard',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: compactNotation ? 1 : cents ? 2 : 0,
    });
    formatters.set(key, fmt);
  }
  return fmt.format(amount);
}

/**
 * "€78,000 – €95,000 per year" (job page) or "€78K–€95K/yr" (cards). Cards
 * use compact notation only from 10 000 up, so hourly rates keep their cents.
 */
export function formatSalary(salary: Salary, options: { compact?: boolean } = {}): string {
  const short = options.compact === true;
  const compactNotation = short && salary.min >= 10_000;
  const words = periodWords[salary.period];
  const low = money(salary.min, salary.currency, compactNotation);
  const range =
    salary.max === undefined || salary.max === salary.min
      ? low
      : `${low}${short ? '–' : ' – '}${money(salary.max, salary.currency, compactNotation)}`;
  return short ? `${range}${words.short}` : `${range} ${words.long}`;
}

/** In running text (feeds, social cards): "€90,000 – €110,000 per year (estimated)", so no one takes an estimate for the employer's figure. */
export function salaryText(salary: Salary): string {
  return `${formatSalary(salary)}${salary.estimated ? ' (estimated)' : ''}`;
}
