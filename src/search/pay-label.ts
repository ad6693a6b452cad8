/**
 * Pay as the search page words it, in the visitor's currency: "≈ €83.2K a
 * year" on a result card, "€80,000" in a chip. Formatted like the cards'
 * salaries (src/lib/salary.ts); Intl is only reached once a visitor asks
 * about pay, as a page's first Intl object loads the browser's locale data
 * (see src/lib/relative-time.ts).
 */
import { convert, type Rates } from '../lib/pay.ts';
import { money } from '../lib/salary.ts';

/** "€80,000". */
export const amountLabel = (amount: number, currency: string) => money(Math.round(amount), currency, false);

/** A job's yearly figure (`payKey`, in the base currency) in `currency`: "≈ €83.2K a year"; undefined for a job without one. */
export function yearlyLabel(key: number, currency: string, rates: Rates): string | undefined {
  if (!(key > 0)) return undefined;
  const amount = convert(key, rates.base, currency, rates);
  return amount === undefined ? undefined : `≈ ${money(amount, currency, true)} a year`;
}
