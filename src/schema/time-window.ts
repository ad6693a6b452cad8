/** `timezones: { from: UTC-1, to: UTC+3 }`: the offsets applicants should work within (src/lib/time-zones.ts). */
import { z } from 'astro/zod';
import { parseUtcOffset } from '../lib/time-zones.ts';
import { quote } from './messages.ts';

const example = 'like UTC+2, UTC−5 or UTC+5:30';

const offset = z
  .union([z.string(), z.number()], {
    error: (issue) => (issue.input === undefined ? `is required: a UTC offset ${example}` : `must be a UTC offset ${example}`),
  })
  .transform((value, ctx) => {
    // "from: -1" is a number in YAML; it still needs its "UTC".
    const minutes = typeof value === 'string' ? parseUtcOffset(value) : undefined;
    if (minutes !== undefined) return minutes;
    ctx.addIssue({
      code: 'custom',
      message:
        typeof value === 'number'
          ? `${quote(value)} needs its zone: write UTC${value < 0 ? '−' : '+'}${Math.abs(value)}, ${example}`
          : `${quote(value)} is not a UTC offset between UTC−12 and UTC+14; write it ${example}`,
    });
    return z.NEVER;
  });

export const timeWindowShape = {
  from: offset.describe('The westernmost offset, like UTC-1.'),
  to: offset.describe('The easternmost offset, like UTC+3.'),
};

/**
 * From west to east. A window whose `from` is east of its `to` crosses the
 * date line (from: UTC+10, to: UTC-8 covers +10 to +14 and −12 to −8).
 */
export const timeWindowSchema = z.strictObject(timeWindowShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `has unknown keys (${issue.keys.join(', ')}); allowed: from, to`
      : 'must be a group with from and to, like { from: UTC-1, to: UTC+3 }',
});
