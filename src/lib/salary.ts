import type { SalaryPeriod } from '../schema/listing.ts';

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

function money(amount: number, currency: string, compact: boolean): string {
  const key = `${currency}:${compact}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : amount % 1 === 0 ? 0 : 2,
    });
    formatters.set(key, fmt);
  }
  return fmt.format(amount);
}

/**
 * "€78,000 – €95,000 per year" (page) or "€78K–€95K/yr" (cards). Hourly and
 * daily rates keep their cents; compact notation only kicks in from 10 000.
 */
export function formatSalary(salary: Salary, options: { compact?: boolean } = {}): string {
  const compact = options.compact === true && salary.min >= 10_000;
  const words = periodWords[salary.period];
  const low = money(salary.min, salary.currency, compact);
  const range =
    salary.max === undefined || salary.max === salary.min
      ? low
      : `${low}${compact ? '–' : ' – '}${money(salary.max, salary.currency, compact)}`;
  return compact || options.compact ? `${range}${words.short}` : `${range} ${words.long}`;
}

/** The label shown next to an estimate, so readers never mistake it for the employer's figure. */
export function salaryQualifier(salary: Salary): string | undefined {
  return salary.estimated ? 'Estimated' : undefined;
}
