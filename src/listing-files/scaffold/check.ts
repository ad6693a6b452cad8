/**
 * Checks one answer with the listing schema's own field rules, so a mistake
 * is caught at the prompt (or flag) with the same message the validator
 * would give later. Each check turns the typed text into the value written
 * to the frontmatter: numbers for amounts, lists for regions and skills.
 */
import type { z } from 'astro/zod';
import { companyProfileSchema } from '../../schema/company.ts';
import { jobShape } from '../../schema/job.ts';
import { salarySchema } from '../../schema/salary.ts';
import { sourceSchema } from '../../schema/source.ts';
import { timeWindowSchema } from '../../schema/time-window.ts';
import { isSlug, slugify } from '../../lib/slug.ts';
import { splitList, type AnswerKey } from './answers.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const companyShape = companyProfileSchema.shape;
const salaryShape = salarySchema.shape;
const sourceShape = sourceSchema.shape;

/** The first issue's message; for a list, names the item when the message does not. */
function parseWith<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const message = issue?.message ?? 'is not valid';
  const index = issue?.path[0];
  if (Array.isArray(input) && typeof index === 'number') {
    const item = JSON.stringify(input[index]);
    return { ok: false, message: message.includes(item) ? message : `${item} ${message}` };
  }
  return { ok: false, message };
}

/** "85000" -> 85000. Anything else goes to the schema as text, which explains the format. */
function toAmount(raw: string): number | string {
  const compact = raw.trim().replace(/_/g, '');
  return /^\d+(?:\.\d+)?$/.test(compact) ? Number(compact) : raw;
}

function checkSlug(raw: string): Checked<string> {
  const value = raw.trim();
  if (isSlug(value)) return { ok: true, value };
  const better = slugify(value);
  return {
    ok: false,
    message: `${JSON.stringify(value)} is not a valid file name; use lowercase words joined by hyphens${better ? `, like ${better}` : ''}`,
  };
}

/** "yes" or "no" (also true/false, y/n): a bare flag answers "yes". */
function checkYesNo(raw: string): Checked<boolean> {
  const value = raw.trim().toLowerCase();
  if (['yes', 'y', 'true'].includes(value)) return { ok: true, value: true };
  if (['no', 'n', 'false'].includes(value)) return { ok: true, value: false };
  return { ok: false, message: `must be yes or no, not ${JSON.stringify(raw.trim())}` };
}

/**
 * "UTC-1..UTC+3" (or "UTC-1 to UTC+3", "UTC-1, UTC+3") -> { from: "UTC-1", to: "UTC+3" },
 * written as typed once the schema has read both offsets.
 */
function checkTimezones(raw: string): Checked<{ from: string; to: string }> {
  const parts = raw.split(/\.\.\.?|…|,|\s+to\s+/i).map((part) => part.trim());
  const [from, to] = parts;
  if (parts.length !== 2 || !from || !to) {
    return { ok: false, message: `must be two UTC offsets, west to east, like UTC-1..UTC+3, not ${JSON.stringify(raw.trim())}` };
  }
  const window = parseWith(timeWindowSchema, { from, to });
  return window.ok ? { ok: true, value: { from, to } } : window;
}

/** One check per answer. Callers pass non-empty text; whether an answer is required is decided elsewhere. */
export const checks = {
  title: (raw: string) => parseWith(jobShape.title, raw),
  company: (raw: string) => parseWith(jobShape.company, raw),
  companyName: (raw: string) => parseWith(companyShape.name, raw),
  companyWebsite: (raw: string) => parseWith(companyShape.website, raw),
  companyLocation: (raw: string) => parseWith(companyShape.location, raw),
  category: (raw: string) => parseWith(jobShape.category, raw.trim()),
  workplace: (raw: string) => parseWith(jobShape.workplace, raw.trim()),
  employment: (raw: string) => parseWith(jobShape.employment, raw.trim()),
  region: (raw: string) => parseWith(jobShape.region, splitList(raw)),
  exclude: (raw: string) => parseWith(jobShape.exclude, splitList(raw)),
  location: (raw: string) => parseWith(jobShape.location, raw),
  timezones: checkTimezones,
  experience: (raw: string) => parseWith(jobShape.experience, raw.trim()),
  salaryMin: (raw: string) => parseWith(salaryShape.min, toAmount(raw)),
  salaryMax: (raw: string) => parseWith(salaryShape.max, toAmount(raw)),
  currency: (raw: string) => parseWith(salaryShape.currency, raw.trim().toUpperCase()),
  period: (raw: string) => parseWith(salaryShape.period, raw.trim()),
  estimated: checkYesNo,
  skills: (raw: string) => parseWith(jobShape.skills, splitList(raw)),
  apply: (raw: string) => parseWith(jobShape.apply, raw),
  posted: (raw: string) => parseWith(jobShape.posted, raw.trim()),
  expires: (raw: string) => parseWith(jobShape.expires, raw.trim()),
  sourceName: (raw: string) => parseWith(sourceShape.name, raw),
  sourceUrl: (raw: string) => parseWith(sourceShape.url, raw.trim()),
  draft: checkYesNo,
  slug: checkSlug,
} satisfies Record<AnswerKey, (raw: string) => Checked<unknown>>;

export type CheckedValue<K extends AnswerKey> = Extract<ReturnType<(typeof checks)[K]>, { ok: true }>['value'];

/** The message for one answer, or undefined when it is fine. Empty text is fine here. */
export function answerProblem(key: AnswerKey, raw: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  const result: Checked<unknown> = checks[key](raw);
  return result.ok ? undefined : result.message;
}
