/**
 * Shared by the validator's property-based tests (test/unit/fuzz-*.test.ts):
 * one listing and one company checked the way `npm run validate` checks
 * them, what every problem must look like whatever the input, and whether a
 * file the validator passes reads the same way in Astro's build.
 */
import { expect } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { validateContent } from '../../src/listing-files/validate/validate.ts';
import { readSourceFile } from '../../src/listing-files/source-file.ts';
import { checkBody } from '../../src/listing-files/validate/body.ts';
import type { Problem } from '../../src/listing-files/problem.ts';
import { jobSchema } from '../../src/schema/job.ts';

export const JOB = 'content/jobs/fuzz-job.md';
export const COMPANY = 'content/companies/acme.md';
const encoder = new TextEncoder();
export const enc = (text: string) => encoder.encode(text);
const svg = enc('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>');
export const goodCompany = enc('---\nname: Acme\nwebsite: https://acme.example\nlogo: ./acme.svg\n---\nAcme makes things.\n');

/** fc.assert settings: enough runs to matter, and a hang fails the run instead of freezing it. */
export const runs = { numRuns: 300, interruptAfterTimeLimit: 20_000 } as const;

export function validateFiles(job: Uint8Array | undefined, company: Uint8Array = goodCompany): Problem[] {
  return validateContent({
    jobs: job ? [{ path: JOB, bytes: job }] : [],
    companies: [{ path: COMPANY, bytes: company }],
    readFile: (path) => (path === 'content/companies/acme.svg' ? svg : undefined),
    today: '2026-11-25',
    defaultExpiryDays: 60,
  });
}

/** What every problem must look like, whatever the input. */
export function expectWellFormed(problems: readonly Problem[], files: Record<string, Uint8Array>): void {
  for (const problem of problems) {
    const bytes = files[problem.file];
    expect(bytes, `problem for an unknown file: ${JSON.stringify(problem)}`).toBeDefined();
    const lineCount = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
    expect(problem.field.trim(), JSON.stringify(problem)).not.toBe('');
    expect(Number.isInteger(problem.line), JSON.stringify(problem)).toBe(true);
    expect(problem.line, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
    expect(problem.line, JSON.stringify(problem)).toBeLessThanOrEqual(lineCount + 1);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.message.trim(), JSON.stringify(problem)).not.toBe('');
    expect(problem.message.length, problem.message.slice(0, 2000)).toBeLessThan(600);
    // No stack frames, no "SomethingError:" prefixes, no zod defaults that would mean an unhandled case.
    expect(problem.message).not.toMatch(/(^|\n)\s*at \S.*(:\d+:\d+|\(native\))/);
    expect(problem.message).not.toMatch(/\b[A-Z]?[a-zA-Z]*Error:/);
    expect(problem.message).not.toMatch(/Invalid input|Invalid option|Expected .* received|\[object Object\]/);
  }
}

export function checkJobFile(bytes: Uint8Array): Problem[] {
  const problems = validateFiles(bytes);
  expectWellFormed(problems, { [JOB]: bytes, [COMPANY]: goodCompany });
  return problems;
}

/**
 * A file the validator passes must build: Astro's own frontmatter parser
 * reads it without throwing, into the same data and body the validator read,
 * the schema accepts that data, and the body Astro renders has nothing the
 * validator would have flagged.
 */
export function expectBuildAgrees(bytes: Uint8Array, problems: readonly Problem[]): void {
  if (problems.some((p) => p.severity === 'error')) return;
  const text = new TextDecoder().decode(bytes);
  const parsed = parseFrontmatter(text);
  const read = readSourceFile(JOB, bytes);
  if (!read.ok) throw new Error(`validator passed a file it cannot read: ${JSON.stringify(read.problems)}`);
  expect(read.source.data, `validator and build read different data\n${text.slice(0, 500)}`).toEqual(parsed.frontmatter);
  const astroBody = parsed.content.replace(/\r\n/g, '\n').trim();
  expect(read.source.body.trim(), `validator and build end the frontmatter in different places\n${text.slice(0, 500)}`).toBe(astroBody);
  const result = jobSchema.safeParse(parsed.frontmatter);
  expect(result.success, `validator passed, build schema failed: ${JSON.stringify(result.error?.issues)}\n${text.slice(0, 500)}`).toBe(
    true,
  );
  const bodyErrors = checkBody(JOB, parsed.content, 1).filter((p) => p.severity === 'error');
  expect(bodyErrors, `validator passed, but the body Astro renders has problems\n${text.slice(0, 500)}`).toEqual([]);
}

/** A listing that passes, for tests to change one field of. */
export const validFrontmatter = {
  title: 'Backend Engineer',
  company: 'acme',
  category: 'engineering',
  workplace: 'remote',
  region: 'europe',
  experience: 'mid-senior',
  salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
  skills: ['Go', 'SQL'],
  posted: '2026-11-20',
  apply: 'https://acme.example/jobs/1',
};
