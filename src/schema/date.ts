/** The dates of a listing (posted, expires). */
import { z } from 'astro/zod';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date, kept as a "YYYY-MM-DD" string. YAML turns an unquoted
 * date into a JS Date at UTC midnight; we fold it back so time zones never
 * move a job to the previous day.
 */
export const isoDate = z.preprocess(
  // A timestamp with a time of day ("2026-11-25T23:30:00-05:00") is left as text, so the date rule refuses it.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value),
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is required: write a date like 2026-11-18'
          : issue.input instanceof Date // an unquoted impossible date, like 2026-02-30
            ? 'is not a real calendar date'
            : 'must be a date like 2026-11-18',
    })
    .regex(isoDatePattern, { error: 'must be a date written YYYY-MM-DD, like 2026-11-18', abort: true })
    .refine(isRealDate, { error: 'is not a real calendar date', abort: true })
    // YAML reads a two-digit year ("0026-11-10") as 1926; no job on the board is that old or that far ahead.
    .refine((value) => value >= '2000' && value < '2100', { error: 'has an unlikely year: write all four digits, like 2026-11-18' }),
);
