/** What a generated listing pays: a range in the local currency, per a period people use for that kind of job. */
import type { ExperienceLevel } from '../schema/job.ts';
import { exchangeRates } from '../config/rates.ts';
import { periodsPerYear } from '../lib/pay.ts';
import { chance, pick, weighted, type Rng } from './random.ts';

/** Pay at each level relative to mid-senior. */
export const payFactor: Record<ExperienceLevel, number> = {
  internship: 0.35,
  entry: 0.6,
  associate: 0.8,
  'mid-senior': 1,
  director: 1.35,
  executive: 1.7,
};

/** Rounds pay to what people write: 85000, 7200, 450, 65. */
function roundPay(amount: number, period: string): number {
  const step = period === 'year' ? 1000 : period === 'month' ? 100 : period === 'week' ? 25 : period === 'day' ? 10 : 1;
  return Math.max(step, Math.round(amount / step) * step);
}

/** The salary lines of a listing's frontmatter and the sentence its description states them in; none for some listings. */
export function salaryLines(
  rng: Rng,
  usdYearly: number,
  currency: string,
  experience: ExperienceLevel,
): { lines: string[]; text: string } | undefined {
  if (chance(rng, 0.18)) return undefined;
  const period =
    experience === 'internship'
      ? pick(rng, ['month', 'hour'] as const)
      : weighted(rng, [
          ['year', 80],
          ['month', 8],
          ['hour', 7],
          ['day', 3],
          ['week', 2],
        ] as const);
  const rate = exchangeRates.rates[currency] ?? 1;
  const yearly = usdYearly / rate;
  const min = roundPay((yearly * (0.85 + rng() * 0.1)) / periodsPerYear[period], period);
  const single = chance(rng, 0.1);
  const max = roundPay((yearly * (1.05 + rng() * 0.25)) / periodsPerYear[period], period);
  const estimated = chance(rng, 0.12);
  const lines = [
    'salary:',
    `  min: ${min}`,
    ...(single ? [] : [`  max: ${Math.max(min, max)}`]),
    `  currency: ${currency}`,
    `  period: ${period}`,
  ];
  if (estimated) lines.push('  estimated: true');
  const format = (n: number) => n.toLocaleString('en-US');
  const range = single ? `${currency} ${format(min)}` : `${currency} ${format(min)}–${format(Math.max(min, max))}`;
  return { lines, text: `${estimated ? 'We estimate the pay at' : 'The pay is'} ${range} per ${period}` };
}
