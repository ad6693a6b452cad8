import type { Salary } from './salary.ts';
import type { SalaryPeriod } from '../schema/salary.ts';

/** Typical full-time hours and days, to compare hourly or daily rates with yearly pay. */
export const fullTimeHours = 2080;
export const fullTimeDays = 260;
const periodsPerYear: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, day: fullTimeDays, hour: fullTimeHours };

/** The top of the range, per year, in the base currency; undefined for currencies without a rate. */
export function yearlyInBase(salary: Salary, rates: Readonly<Record<string, number>>): number | undefined {
  const rate = rates[salary.currency];
  if (rate === undefined) return undefined;
  return Math.round((salary.max ?? salary.min) * periodsPerYear[salary.period] * rate);
}

export function bandFor<B extends { id: string; min: number }>(yearly: number, bands: readonly B[]): B {
  let match = bands[0]!;
  for (const band of bands) if (yearly >= band.min) match = band;
  return match;
}
